/**
 * An archive of a thousand generated articles (tests/support/corpus.ts:
 * twelve outlets, syndicated copies, tags, two right-to-left articles),
 * built once by `dateline build --url …` without the search index (search
 * is tested on the demo archive), then read back: pagination, canonical
 * links of copies, right-to-left pages, valid feeds and sitemap, valid HTML,
 * no broken link, and axe-core and a 360 px screen in Chromium.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { seriousViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { atomProblems, crawl, filesUnder, jing, jsonFeedProblems, vnu } from '../support/checks.ts';
import { writeCorpus } from '../support/corpus.ts';
import { runDateline } from '../support/demo.ts';
import { serveStatic } from '../support/server.ts';

const ARTICLES = 1000;
const SITE_URL = 'https://example.org/archive/';
/** Rows on a list page (src/present/settings.ts). */
const PER_PAGE = 50;

let tmp: string;
let site: string;
let archive: ArchiveJson;
let build: { code: number; output: string; seconds: number };
const read = (rel: string) => readFileSync(path.join(site, rel), 'utf8');
const pageOf = (url: string) => read(`${url.slice(1)}index.html`);
/** The outlet with most reports, and its address, as the outlets page links it. */
const busiestOutlet = () => {
  const index = read('sources/index.html');
  const rows = [...index.matchAll(/<a href="([^"/]+)\/">[^<]*<\/a> <span class="count">(\d+) reports?<\/span>/g)].map((m) => ({ slug: m[1]!, reports: Number(m[2]) }));
  return rows.reduce((a, b) => (b.reports > a.reports ? b : a));
};

beforeAll(async () => {
  // While working on the tests, DATELINE_LARGE_SITE names a site already built the same way, to skip the build.
  if (process.env.DATELINE_LARGE_SITE) {
    site = process.env.DATELINE_LARGE_SITE;
    build = { code: 0, output: '', seconds: 0 };
    archive = JSON.parse(read('archive.json'));
    return;
  }
  tmp = mkdtempSync(path.join(os.tmpdir(), 'dateline-1k-'));
  writeCorpus(path.join(tmp, 'content'), ARTICLES);
  site = path.join(tmp, '_site');
  const t = performance.now();
  const r = await runDateline(['build', path.join(tmp, 'content'), '--out', site, '--url', SITE_URL, '--no-search', '--quiet']);
  build = { code: r.code, output: r.output, seconds: Math.round((performance.now() - t) / 100) / 10 };
  console.info(`build of ${ARTICLES + 2} articles: ${build.seconds} s`);
  archive = JSON.parse(read('archive.json'));
}, 900_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe(`an archive of ${ARTICLES} articles`, () => {
  it('builds, and accounts for every file', () => {
    expect(build.code, build.output).toBe(0);
    expect(archive.articles.length + archive.skipped.length).toBe(ARTICLES + 2);
    expect(archive.articles.filter((a) => a.duplicateOf).length).toBeGreaterThan(50);
  });

  it('splits long newest-first lists into pages numbered from the oldest, each page linking its neighbours', () => {
    const events = archive.events.length;
    // Pages of 50 from the oldest end; the first page holds what is newer than the last full page.
    const older = Math.floor(events / PER_PAGE) - 1;
    expect(older).toBeGreaterThan(2);
    const titles = (html: string) => [...html.matchAll(/<h3 class="item-title"><a href="[^"]*"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]!);
    const first = titles(read('index.html'));
    expect(first).toHaveLength(events - older * PER_PAGE);
    const all = [...first];
    for (let c = older; c >= 1; c--) all.push(...titles(read(`page/${c}/index.html`)));
    expect(all).toHaveLength(events);
    expect(new Set(all).size).toBe(new Set(archive.events.map((e) => e.title)).size);
    const top = read(`page/${older}/index.html`);
    expect(titles(top)).toHaveLength(PER_PAGE);
    expect(top).toMatch(new RegExp(`<p class="pager-label">Page ${older}: \\d+ \\w+ \\d{4} to \\d+ \\w+ \\d{4}</p>`));
    expect(top).toContain('rel="prev" href="../../"');
    expect(top).toContain(`rel="next" href="../${older - 1}/"`);
    expect(top).toContain('<li><a href="../../">Newest</a></li>');
    // Older pages count no totals (no intro, no facts, no "of N"), so they keep their bytes as the archive grows.
    expect(top).not.toContain('class="intro"');
    expect(top).not.toContain('class="facts"');
    expect(top).not.toMatch(/Page \d+ of \d+/);
    expect(read('index.html')).toContain('<a href="./" aria-current="page">Newest</a>');
    expect(read('index.html')).toContain(`rel="next" href="page/${older}/"`);
    const oldest = read('page/1/index.html');
    expect(oldest).not.toContain('rel="next"');
    expect(oldest).toContain('rel="prev" href="../2/"');
    expect(existsSync(path.join(site, `page/${older + 1}`))).toBe(false);
    // Topics' and outlets' lists are paginated the same way.
    const big = archive.topics.reduce((a, b) => (b.events.length > a.events.length ? b : a));
    expect(big.events.length).toBeGreaterThan(2 * PER_PAGE);
    expect(existsSync(path.join(site, big.url, 'page/1/index.html'))).toBe(true);
    const outlet = busiestOutlet();
    expect(read('sources/index.html')).toContain(`href="${outlet.slug}/"`);
    expect(outlet.reports).toBeGreaterThan(2 * PER_PAGE);
    expect(existsSync(path.join(site, 'sources', outlet.slug, 'page/1/index.html'))).toBe(true);
  });

  it('points a syndicated copy’s canonical link and OpenGraph address at its original, and folds copies on the event page', () => {
    const copy = archive.articles.find((a) => a.duplicateOf && a.event)!;
    const original = archive.articles.find((a) => a.id === copy.duplicateOf)!;
    const page = pageOf(copy.url);
    const canonical = `${SITE_URL}${original.url.slice(1)}`;
    expect(page).toContain(`<link rel="canonical" href="${canonical}">`);
    expect(page).toContain(`<meta property="og:url" content="${canonical}">`);
    expect(page).toContain('A syndicated copy');
    const ld = JSON.parse(page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
    expect(ld.mainEntityOfPage).toBe(canonical);
    const event = pageOf(`/events/${copy.event}/`);
    const details = event.slice(event.indexOf('<details class="copies">'));
    expect(details).toContain(`href="../../articles/${copy.id}/"`);
  });

  it('writes right-to-left articles right to left, in their own language', () => {
    const ar = archive.articles.filter((a) => a.lang === 'ar');
    expect(ar).toHaveLength(2);
    const page = pageOf(ar[0]!.url);
    expect(page).toMatch(/<h1 lang="ar" dir="rtl">/);
    expect(page).toMatch(/<div class="story-body" lang="ar" dir="rtl">/);
    expect(page).toContain('<html lang="en" dir="ltr">');
  });

  it('writes valid Atom and JSON feeds with absolute addresses, and a valid sitemap', async () => {
    const atom = filesUnder(site, 'feed.xml');
    expect(atom.length).toBe(archive.topics.length + 1);
    const [atomErrors, sitemapErrors] = await Promise.all([jing('atom.rnc', atom), jing('sitemap.rnc', [path.join(site, 'sitemap.xml')])]);
    expect(atomErrors).toEqual([]);
    expect(sitemapErrors).toEqual([]);
    const problems = atom.flatMap((f) => atomProblems(readFileSync(f, 'utf8'), { absolute: true }).map((p) => `${f}: ${p}`));
    expect(problems).toEqual([]);
    const json = filesUnder(site, 'feed.json');
    expect(json.flatMap((f) => jsonFeedProblems(JSON.parse(readFileSync(f, 'utf8')), { absolute: true }).map((p) => `${f}: ${p}`))).toEqual([]);
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(ARTICLES);
    for (const l of locs) {
      expect(l.startsWith(SITE_URL)).toBe(true);
      expect(existsSync(path.join(site, decodeURIComponent(l.slice(SITE_URL.length)), 'index.html')), l).toBe(true);
    }
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_URL}sitemap.xml`);
  });

  it('has no broken internal link, asset or #fragment on any page', () => {
    const result = crawl(site, { rootPath: new URL(SITE_URL).pathname });
    console.info(`links: ${result.links} checked on ${result.pages} pages, ${result.broken.length} broken`);
    expect(result.broken.slice(0, 20)).toEqual([]);
    expect(result.pages).toBeGreaterThan(ARTICLES);
  });

  it('has valid HTML on a sample of every kind of page', { timeout: 600_000 }, async () => {
    const all = filesUnder(site, '.html');
    const pick = (re: RegExp, n: number) => all.filter((f) => re.test(path.relative(site, f))).slice(0, n);
    const copies = archive.articles.filter((a) => a.duplicateOf).slice(0, 5).map((a) => path.join(site, a.url, 'index.html'));
    const rtl = archive.articles.filter((a) => a.lang === 'ar').map((a) => path.join(site, a.url, 'index.html'));
    const sample = [
      ...new Set([
        ...pick(/^articles\//, 15),
        ...copies,
        ...rtl,
        ...pick(/^events\//, 10),
        ...pick(/^(index\.html|page\/)/, 5),
        ...pick(/^topics\/[^/]+\/index\.html|^topics\/index\.html/, 10),
        ...pick(/^topics\/[^/]+\/[^/]+\/(page\/\d+\/)?index\.html/, 8),
        ...pick(/^sources\//, 6),
        ...pick(/^(timeline|undated|\d{4})\//, 12),
        ...pick(/^(search\/index|404)\.html/, 2),
      ]),
    ];
    const errors = await vnu(sample);
    console.info(`vnu: ${sample.length} of ${all.length} pages, ${errors.length} errors`);
    expect(errors.map((e) => `${e.url}:${e.lastLine} ${e.message}`)).toEqual([]);
  });

  it('has no serious or critical axe-core violation, and fits 360 px, on its busiest pages', { timeout: 600_000 }, async () => {
    const server = await serveStatic(site, '/archive/');
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const copy = archive.articles.find((a) => a.duplicateOf && a.event)!;
      const big = archive.topics.reduce((a, b) => (b.events.length > a.events.length ? b : a));
      const pages = {
        home: '/',
        'home, page 2': '/page/2/',
        'right-to-left article': archive.articles.find((a) => a.lang === 'ar')!.url,
        'syndicated copy': copy.url,
        'event with copies': `/events/${copy.event}/`,
        'busiest topic': big.url,
        'topic kind': '/topics/subject/',
        outlet: `/sources/${busiestOutlet().slug}/`,
        year: `/${archive.articles.find((a) => a.date)!.date!.slice(0, 4)}/`,
      };
      const found: Record<string, string[]> = {};
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      for (const [kind, url] of Object.entries(pages)) {
        await page.goto(server.url + url.slice(1));
        const v = await seriousViolations(page);
        if (v.length) found[kind] = v.map((x) => `${x.id}: ${x.help} ${x.nodes.slice(0, 3).join(' ')}`);
        await page.setViewportSize({ width: 360, height: 740 });
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > 360) found[`${kind} (360 px)`] = [`${w} px wide`];
        await page.setViewportSize({ width: 1200, height: 800 });
      }
      expect(found).toEqual({});
    } finally {
      await browser?.close();
      await server.close();
    }
  });
});
