/**
 * The demo archive in Debian's Chromium, as readers meet it: every kind of
 * page checked with axe-core, dark mode, a 360 px phone, the keyboard,
 * scripts off, print, search with a filter and an order, and the site
 * opened from disk (file:).
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { seriousViolations } from '../support/axe.ts';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

const site = inject('demoSite');
let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let archive: ArchiveJson;
const errors: string[] = [];

/** One page of each kind, by site path. */
let pageTypes: Record<string, string>;

beforeAll(async () => {
  archive = JSON.parse(readFileSync(path.join(site, 'archive.json'), 'utf8'));
  const withRemovals = archive.articles.find((a) => a.removed.length > 0)!;
  const topic = archive.topics.find((t) => t.kind === 'person')!;
  pageTypes = {
    home: '',
    event: archive.events.find((e) => e.articles.length > 1)!.url.slice(1),
    article: withRemovals.url.slice(1),
    topic: topic.url.slice(1),
    topics: 'topics/',
    'topic kind': 'topics/person/',
    outlet: 'sources/boundless-ocean-of-politics/',
    outlets: 'sources/',
    timeline: 'timeline/',
    year: '2016/',
    month: '2016/04/',
    day: '2016/04/24/',
    undated: 'undated/',
    search: 'search/',
    'not found': 'no/such/page/',
  };
  // Served under /archive/ to show that the site needs no root of its own.
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-reading-'));
  cpSync(site, path.join(root, 'archive'), { recursive: true });
  server = await serveStatic(path.join(root, 'archive'), '/archive/');
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  collectErrors(page, errors, /404 \(Not Found\)/);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = async (p: Page, rel: string) => {
  await p.goto(server.url + rel);
  if (rel === 'search/') await p.waitForSelector('#search[data-ready]', { timeout: 30_000 });
};

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe-core violation on any kind of page (${scheme})`, { timeout: 300_000 }, async () => {
      const found: Record<string, string[]> = {};
      await page.emulateMedia({ colorScheme: scheme });
      for (const [kind, rel] of Object.entries(pageTypes)) {
        await open(page, rel);
        if (kind === 'search') {
          await page.fill('#search-q', 'asylum');
          await page.waitForSelector('#search-results li');
        }
        const v = await seriousViolations(page);
        if (v.length) found[kind] = v.map((x) => `${x.id}: ${x.help} ${x.nodes.slice(0, 3).join(' ')}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      expect(found).toEqual({});
      expect(errors).toEqual([]);
    });
  }

  it('puts a skip link first and shows where the keyboard focus is', async () => {
    await open(page, '');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return { text: el.textContent, visible: r.top >= 0 && r.width > 0, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(skip).toMatchObject({ text: 'Skip to the content', visible: true, outline: 'solid' });
    expect(skip.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab goes into the content, and that link shows its focus too.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, inMain: !!el.closest('main'), outline: getComputedStyle(el).outlineStyle };
    });
    expect(next).toEqual({ tag: 'A', inMain: true, outline: 'solid' });
  });
});

describe('looks', () => {
  it('follows the reader’s dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, pageTypes.article!);
    const light = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(dark[0]).not.toBe(light[0]);
    expect(dark[1]).not.toBe(light[1]);
    // Dark means a dark background: every channel below a quarter.
    const channels = dark[0]!.match(/\d+/g)!.slice(0, 3).map(Number);
    for (const c of channels) expect(c).toBeLessThan(64);
  });

  it('fits a 360 px wide phone without scrolling sideways, on every kind of page', { timeout: 300_000 }, async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const wide: Record<string, number> = {};
    for (const [kind, rel] of Object.entries(pageTypes)) {
      await open(phone, rel);
      const w = await phone.evaluate(() => document.documentElement.scrollWidth);
      if (w > 360) wide[kind] = w;
    }
    await phone.close();
    expect(wide).toEqual({});
  });

  it('prints the story without the site’s navigation', async () => {
    await open(page, pageTypes.article!);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      nav: getComputedStyle(document.querySelector('.site-nav')!).display,
      body: getComputedStyle(document.querySelector('.story-body')!).display,
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(shown).toEqual({ nav: 'none', body: 'block' });
  });
});

describe('without scripts', () => {
  it('reads and navigates, and the search page says what to do instead', async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const p = await off.newPage();
    await open(p, '');
    await p.locator('.item-title a').first().click();
    await p.waitForURL(/\/events\/[^/]+\/$/);
    await p.locator('.story-item > a.report-title').first().click();
    await p.waitForURL(/\/articles\/[^/]+\/$/);
    expect((await p.locator('.story-body p').count()) > 2).toBe(true);
    await p.goto(`${server.url}search/`);
    expect(await p.locator('#search').isHidden()).toBe(true);
    expect(await p.locator('#search-status').textContent()).toMatch(/needs JavaScript/);
    expect(await p.locator('.search-browse a').count()).toBeGreaterThan(2);
    await off.close();
  });
});

describe('search', () => {
  it('finds reports, narrows them to an outlet and orders them by date', async () => {
    await open(page, 'search/');
    const outlets = await page.locator('#search-outlet option').allTextContents();
    expect(outlets).toEqual([
      'Any outlet',
      expect.stringMatching(/^Boundless Ocean of Politics \(\d+\)$/),
      expect.stringMatching(/^Mi’raj Islamic News Agency \(\d+\)$/),
      'Northfield Evening Post (1)',
      'The Valley Courier (1)',
    ]);
    expect(await page.locator('#search-year option').allTextContents()).toEqual(['Any year', '2025 (2)', '2024 (1)', '2016 (1)']);

    await page.fill('#search-q', 'Assad');
    await page.locator('#search-q').press('Enter');
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(2);
    const all = await page.locator('#search-results li').count();

    await page.selectOption('#search-outlet', 'Boundless Ocean of Politics');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(1);
    expect(await page.locator('#search-results .item-meta').first().textContent()).toBe('Boundless Ocean of Politics · 9 December 2024');
    expect(await page.locator('#search-status').textContent()).toMatch(/^1 report found for “Assad” \(outlet: Boundless Ocean of Politics\)\./);
    expect(new URL(page.url()).searchParams.get('outlet')).toBe('Boundless Ocean of Politics');

    await page.selectOption('#search-outlet', '');
    await page.selectOption('#search-sort', 'date-asc');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/Oldest first/);
    // The status is written before the list is drawn: wait for the list itself.
    const dated = async () => (await page.locator('#search-results .item-meta').allTextContents()).map((y) => y.split(' · ')[1]);
    await expect.poll(dated).toEqual(['24 April 2016', '9 December 2024']);
    expect(all).toBeGreaterThan((await dated()).length); // the undated reports are left out when ordering by date

    // The address keeps the search: opened again, it shows the same results; a result leads to its article.
    await page.goto(`${server.url}search/?q=asylum&sort=date-desc`);
    await page.waitForSelector('#search[data-ready]');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(2);
    expect(await page.inputValue('#search-q')).toBe('asylum');
    const title = await page.locator('#search-results a').first().textContent();
    await page.locator('#search-results a').first().click();
    await page.waitForURL(/\/archive\/articles\/[^/]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(errors).toEqual([]);
  });

  it('offers the archive’s topics and narrows to one: the reports filed under it', async () => {
    const filed = new Map<string, string[]>();
    for (const a of archive.articles) for (const t of a.topics) filed.set(t, [...(filed.get(t) ?? []), a.url]);
    const offered = archive.topics
      .filter((t) => filed.has(t.id))
      .sort((x, y) => (x.label.toLowerCase() < y.label.toLowerCase() ? -1 : x.label.toLowerCase() > y.label.toLowerCase() ? 1 : x.id < y.id ? -1 : 1))
      .map((t) => `${t.label} (${filed.get(t.id)!.length})`);
    expect(offered.length).toBeGreaterThan(1);
    await open(page, 'search/');
    expect(await page.locator('#search-topic option').allTextContents()).toEqual(['Any topic', ...offered]);

    const [id, urls] = [...filed].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1))[0]!;
    const topic = archive.topics.find((t) => t.id === id)!;
    await page.selectOption('#search-topic', topic.id.split('/')[1]!);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain(`(topic: ${topic.label})`);
    await expect.poll(() => page.locator('#search-results .item-title a').count()).toBe(urls.length);
    const found = await page.locator('#search-results .item-title a').evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
    expect(found.sort()).toEqual(urls.map((u) => `/archive${u}`).sort());
    expect(new URL(page.url()).searchParams.get('topic')).toBe(topic.id.split('/')[1]);

    // An address that names the topic, as the page once wrote it, opens the same search.
    await page.goto(`${server.url}search/?topic=${encodeURIComponent(topic.label)}`);
    await page.waitForSelector('#search[data-ready]');
    expect(await page.inputValue('#search-topic')).toBe(topic.id.split('/')[1]);
    await expect.poll(() => page.locator('#search-results .item-title a').count()).toBe(urls.length);
    expect(errors).toEqual([]);
  });
});

describe('opened from disk', () => {
  it('goes from page to page through file: addresses', async () => {
    const p = await browser.newPage();
    await p.goto(pathToFileURL(path.join(site, 'index.html')).href);
    expect(await p.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await p.locator('.item-title a', { hasText: archive.events.find((e) => e.articles.length > 1)!.title.slice(0, 20) }).click();
    await p.waitForURL(/\/events\/[^/]+\/index\.html$/);
    await p.locator('.story-item > a.report-title').first().click();
    await p.waitForURL(/\/articles\/[^/]+\/index\.html$/);
    expect(await p.locator('.story-body p').count()).toBeGreaterThan(2);
    await p.locator('.site-nav a', { hasText: 'Topics' }).click();
    await p.waitForURL(/\/topics\/index\.html$/);
    await p.locator('.site-title').click();
    await p.waitForURL(/\/index\.html$/);
    expect(await p.locator('h1').textContent()).toBe('Latest events');
    await p.goto(pathToFileURL(path.join(site, 'search', 'index.html')).href);
    expect(await p.locator('#search-status').textContent()).toMatch(/served by a web server/);
    await p.close();
  });
});
