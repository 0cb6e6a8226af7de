/** Every listing page: home, topics, outlets, years, months, days, with their pages. */
import type { Archive, ListPage } from '../src/types.ts';
import { html, relative } from './_lib/html.ts';
import { page } from './_lib/page.ts';
import { listSection, pager } from './_lib/parts.ts';

export const data = {
  pagination: { data: 'archive.listPages', size: 1, alias: 'list', addAllPagesToCollections: false },
  permalink: (d: { list: ListPage }) => `${d.list.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render({ archive, list: p }: { archive: Archive; list: ListPage }): string {
  const rel = (u: string) => relative(p.url, u);
  const body = html`<header class="list-head">
<h1>${p.heading}</h1>
${p.intro ? html`<p class="intro">${p.intro}</p>` : ''}
${p.facts.length ? html`<dl class="facts">${p.facts.map((f) => html`<div><dt>${f.label}</dt><dd>${f.value}</dd></div>`)}</dl>` : ''}
${p.feed ? html`<p class="feeds"><a href="${rel(p.feed.atom)}">Atom feed</a> · <a href="${rel(p.feed.json)}">JSON feed</a></p>` : ''}
</header>
${p.children.length ? html`<nav class="children" aria-label="${p.kind === 'home' ? 'Years' : 'Further down'}"><ul>${p.children.map((c) => html`<li><a href="${rel(c.url)}">${c.title}</a></li>`)}</ul></nav>` : ''}
${p.sections.map((s) => listSection(p.url, s))}
${p.sections.every((s) => s.items.length === 0) && p.children.length === 0 ? html`<p>Nothing here yet.</p>` : ''}
${p.removals.length ? html`<section aria-labelledby="removals"><h2 id="removals">Page furniture removed from this outlet's reports</h2>
<table class="removals"><thead><tr><th scope="col">Text</th><th scope="col">Why</th><th scope="col">Times</th></tr></thead>
<tbody>${p.removals.map((r) => html`<tr><td>${r.text}</td><td>${r.reason}</td><td>${r.count}</td></tr>`)}</tbody></table></section>` : ''}
${pager(p.url, p.pagination)}`;
  return page({
    site: archive.site,
    url: p.url,
    title: p.title,
    description: p.intro,
    kind: p.kind === 'home' ? 'home' : 'list',
    breadcrumbs: p.breadcrumbs,
    feed: p.feed,
    body,
  });
}
