/** One page per event: full coverage, every report by date and outlet, copies folded under their original. */
import type { Archive, ArchiveEvent, StoryGroup } from '../src/model/types.ts';
import { html, type Raw } from './_lib/html.ts';
import { page } from './_lib/page.ts';
import { dateText, langAttrs, link, reportLine, topicList } from './_lib/parts.ts';

export const data = {
  pagination: { data: 'archive.events', size: 1, alias: 'event', addAllPagesToCollections: false },
  permalink: (d: { event: ArchiveEvent }) => `${d.event.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

function story(from: string, s: StoryGroup): Raw {
  return html`<li class="story-item">${reportLine(from, s.report)}
${s.copies.length ? html`<details class="copies"><summary>${s.copiesLabel}</summary><ul class="reports">${s.copies.map((c) => html`<li>${reportLine(from, c)}</li>`)}</ul></details>` : ''}
${s.unique.length ? html`<details class="unique"><summary>Only in this report</summary><ul${langAttrs(s.report.language)}>${s.unique.map((u) => html`<li>${u}</li>`)}</ul></details>` : ''}
</li>`;
}

export function render({ archive, event: e }: { archive: Archive; event: ArchiveEvent }): string {
  const body = html`<article class="event">
<header class="event-head">
<p class="kicker">Event · ${dateText(e.start, e.rangeLabel)}</p>
<h1${langAttrs(e.language)}>${e.title}</h1>
<p class="summary">${e.summary}</p>
${e.description ? html`<p class="standfirst"${langAttrs(e.language)}>${e.description}</p>` : ''}
</header>
<div class="event-layout">
<section class="coverage" aria-labelledby="coverage"><h2 id="coverage">Full coverage</h2>
${e.coverage.map(
    (d) => html`<section class="day" id="${d.anchor}" aria-labelledby="${d.anchor}-h"><h3 id="${d.anchor}-h" class="day-label">${dateText(d.date, d.label)}</h3>
<ol class="stories">${d.stories.map((s) => story(e.url, s))}</ol></section>`,
  )}
</section>
<div class="event-aside">
${e.sharedQuotes.length ? html`<section aria-labelledby="quotes"><h2 id="quotes">Quoted in several reports</h2>${e.sharedQuotes.map((q) => html`<blockquote${langAttrs(e.language)}><p>${q}</p></blockquote>`)}</section>` : ''}
${e.related.length ? html`<section aria-labelledby="related"><h2 id="related">Related events</h2><ul class="reports">${e.related.map((r) => html`<li>${link(e.url, r)}</li>`)}</ul></section>` : ''}
${e.topics.length ? html`<section aria-labelledby="topics"><h2 id="topics">Topics</h2>${topicList(e.url, e.topics)}</section>` : ''}
</div>
</div>
</article>`;
  return page({
    site: archive.site,
    url: e.url,
    title: e.title,
    titleLanguage: e.language,
    description: e.description || e.summary,
    kind: 'event',
    breadcrumbs: e.breadcrumbs,
    body,
  });
}
