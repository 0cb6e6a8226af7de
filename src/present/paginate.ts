/** List pages and the two ways a long list is split over them. */
import type { ListItem, ListPage, ListSection, Pagination } from '../model/types.ts';
import { dateLabel } from './labels.ts';
import { ITEMS_PER_PAGE, PAGER_NEIGHBOURS } from './settings.ts';

/** What a list page says about itself; every other field takes its default (see {@link listPage}). */
export type PageHead = Partial<ListPage> & Pick<ListPage, 'url' | 'kind' | 'title' | 'heading'>;

/** A list page from its head, with nothing listed, no pager and an empty-list note of "Nothing here yet.". */
export function listPage(head: PageHead): ListPage {
  return {
    intro: '',
    breadcrumbs: [],
    sections: [],
    highlights: null,
    facts: [],
    removals: [],
    removalsNote: '',
    pagination: null,
    children: [],
    childrenHeading: 'Sections',
    calendar: [],
    around: { previous: null, next: null },
    feed: null,
    empty: 'Nothing here yet.',
    ...head,
  };
}

/**
 * Splits a long list over pages `<url>`, `<url>page/2/`, …: page n holds
 * items (n−1)·k to n·k−1 of the list. For lists in alphabetical order, and
 * for those in the order things happened, where new items come last. Page 1
 * keeps the head's extras (intro, facts, calendar, removals, sub-pages);
 * later pages carry the list alone, so that they change only when their
 * stretch of the list or the number of pages does. `heading` names the
 * list; `compact` rows show a name and a count (default: `false`).
 */
export function paginate(head: PageHead, heading: string, items: ListItem[], compact = false): ListPage[] {
  const full = listPage(head);
  const pages = Math.max(1, Math.ceil(items.length / ITEMS_PER_PAGE));
  const urlOf = (n: number) => (n === 1 ? full.url : `${full.url}page/${n}/`);
  const shown = (page: number) => {
    const out: Pagination['shown'] = [];
    for (let n = 1; n <= pages; n++) {
      if (n === 1 || n === pages || Math.abs(n - page) <= PAGER_NEIGHBOURS) out.push({ page: n, url: urlOf(n) });
      else if (out[out.length - 1] !== null) out.push(null);
    }
    return out;
  };
  return Array.from({ length: pages }, (_, i) => {
    const page = i + 1;
    const rows = items.slice((page - 1) * ITEMS_PER_PAGE, page * ITEMS_PER_PAGE);
    const pagination: Pagination | null =
      pages > 1
        ? { page, pages, previous: page > 1 ? urlOf(page - 1) : null, next: page < pages ? urlOf(page + 1) : null, newest: null, label: `Page ${page} of ${pages}`, shown: shown(page) }
        : null;
    return pageOf(full, heading, compact, rows, urlOf(page), page === 1, `page ${page}`, pagination);
  });
}

/**
 * Splits a list in newest-first order (events, an outlet's reports), to
 * which new items come at the top, over pages numbered from its oldest end:
 * `<url>page/1/` holds its oldest k items, `<url>page/2/` the k before them,
 * and so on; the first page, `<url>`, holds what is newer than the last full
 * page (k to 2k−1 items). A new item changes the first page only, and a page
 * of older items keeps its address and its bytes as the archive grows; the
 * pages count no totals for that reason. A list of fewer than 2k items has
 * no older page to keep: it is split as {@link paginate} splits it.
 */
export function paginateFromOldest(head: PageHead, heading: string, items: ListItem[], compact = false): ListPage[] {
  const full = listPage(head);
  const k = ITEMS_PER_PAGE;
  const n = items.length;
  const older = Math.max(0, Math.floor(n / k) - 1); // pages besides the first
  if (older === 0) return paginate(head, heading, items, compact);
  const urlOf = (c: number) => (c > older ? full.url : `${full.url}page/${c}/`);
  // Pager: the newest page, this page's neighbours, the oldest page; numbers from the oldest.
  const shown = (c: number) => {
    const out: Pagination['shown'] = [];
    for (let m = older; m >= 1; m--) {
      if (m === 1 || Math.abs(m - c) <= PAGER_NEIGHBOURS) out.push({ page: m, url: urlOf(m) });
      else if (out[out.length - 1] !== null) out.push(null);
    }
    return out;
  };
  const first = items.slice(0, n - older * k);
  const pages: ListPage[] = [
    pageOf(full, heading, compact, first, full.url, true, '', {
      page: older + 1,
      pages: null,
      previous: null,
      next: urlOf(older),
      newest: full.url,
      label: 'Newest',
      shown: shown(older + 1),
    }),
  ];
  for (let c = older; c >= 1; c--) {
    const rows = items.slice(n - c * k, n - (c - 1) * k);
    const dates = dateSpan(rows);
    pages.push(
      pageOf(full, heading, compact, rows, urlOf(c), false, `page ${c}`, {
        page: c,
        pages: null,
        previous: urlOf(c + 1),
        next: c > 1 ? urlOf(c - 1) : null,
        newest: full.url,
        label: dates ? `Page ${c}: ${dates}` : `Page ${c}`,
        shown: shown(c),
      }),
    );
  }
  return pages;
}

/** "2 March 2019 to 9 May 2019" for rows in newest-first order; `''` when an end is undated. */
function dateSpan(rows: ListItem[]): string {
  const newest = rows[0]?.date;
  const oldest = rows[rows.length - 1]?.date;
  if (!newest || !oldest) return '';
  return newest === oldest ? dateLabel(newest) : `${dateLabel(oldest)} to ${dateLabel(newest)}`;
}

/** One page of a list: the first carries the head's extras, the others the list and what names it. */
function pageOf(
  full: ListPage,
  heading: string,
  compact: boolean,
  items: ListItem[],
  url: string,
  first: boolean,
  which: string,
  pagination: Pagination | null,
): ListPage {
  const section: ListSection = { heading, items, more: null, compact };
  return {
    ...full,
    url,
    title: first ? full.title : `${full.title} (${which})`,
    intro: first ? full.intro : '',
    breadcrumbs: first ? full.breadcrumbs : [...full.breadcrumbs, { url: full.url, title: full.heading }],
    sections: [section],
    highlights: first ? full.highlights : null,
    pagination,
    children: first ? full.children : [],
    calendar: first ? full.calendar : [],
    facts: first ? full.facts : [],
    removals: first ? full.removals : [],
    removalsNote: first ? full.removalsNote : '',
  };
}
