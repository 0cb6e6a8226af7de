/** Pieces that several page types show. */
import type { ListItem, ListSection, Pagination, ReportLink, TopicLink } from '../../src/types.ts';
import { html, relative, type Raw } from './html.ts';

/** A list of events or articles. */
export function listSection(from: string, section: ListSection, level: 2 | 3 = 2): Raw {
  const h = level === 2 ? html`<h2>${section.heading}</h2>` : html`<h3>${section.heading}</h3>`;
  if (section.items.length === 0) return html``;
  return html`<section class="listing">${h}<ol class="items">${section.items.map((i) => listItem(from, i))}</ol></section>`;
}

export function listItem(from: string, i: ListItem): Raw {
  return html`<li class="item">
<h3 class="item-title"><a href="${relative(from, i.url)}">${i.title}</a></h3>
<p class="item-meta">${i.date ? html`<time datetime="${i.date}">${i.dateLabel}</time>` : i.dateLabel ? html`<span>${i.dateLabel}</span>` : ''}${i.dateLabel && i.meta ? ' · ' : ''}${i.meta}</p>
${i.description ? html`<p class="item-desc">${i.description}</p>` : ''}
</li>`;
}

/** A report as a line: title, outlet, date. */
export function reportLine(from: string, r: ReportLink): Raw {
  return html`<a href="${relative(from, r.url)}">${r.title}</a> <span class="meta">${r.source ?? 'Outlet not named'} · ${r.date ? html`<time datetime="${r.date}">${r.dateLabel}</time>` : r.dateLabel}</span>${
    r.alsoPublishedBy.length ? html` <span class="also">also published by ${r.alsoPublishedBy.join(', ')}</span>` : ''
  }`;
}

export function topicList(from: string, topics: TopicLink[]): Raw {
  if (topics.length === 0) return html``;
  return html`<ul class="chips">${topics.map((t) => html`<li><a href="${relative(from, t.url)}"><span class="chip-kind">${t.kindLabel}</span> ${t.title}</a></li>`)}</ul>`;
}

export function pager(from: string, p: Pagination | null): Raw {
  if (!p) return html``;
  return html`<nav class="pager" aria-label="Pages">
${p.previous ? html`<a rel="prev" href="${relative(from, p.previous)}">← Previous page</a>` : ''}
<ol>${p.all.map((x) => (x.page === p.page ? html`<li><span aria-current="page">${x.page}</span></li>` : html`<li><a href="${relative(from, x.url)}">${x.page}</a></li>`))}</ol>
${p.next ? html`<a rel="next" href="${relative(from, p.next)}">Next page →</a>` : ''}
</nav>`;
}
