import { describe, expect, it } from 'vitest';
import type { ListItem } from '../../src/model/types.ts';
import { dateLabel } from '../../src/present/labels.ts';
import { paginate, paginateFromOldest, type PageHead } from '../../src/present/paginate.ts';
import { ITEMS_PER_PAGE as K } from '../../src/present/settings.ts';

const HEAD: PageHead = {
  url: '/list/',
  kind: 'source',
  title: 'Example Times',
  heading: 'Example Times',
  intro: 'Reports, newest first.',
  breadcrumbs: [{ url: '/', title: 'Home' }],
  facts: [{ label: 'Reports', value: '3' }],
};

/** `n` reports, newest first: report j (1 the oldest) is dated j − 1 days after 1 January 2020. */
function newestFirst(n: number): ListItem[] {
  return Array.from({ length: n }, (_, i) => {
    const j = n - i;
    const date = new Date(Date.UTC(2020, 0, j)).toISOString().slice(0, 10);
    return { url: `/articles/r${j}/`, title: `Report ${j}`, language: null, dateLabel: date, date, meta: '', description: '' };
  });
}

const urls = (page: { sections: { items: ListItem[] }[] }) => page.sections[0]!.items.map((i) => i.url);

describe('paginate (numbered from the start of the list)', () => {
  it('puts a list shorter than a page on one page at the list’s address, with no pager', () => {
    const pages = paginate(HEAD, 'Reports', newestFirst(3));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.url).toBe('/list/');
    expect(pages[0]!.pagination).toBeNull();
    expect(urls(pages[0]!)).toHaveLength(3);
  });

  it('still makes one page, saying nothing is listed, for an empty list', () => {
    const pages = paginate({ ...HEAD, empty: 'No reports.' }, 'Reports', []);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.sections[0]!.items).toEqual([]);
    expect(pages[0]!.empty).toBe('No reports.');
  });

  it('makes one page per k items, the last holding the rest', () => {
    expect(paginate(HEAD, 'Reports', newestFirst(K))).toHaveLength(1);
    expect(paginate(HEAD, 'Reports', newestFirst(K + 1))).toHaveLength(2);
    expect(paginate(HEAD, 'Reports', newestFirst(2 * K + 1)).map((p) => p.sections[0]!.items.length)).toEqual([K, K, 1]);
  });

  it('puts items (n−1)·k to n·k−1 on page n, at <url>page/n/ from the second page on', () => {
    const items = newestFirst(2 * K + 1);
    const pages = paginate(HEAD, 'Reports', items);
    expect(pages.map((p) => p.url)).toEqual(['/list/', '/list/page/2/', '/list/page/3/']);
    expect(urls(pages[1]!)).toEqual(items.slice(K, 2 * K).map((i) => i.url));
    expect(pages[1]!.pagination).toMatchObject({ page: 2, pages: 3, previous: '/list/', next: '/list/page/3/', newest: null, label: 'Page 2 of 3' });
  });

  it('keeps the intro and facts on page 1 and gives later pages the list alone, under a breadcrumb back to page 1', () => {
    const [first, second] = paginate(HEAD, 'Reports', newestFirst(K + 1));
    expect(first!.title).toBe('Example Times');
    expect(first!.intro).toBe(HEAD.intro);
    expect(first!.facts).toEqual(HEAD.facts);
    expect(second!.title).toBe('Example Times (page 2)');
    expect(second!.intro).toBe('');
    expect(second!.facts).toEqual([]);
    expect(second!.breadcrumbs).toEqual([...HEAD.breadcrumbs!, { url: '/list/', title: 'Example Times' }]);
  });

  it('links the first and last pages and two either side of the current one, with a gap between', () => {
    const pages = paginate(HEAD, 'Reports', newestFirst(10 * K));
    const shown = pages[4]!.pagination!.shown.map((s) => s?.page ?? null);
    expect(shown).toEqual([1, null, 3, 4, 5, 6, 7, null, 10]);
  });
});

describe('paginateFromOldest (numbered from the end of a newest-first list)', () => {
  it('splits a list of fewer than 2k items as paginate does, from its newest end', () => {
    const items = newestFirst(2 * K - 1);
    const pages = paginateFromOldest(HEAD, 'Reports', items);
    expect(pages).toEqual(paginate(HEAD, 'Reports', items));
    expect(pages.map((p) => p.url)).toEqual(['/list/', '/list/page/2/']);
    expect(urls(pages[0]!)).toEqual(items.slice(0, K).map((i) => i.url));
  });

  it('puts a list shorter than a page on one page, with no pager', () => {
    const pages = paginateFromOldest(HEAD, 'Reports', newestFirst(2));
    expect(pages).toHaveLength(1);
    expect(urls(pages[0]!)).toEqual(['/articles/r2/', '/articles/r1/']);
    expect(pages[0]!.pagination).toBeNull();
  });

  it('puts the oldest k items on page 1, the k before them on page 2, and the newest k to 2k−1 on the list’s address', () => {
    const items = newestFirst(3 * K + 5);
    const pages = paginateFromOldest(HEAD, 'Reports', items);
    expect(pages.map((p) => p.url)).toEqual(['/list/', '/list/page/2/', '/list/page/1/']);
    expect(urls(pages[0]!)).toEqual(items.slice(0, K + 5).map((i) => i.url));
    expect(urls(pages[1]!)).toEqual(items.slice(K + 5, 2 * K + 5).map((i) => i.url));
    expect(urls(pages[2]!)).toEqual(items.slice(2 * K + 5).map((i) => i.url));
  });

  it('calls the first page "Newest", numbers it one past the older pages and counts no total', () => {
    const [first] = paginateFromOldest(HEAD, 'Reports', newestFirst(3 * K));
    expect(first!.title).toBe('Example Times');
    expect(first!.intro).toBe(HEAD.intro);
    expect(first!.pagination).toMatchObject({ page: 3, pages: null, previous: null, next: '/list/page/2/', newest: '/list/', label: 'Newest' });
  });

  it('labels an older page with the dates it spans and links the newer and older pages beside it', () => {
    const pages = paginateFromOldest(HEAD, 'Reports', newestFirst(3 * K));
    const pageOne = pages.find((p) => p.url === '/list/page/1/')!;
    const oldest = newestFirst(3 * K).slice(-K);
    expect(oldest[K - 1]!.date).toBe('2020-01-01');
    expect(pageOne.title).toBe('Example Times (page 1)');
    expect(pageOne.intro).toBe('');
    expect(pageOne.pagination).toMatchObject({
      page: 1,
      pages: null,
      previous: '/list/page/2/',
      next: null,
      newest: '/list/',
      label: `Page 1: ${dateLabel(oldest[K - 1]!.date!)} to ${dateLabel(oldest[0]!.date!)}`,
    });
  });

  it('leaves every older page as it was when a new item comes at the top', () => {
    const before = paginateFromOldest(HEAD, 'Reports', newestFirst(3 * K + 5));
    const after = paginateFromOldest(HEAD, 'Reports', newestFirst(3 * K + 6));
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).not.toEqual(before[0]);
  });
});
