/** One page per event: coverage at a glance, then every report by day and outlet, copies folded under their original. */
import type { Archive, ArchiveEvent, CoverageStrip, GrowthDay, StoryGroup } from '../src/model/types.ts';
import { html, relative, type Raw } from './_lib/html.ts';
import { page } from './_lib/page.ts';
import { dateText, langAttrs, link, reportLine, topicList } from './_lib/parts.ts';

export const data = {
  pagination: { data: 'archive.events', size: 1, alias: 'event', addAllPagesToCollections: false },
  permalink: (d: { event: ArchiveEvent }) => `${d.event.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

function story(from: string, s: StoryGroup): Raw {
  return html`<li class="story-item">${reportLine(from, s.report)}
${s.unique.length ? html`<p class="adds"><span class="adds-label">Only in this report:</span> <span${langAttrs(s.report.language)}>${s.unique[0]}</span></p>` : ''}
${s.copies.length ? html`<details class="copies"><summary>${s.copiesLabel}</summary><ul class="reports">${s.copies.map((c) => html`<li>${reportLine(from, c)}</li>`)}</ul></details>` : ''}
</li>`;
}

/** Which outlet reported on which day: a table whose cells say how many reports, shaded where there are some. */
function strip(from: string, total: number, t: CoverageStrip): Raw {
  const cell = (c: string) => (c ? html`<td class="hit">${c}</td>` : html`<td></td>`);
  return html`<div class="table-scroll strip-scroll" role="region" aria-labelledby="strip-caption" tabindex="0">
<table class="strip">
<caption id="strip-caption">${t.caption}</caption>
<thead><tr><th scope="col">Outlet</th>${t.columns.map(
    (c) => html`<th scope="col">${c.anchor ? html`<a href="${c.anchor}" title="${c.title}">${c.label}</a>` : html`<span title="${c.title}">${c.label}</span>`}</th>`,
  )}<th scope="col" class="num">Total</th></tr></thead>
<tbody>${t.rows.map(
    (r) => html`<tr><th scope="row">${r.link ? html`<a href="${relative(from, r.link.url)}"><bdi>${r.outlet}</bdi></a>` : r.outlet}</th>${r.cells.map(cell)}<td class="num">${r.total}</td></tr>`,
  )}</tbody>
<tfoot><tr><th scope="row">All outlets</th>${t.totals.map((c) => html`<td>${c}</td>`)}<td class="num">${total}</td></tr>
<tr class="so-far"><th scope="row">Total so far</th>${t.cumulative.map((c) => html`<td>${c}</td>`)}<td></td></tr></tfoot>
</table>
</div>
${t.note ? html`<p class="meta">${t.note}</p>` : ''}`;
}

/** Day by day: what each day brought, each day linked to its reports below. */
function growth(days: GrowthDay[]): Raw {
  return html`<h3 id="growth">Day by day</h3>
<ol class="growth-days" aria-labelledby="growth">${days.map((d) => html`<li>${d.anchor ? html`<a href="${d.anchor}">${dateText(d.date, d.label)}</a>` : dateText(d.date, d.label)}: ${d.line}</li>`)}</ol>`;
}

/** Coverage at a glance: who reported first and when, the first report, the strip, and how coverage grew day by day. */
function glance(e: ArchiveEvent): Raw {
  return html`<section class="glance" aria-labelledby="glance"><h2 id="glance">Coverage at a glance</h2>
<ul class="glance-facts">${e.firstReported ? html`<li>${e.firstReported}</li>` : ''}${e.growth ? html`<li>${e.growth}</li>` : ''}${e.coveredBy ? html`<li>${e.coveredBy}</li>` : ''}</ul>
${e.firstReport ? html`<p class="first-report"><span class="first-report-label">The first report:</span> ${reportLine(e.url, e.firstReport)}</p>` : ''}
${e.strip ? strip(e.url, e.reportCount, e.strip) : ''}
${e.growthDays.length ? growth(e.growthDays) : ''}
</section>`;
}

export function render({ archive, event: e }: { archive: Archive; event: ArchiveEvent }): string {
  const body = html`<article class="event">
<header class="event-head">
<p class="kicker">Event · ${dateText(e.start, e.rangeLabel)}</p>
<h1${langAttrs(e.language)}>${e.title}</h1>
<p class="summary">${e.summary}</p>
${e.description ? html`<p class="standfirst"${langAttrs(e.language)}>${e.description}</p>` : ''}
</header>
${e.reportCount >= 2 && (e.strip || e.firstReported) ? glance(e) : ''}
<div class="event-layout">
<section class="coverage" aria-labelledby="coverage"><h2 id="coverage">Full coverage</h2>
${e.coverage.map(
    (d) => html`<section class="day" id="${d.anchor}" aria-labelledby="${d.anchor}-h"><h3 id="${d.anchor}-h" class="day-label">${dateText(d.date, d.label)}</h3>
<ol class="stories">${d.stories.map((s) => story(e.url, s))}</ol></section>`,
  )}
</section>
<div class="event-aside">
${e.quotes.length ? html`<section aria-labelledby="quotes"><h2 id="quotes">Quoted in several reports</h2>${e.quotes.map(
    (q) => html`<figure class="shared-quote"><blockquote${langAttrs(e.language)}><p>${q.text}</p></blockquote>${q.carriedBy ? html`<figcaption>${q.carriedBy}</figcaption>` : ''}</figure>`,
  )}</section>` : ''}
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
