/**
 * The generated archive of a thousand articles (tests/support/large.ts) in
 * Debian's Chromium, as a reader meets a real archive: every kind of page
 * opened, with no serious or critical axe-core violation, no sideways
 * scrolling at 360 px and no console error; an event's coverage strip;
 * search results with their full date, outlet and event, grouped by event;
 * and no search hit for an outlet's page furniture.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { seriousViolations } from '../support/axe.ts';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { LARGE_SITE_URL } from '../support/large.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

const site = inject('largeBuild').site;
let browser: Browser;
let server: StaticServer;
let page: Page;
let archive: ArchiveJson;
const errors: string[] = [];
/** One page of each kind, by site path. */
let pageTypes: Record<string, string>;

type Article = ArchiveJson['articles'][number];
/** How long a search may take to show its results on a busy machine. */
const POLL = { timeout: 20_000 };
const busiest = <T>(items: T[], size: (x: T) => number): T => items.reduce((a, b) => (size(b) > size(a) ? b : a));

beforeAll(async () => {
  archive = JSON.parse(readFileSync(path.join(site, 'archive.json'), 'utf8'));
  const bySource = new Map<string, Article[]>();
  for (const a of archive.articles) if (a.source) bySource.set(a.source, [...(bySource.get(a.source) ?? []), a]);
  const outletReport = busiest([...bySource.values()], (l) => l.length)[0]!;
  const event = busiest(archive.events, (e) => e.articles.length);
  const topic = busiest(archive.topics, (t) => t.events.length);
  const copy = archive.articles.find((a) => a.duplicateOf)!;
  const byline = archive.articles.find((a) => a.author && !a.duplicateOf)!;
  const day = busiest(archive.articles.filter((a) => a.date), (a) => archive.articles.filter((b) => b.date === a.date).length).date!;
  const outletPath = outletPage(outletReport.url).slice(1);
  pageTypes = {
    home: '',
    'home, older page': 'page/1/',
    event: event.url.slice(1),
    article: byline.url.slice(1),
    'syndicated copy': copy.url.slice(1),
    'right-to-left article': archive.articles.find((a) => a.lang === 'ar')!.url.slice(1),
    topic: topic.url.slice(1),
    'topic, older page': `${topic.url.slice(1)}page/1/`,
    'topic kind': 'topics/subject/',
    topics: 'topics/',
    outlet: outletPath,
    'outlet, older page': `${outletPath}page/1/`,
    outlets: 'sources/',
    timeline: 'timeline/',
    year: `${day.slice(0, 4)}/`,
    month: `${day.slice(0, 4)}/${day.slice(5, 7)}/`,
    day: `${day.slice(0, 4)}/${day.slice(5, 7)}/${day.slice(8, 10)}/`,
    search: 'search/?q=Assad',
    'not found': 'no/such/page/',
  };
  // Served at the path it was built for, as its host would.
  server = await serveStatic(site, new URL(LARGE_SITE_URL).pathname);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  collectErrors(page, errors, /404 \(Not Found\)/);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** An outlet's page, as its report's page links it. */
function outletPage(articleUrl: string): string {
  const html = readFileSync(path.join(site, articleUrl, 'index.html'), 'utf8');
  const href = html.match(/<a class="outlet" href="\.\.\/\.\.\/([^"]+)"/)![1]!;
  return `/${href}`;
}

const open = async (p: Page, rel: string) => {
  await p.goto(server.url + rel);
  if (rel.startsWith('search/')) {
    await p.waitForSelector('#search[data-ready]', { timeout: 30_000 });
    if (rel.includes('?q=')) await p.waitForSelector('#search-results li', { timeout: 30_000 });
  }
};

/** The words of a search, typed and sent; resolves when the status says how many reports were found and the first are shown. */
async function search(p: Page, words: string): Promise<string> {
  await p.fill('#search-q', words);
  await p.locator('#search-q').press('Enter');
  await expect.poll(() => p.locator('#search-status').textContent(), POLL).toMatch(/reports? found/);
  const status = (await p.locator('#search-status').textContent())!;
  if (!status.startsWith('No reports')) await p.waitForSelector('#search-results li', POLL);
  return status;
}

describe('every kind of page of a thousand-article archive', () => {
  it('has no serious or critical axe-core violation, in light mode and, on the pages with colour of their own, dark', { timeout: 600_000 }, async () => {
    const found: Record<string, string[]> = {};
    const check = async (kind: string, rel: string) => {
      await open(page, rel);
      const v = await seriousViolations(page);
      if (v.length) found[kind] = v.map((x) => `${x.id}: ${x.help} ${x.nodes.slice(0, 3).join(' ')}`);
    };
    for (const [kind, rel] of Object.entries(pageTypes)) await check(kind, rel);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const kind of ['home', 'event', 'search']) await check(`${kind} (dark)`, pageTypes[kind]!);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  });

  it('fits a 360 px wide phone without scrolling sideways', { timeout: 300_000 }, async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    phone.on('pageerror', (e) => errors.push(String(e)));
    const wide: Record<string, number> = {};
    for (const [kind, rel] of Object.entries(pageTypes)) {
      await open(phone, rel);
      const w = await phone.evaluate(() => document.documentElement.scrollWidth);
      if (w > 360) wide[kind] = w;
    }
    await phone.close();
    expect(wide).toEqual({});
    expect(errors).toEqual([]);
  });
});

describe('an event page', () => {
  it('shows who reported first, how coverage grew, and a strip of outlets by day whose cells say how many reports', async () => {
    await open(page, pageTypes.event!);
    const glance = page.locator('.glance');
    await expect.poll(() => glance.locator('.glance-facts li').first().textContent(), POLL).toMatch(/^First reported by .+ on \d{1,2} \w+ \d{4}\.$/);
    const strip = glance.locator('table.strip');
    expect(await strip.locator('caption').textContent()).toMatch(/^Reports by outlet and (day|week|month|year)$/);
    // Every reporting outlet has a row headed by its name; every cell with reports says how many in words a screen reader reads.
    const rows = await strip.locator('tbody th[scope="row"]').allTextContents();
    expect(rows.length).toBeGreaterThan(1);
    const hits = await strip.locator('td.hit').allTextContents();
    expect(hits.length).toBeGreaterThan(1);
    for (const h of hits) expect(h).toMatch(/^\d+$/);
    const event = archive.events.find((e) => e.url.slice(1) === pageTypes.event)!;
    const total = await strip.locator('tfoot tr').first().locator('td.num').textContent();
    expect(Number(total)).toBe(event.articles.length);
    // A column head leads to that day's reports on the page.
    await strip.locator('thead a').first().click();
    expect(await page.evaluate(() => document.querySelector(location.hash)?.classList.contains('day'))).toBe(true);
    // What a report alone says, and the outlets that carry a shared quote.
    expect(await page.locator('.story-item .adds').count()).toBeGreaterThan(0);
    if (event.sharedQuotes.length) expect(await page.locator('.shared-quote figcaption').first().textContent()).toMatch(/^Carried by /);
  });
});

describe('search over a thousand articles', () => {
  it('shows each result’s full date and outlet, and links its event', async () => {
    await open(page, 'search/');
    await search(page, 'Assad');
    const first = page.locator('#search-results > li.item').first();
    expect(await first.locator('.item-meta time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await first.locator('.item-meta time').textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    const eventLink = first.locator('.item-event a');
    expect(await eventLink.textContent()).toMatch(/^\d+ reports? of this event$/);
    const eventTitle = (await first.locator('.item-event bdi').textContent())!;
    await eventLink.click();
    await page.waitForURL(/\/events\/[^/]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(eventTitle);
    expect(errors).toEqual([]);
  });

  it('groups the reports of one event under its title when asked', async () => {
    await open(page, 'search/?q=Assad&group=event');
    expect(await page.isChecked('#search-group')).toBe(true);
    await expect.poll(() => page.locator('#search-results > li.event-group').count(), POLL).toBeGreaterThan(1);
    const group = page.locator('#search-results > li.event-group').first();
    expect(await group.locator('> .item-meta').textContent()).toMatch(/^\d+ reports? of this event$/);
    expect(await group.locator('.group-items > li.item').count()).toBeGreaterThan(0);
    expect(await group.locator('h3 a').getAttribute('href')).toMatch(/\/events\/[^/]+\/$/);
    await page.uncheck('#search-group');
    await expect.poll(() => page.locator('#search-results > li.event-group').count(), POLL).toBe(0);
    expect(new URL(page.url()).searchParams.get('group')).toBeNull();
  });

  it('finds no report by a line of an outlet’s page furniture', async () => {
    // The busiest outlet's most repeated removed lines of four words or more.
    const counts = new Map<string, number>();
    const source = busiest([...new Set(archive.articles.map((a) => a.source))], (s) => archive.articles.filter((a) => a.source === s).length);
    for (const a of archive.articles.filter((x) => x.source === source)) {
      for (const r of a.removed) if (/^(promo|share|nav|tail)\//.test(r.rule) && r.text.split(' ').length >= 4) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
    }
    const lines = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t]) => t);
    expect(lines.length).toBeGreaterThan(0);
    const text = new Map(archive.articles.map((a) => [a.url, a.text.toLowerCase()]));
    await open(page, 'search/');
    for (const line of lines) {
      await search(page, line);
      const urls = await page.locator('#search-results .item-title a').evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
      const prefix = new URL(LARGE_SITE_URL).pathname.length - 1;
      const withLine = urls.filter((u) => text.get(decodeURIComponent(u).slice(prefix))?.includes(line.toLowerCase()));
      expect(withLine, line).toEqual([]);
    }
  });
});
