/** One page per event: full coverage, every report by date and outlet. */
import type { Archive, ArchiveEvent } from '../src/types.ts';
import { html, relative } from './_lib/html.ts';
import { page } from './_lib/page.ts';
import { reportLine, topicList } from './_lib/parts.ts';

export const data = {
  pagination: { data: 'archive.events', size: 1, alias: 'event', addAllPagesToCollections: false },
  permalink: (d: { event: ArchiveEvent }) => `${d.event.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render({ archive, event: e }: { archive: Archive; event: ArchiveEvent }): string {
  const rel = (u: string) => relative(e.url, u);
  const body = html`<article class="event" data-pagefind-ignore>
<header>
<p class="kicker">Event · ${e.start ? html`<time datetime="${e.start}">${e.rangeLabel}</time>` : e.rangeLabel}</p>
<h1>${e.title}</h1>
<p class="facts">${e.reportCount} report${e.reportCount === 1 ? '' : 's'}${e.outlets.length ? ` from ${e.outlets.join(', ')}` : ''}</p>
</header>
<section aria-labelledby="coverage"><h2 id="coverage">Full coverage</h2>
<ol class="stories">
${e.stories.map((s) => html`<li class="story-item">${reportLine(e.url, s.report)}
${s.copies.length ? html`<details class="copies"><summary>${s.copies.length} syndicated ${s.copies.length === 1 ? 'copy' : 'copies'}</summary><ul>${s.copies.map((c) => html`<li>${reportLine(e.url, c)}</li>`)}</ul></details>` : ''}
${s.unique.length ? html`<details class="unique"><summary>Only in this report</summary><ul>${s.unique.map((u) => html`<li>${u}</li>`)}</ul></details>` : ''}
</li>`)}
</ol>
</section>
${e.sharedQuotes.length ? html`<section aria-labelledby="quotes"><h2 id="quotes">Quoted in several reports</h2>${e.sharedQuotes.map((q) => html`<blockquote><p>${q}</p></blockquote>`)}</section>` : ''}
${e.related.length ? html`<section aria-labelledby="related"><h2 id="related">Related events</h2><ul class="reports">${e.related.map((r) => html`<li><a href="${rel(r.url)}">${r.title}</a></li>`)}</ul></section>` : ''}
${e.topics.length ? html`<section aria-labelledby="topics"><h2 id="topics">Topics</h2>${topicList(e.url, e.topics)}</section>` : ''}
</article>`;
  return page({
    site: archive.site,
    url: e.url,
    title: e.title,
    description: e.description,
    kind: 'event',
    breadcrumbs: [{ url: '/', title: 'Home' }],
    body,
  });
}
