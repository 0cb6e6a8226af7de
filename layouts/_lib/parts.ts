/** Pieces that several page types show. */
import type { CalendarYear, Link, ListItem, ListSection, Pagination, ReportLink, TextLanguage, TopicLink } from '../../src/model/types.ts';
import { html, relative, type Raw } from './html.ts';

/** ` lang="ar" dir="rtl"` for text in another language than the page's, else nothing. */
export function langAttrs(language: TextLanguage | null | undefined): Raw {
  return language ? html` lang="${language.lang}" dir="${language.dir}"` : html``;
}

/** A title taken from an article, isolated so that right-to-left text does not reorder what surrounds it. */
export function titleText(title: string, language: TextLanguage | null | undefined): Raw {
  return html`<bdi${langAttrs(language)}>${title}</bdi>`;
}

/** A date as a `<time>` when there is one, else its label ("Undated"). */
export function dateText(date: string | null, label: string): Raw {
  return date ? html`<time datetime="${date}">${label}</time>` : html`<span>${label}</span>`;
}

/** A link to a page of the archive, relative to the page at `from`. */
export function link(from: string, l: Link, attrs = html``): Raw {
  return html`<a href="${relative(from, l.url)}"${attrs}>${titleText(l.title, l.language)}</a>`;
}

/** A list of events, articles or topics. */
export function listSection(from: string, section: ListSection, headingLevel: 2 | 3 = 2): Raw {
  if (section.items.length === 0) return html``;
  const h = headingLevel === 2 ? html`<h2>${section.heading}</h2>` : html`<h3>${section.heading}</h3>`;
  const more = section.more ? html`<p class="more"><a href="${relative(from, section.more.url)}">${section.more.title}</a></p>` : '';
  if (section.compact) {
    return html`<section class="listing compact">${h}<ul class="index">${section.items.map(
      (i) => html`<li><a href="${relative(from, i.url)}"${langAttrs(i.language)}>${i.title}</a> <span class="count">${i.meta}</span></li>`,
    )}</ul>${more}</section>`;
  }
  return html`<section class="listing">${h}<ol class="items">${section.items.map((i) => listItem(from, i, headingLevel + 1))}</ol>${more}</section>`;
}

/** One event or article in a listing: title, date and counts, description. */
export function listItem(from: string, i: ListItem, level = 3): Raw {
  const title = html`<a href="${relative(from, i.url)}"${langAttrs(i.language)}>${i.title}</a>`;
  return html`<li class="item">
${level === 3 ? html`<h3 class="item-title">${title}</h3>` : html`<h4 class="item-title">${title}</h4>`}
<p class="item-meta">${i.dateLabel ? dateText(i.date, i.dateLabel) : ''}${i.dateLabel && i.meta ? ' · ' : ''}${i.meta}</p>
${i.description ? html`<p class="item-desc"${langAttrs(i.language)}>${i.description}</p>` : ''}
</li>`;
}

/** A report as a line: title, outlet, date, and who else published it. */
export function reportLine(from: string, r: ReportLink): Raw {
  return html`<a class="report-title" href="${relative(from, r.url)}"${langAttrs(r.language)}>${r.title}</a>
<span class="meta">${r.source ? html`<bdi>${r.source}</bdi>` : 'Outlet not named'} · ${dateText(r.date, r.dateLabel)}</span>${
    r.alsoPublishedLabel ? html`<span class="also">${r.alsoPublishedLabel}</span>` : ''
  }`;
}

export function topicList(from: string, topics: TopicLink[]): Raw {
  if (topics.length === 0) return html``;
  return html`<ul class="chips">${topics.map((t) => html`<li><a href="${relative(from, t.url)}"><span class="chip-kind">${t.kindLabel}</span> ${t.title}</a></li>`)}</ul>`;
}

/** Years and their months: the ways into the timeline. */
export function calendar(from: string, years: CalendarYear[], headingLevel: 2 | 3 = 2): Raw {
  if (years.length === 0) return html``;
  return html`<ul class="calendar">${years.map(
    (y) => html`<li>${headingLevel === 2 ? html`<h2 class="year">` : html`<h3 class="year">`}<a href="${relative(from, y.year.url)}">${y.year.title}</a> <span class="count">${y.count}</span>${
      headingLevel === 2 ? html`</h2>` : html`</h3>`
    }<ul class="months">${y.months.map((m) => html`<li><a href="${relative(from, m.url)}"><abbr title="${m.title}">${m.short}</abbr></a></li>`)}</ul></li>`,
  )}</ul>`;
}

/** Previous and next day, month or year. */
export function around(from: string, a: { previous: Link | null; next: Link | null }): Raw {
  if (!a.previous && !a.next) return html``;
  return html`<nav class="around" aria-label="Earlier and later">
${a.previous ? html`<a rel="prev" href="${relative(from, a.previous.url)}"><span aria-hidden="true">← </span>${a.previous.title}</a>` : html`<span></span>`}
${a.next ? html`<a rel="next" href="${relative(from, a.next.url)}">${a.next.title}<span aria-hidden="true"> →</span></a>` : ''}
</nav>`;
}

export function pager(from: string, p: Pagination | null): Raw {
  if (!p) return html``;
  // A list numbered from its oldest end is newest first: its steps go to newer and older pages.
  const byAge = p.pages === null;
  return html`<nav class="pager" aria-label="Pages of this list">
<p class="pager-label">${p.label}</p>
${p.previous ? html`<a class="pager-step" rel="prev" href="${relative(from, p.previous)}"><span aria-hidden="true">← </span>${byAge ? 'Newer' : 'Previous page'}</a>` : ''}
<ol>${p.newest ? html`<li><a href="${relative(from, p.newest)}"${p.newest === from ? html` aria-current="page"` : ''}>Newest</a></li>` : ''}${p.shown.map((x) =>
    x === null
      ? html`<li class="gap" aria-hidden="true">…</li>`
      : x.page === p.page
      ? html`<li><a href="${relative(from, x.url)}" aria-current="page" aria-label="Page ${x.page}">${x.page}</a></li>`
      : html`<li><a href="${relative(from, x.url)}" aria-label="Page ${x.page}">${x.page}</a></li>`,
  )}</ol>
${p.next ? html`<a class="pager-step" rel="next" href="${relative(from, p.next)}">${byAge ? 'Older' : 'Next page'}<span aria-hidden="true"> →</span></a>` : ''}
</nav>`;
}
