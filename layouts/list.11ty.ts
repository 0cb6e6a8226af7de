/** Every listing page: home, topics, outlets, years, months, days, with their pages. */
import type { Archive, ListPage, ListSection } from '../src/model/types.ts';
import { html, relative, type Raw } from './_lib/html.ts';
import { page } from './_lib/page.ts';
import { around, calendar, dateText, langAttrs, listSection, pager } from './_lib/parts.ts';

export const data = {
  pagination: { data: 'archive.listPages', size: 1, alias: 'list', addAllPagesToCollections: false },
  permalink: (d: { list: ListPage }) => `${d.list.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

/** The most covered events of the last days: a row of cards above the home page's list. */
function highlights(from: string, section: ListSection): Raw {
  return html`<section class="highlights" aria-labelledby="highlights"><h2 id="highlights">${section.heading}</h2>
<ol class="cards">${section.items.map(
    (i) => html`<li class="card"><p class="card-title"><a href="${relative(from, i.url)}"${langAttrs(i.language)}>${i.title}</a></p>
<p class="item-meta">${dateText(i.date, i.dateLabel)} · ${i.meta}</p></li>`,
  )}</ol></section>`;
}

export function render({ archive, list: p }: { archive: Archive; list: ListPage }): string {
  const rel = (u: string) => relative(p.url, u);
  const home = p.kind === 'home';
  const empty = p.sections.every((s) => s.items.length === 0) && p.children.length === 0 && p.calendar.length === 0;
  const calendarBlock = p.calendar.length
    ? html`<section class="browse" aria-labelledby="browse"><h2 id="browse">${home ? 'Browse by date' : 'Years and months'}</h2>${calendar(p.url, p.calendar, 3)}</section>`
    : '';
  const body = html`<header class="list-head">
<h1>${p.heading}</h1>
${p.intro ? html`<p class="intro">${p.intro}</p>` : ''}
${p.facts.length ? html`<dl class="facts">${p.facts.map((f) => html`<div><dt>${f.label}</dt><dd>${f.value}</dd></div>`)}</dl>` : ''}
${p.feed ? html`<p class="feeds">Follow: <a href="${rel(p.feed.atom)}">Atom feed</a> · <a href="${rel(p.feed.json)}">JSON Feed</a></p>` : ''}
</header>
${around(p.url, p.around)}
${p.children.length ? html`<nav class="children" aria-labelledby="children"><h2 id="children">${p.childrenHeading}</h2><ul>${p.children.map((c) => html`<li><a href="${rel(c.url)}">${c.title}</a></li>`)}</ul></nav>` : ''}
<div class="${home && p.calendar.length ? 'list-layout' : 'list-body'}">
<div class="list-main">
${p.highlights ? highlights(p.url, p.highlights) : ''}${p.sections.map((s) => listSection(p.url, s))}
${empty ? html`<p class="empty">${p.empty}</p>` : ''}
${pager(p.url, p.pagination)}
</div>
${calendarBlock}
</div>
${p.removals.length ? html`<section aria-labelledby="removals"><h2 id="removals">Page furniture removed from this outlet's reports</h2>
${p.removalsNote ? html`<p class="meta">${p.removalsNote}</p>` : ''}
<div class="table-scroll" role="region" aria-labelledby="removals" tabindex="0"><table class="removals"><thead><tr><th scope="col">Text</th><th scope="col">Why</th><th scope="col" class="num">Times</th></tr></thead>
<tbody>${p.removals.map((r) => html`<tr><td>${r.text}</td><td>${r.reason}</td><td class="num">${r.count}</td></tr>`)}</tbody></table></div></section>` : ''}`;
  return page({
    site: archive.site,
    url: p.url,
    title: p.title,
    description: p.intro,
    kind: home ? 'home' : `list page-${p.kind}`,
    breadcrumbs: p.breadcrumbs,
    feed: p.feed,
    body,
  });
}
