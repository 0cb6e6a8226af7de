/**
 * Pages that hold up on a busy archive: an outlet with 1,000 reports, a day
 * with 300, a topic with 180 and an event with 300, made into pages by the
 * view model and rendered by the templates (without Eleventy): every list
 * is paginated with its counts, every list page stays under 100 KB of HTML
 * and no page reaches 1 MB.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive, AnalysedArticle, Event } from '../../src/model/types.ts';
import { group } from '../../src/present/index.ts';
import { render as renderEvent } from '../../layouts/event.11ty.ts';
import { render as renderList } from '../../layouts/list.11ty.ts';
import { makeArticle } from '../support/articles.ts';

const SITE = { title: 'Dateline', description: 'A news archive.', url: null, lang: 'en' };
const LIST_PAGE_BYTES = 100_000;
const PAGE_BYTES = 1_000_000;
const BUSY_DAY = '2021-06-01';

const WORDS = 'the minister said council vote plan report police court city region budget talks deal rescue storm flood market prices energy election campaign officials residents agency statement inquiry'.split(' ');

/** Deterministic words: a linear congruential generator, so the archive is the same in every run. */
function wordsFrom(seed: number): (n: number) => string {
  let x = seed >>> 0;
  return (n) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      out.push(WORDS[x % WORDS.length]!);
    }
    const s = out.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
}

/** A report of about 250 words: five paragraphs of two sentences. */
function report(i: number, source: string, date: string, tags: string[]): AnalysedArticle {
  const words = wordsFrom(i + 1);
  const lines = Array.from({ length: 5 }, () => `${words(22)} ${words(25)}`);
  return { ...makeArticle({ id: `r${String(i).padStart(4, '0')}`, title: `Report ${i}: ${words(8)}`, lines, source, date }), tags };
}

/** The ISO date `days` days after 1 January 2020. */
const day = (days: number) => new Date(Date.UTC(2020, 0, 1 + days)).toISOString().slice(0, 10);

/**
 * 1,000 reports by Big Outlet over 400 days, in events of three, the first
 * 180 events tagged Elections; 300 reports by thirty other outlets on one
 * day, all one event.
 */
function busyArchive(): { articles: AnalysedArticle[]; events: Event[] } {
  const articles: AnalysedArticle[] = [];
  const events: Event[] = [];
  const event = (id: string, members: AnalysedArticle[]) => {
    for (const m of members) m.event = id;
    const dates = members.map((m) => m.date!).sort();
    events.push({ id, title: `Event ${id}`, description: '', articles: members.map((m) => m.id), start: dates[0]!, end: dates[dates.length - 1]!, sharedQuotes: [], related: [] });
  };
  for (let i = 0; i < 1000; i += 3) {
    const tags = i < 540 ? ['Elections'] : [];
    const members = Array.from({ length: Math.min(3, 1000 - i) }, (_, k) => report(i + k, 'Big Outlet', day((i + k) % 400), k === 0 ? tags : []));
    articles.push(...members);
    event(`e${i}`, members);
  }
  const busy = Array.from({ length: 300 }, (_, k) => report(1000 + k, `Outlet ${k % 30}`, BUSY_DAY, []));
  articles.push(...busy);
  event('busy-day', busy);
  return { articles, events };
}

let archive: Archive;
const listPage = (url: string) => archive.listPages.find((p) => p.url === url)!;
const listHtml = (url: string) => renderList({ archive, list: listPage(url) });

beforeAll(() => {
  const { articles, events } = busyArchive();
  archive = group({ articles, events, redirects: [], skipped: [], diagnostics: [], renderedBodies: new Map() }, SITE);
});

describe('a busy archive', () => {
  it('splits an outlet of 1,000 reports over pages, and says how many it has', () => {
    const first = listPage('/sources/big-outlet/');
    expect(first.intro).toBe('1000 reports in the archive, newest first.');
    expect(first.facts).toContainEqual({ label: 'Reports', value: '1000' });
    const pages = archive.listPages.filter((p) => p.url.startsWith('/sources/big-outlet/'));
    expect(pages.length).toBe(20);
    expect(pages.reduce((n, p) => n + p.sections[0]!.items.length, 0)).toBe(1000);
  });

  it('splits a day of 300 reports over pages of 50, and says how many it has', () => {
    const pages = archive.listPages.filter((p) => p.url.startsWith('/2021/06/01/'));
    expect(pages).toHaveLength(6);
    expect(pages[0]!.intro).toBe('300 reports dated 1 June 2021, by outlet.');
    expect(pages[0]!.pagination?.label).toBe('Page 1 of 6');
  });

  it('splits a topic of 180 events over pages, and says how many events and reports it has', () => {
    const pages = archive.listPages.filter((p) => p.url.startsWith('/topics/subject/elections/'));
    expect(pages[0]!.intro).toBe('Subject · 180 events and 540 reports, newest first.');
    expect(pages).toHaveLength(3);
    expect(pages.reduce((n, p) => n + p.sections[0]!.items.length, 0)).toBe(180);
  });

  it('keeps every list page under 100 KB of HTML, and every event page under 1 MB', () => {
    const big: string[] = [];
    for (const p of archive.listPages) {
      const bytes = Buffer.byteLength(renderList({ archive, list: p }));
      if (bytes > LIST_PAGE_BYTES) big.push(`${p.url}: ${bytes} bytes`);
    }
    for (const e of archive.events) {
      const bytes = Buffer.byteLength(renderEvent({ archive, event: e }));
      if (bytes > PAGE_BYTES) big.push(`${e.url}: ${bytes} bytes`);
    }
    expect(big).toEqual([]);
    expect(listHtml('/sources/big-outlet/')).toContain('<p class="pager-label">Newest</p>');
  });

  it('gives an event of 300 reports from 30 outlets a strip of 24 rows, the outlets with fewest reports counted together', () => {
    const e = archive.events.find((x) => x.id === 'busy-day')!;
    expect(e.strip!.columns.map((c) => c.label)).toEqual(['1 Jun']);
    expect(e.strip!.rows).toHaveLength(24);
    expect(e.strip!.rows[23]!.outlet).toBe('7 other outlets');
    expect(e.strip!.rows.reduce((n, r) => n + r.total, 0)).toBe(300);
    expect(e.strip!.note).toBe('The outlets with fewest reports are counted together in the row “7 other outlets”.');
  });
});
