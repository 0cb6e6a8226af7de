/**
 * The generated archive of a thousand articles (tests/support/large.ts:
 * twelve outlets, syndicated copies, tags, two right-to-left articles),
 * built once per run by the global setup with `dateline build --url …`,
 * read back: pagination, page sizes, canonical links of copies,
 * right-to-left pages, valid feeds and sitemap, valid HTML, no broken
 * link. tests/browser/archive.test.ts opens it in Chromium.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { atomProblems, crawl, filesUnder, jing, jsonFeedProblems, vnu } from '../support/checks.ts';
import { LARGE_ARTICLES as ARTICLES, LARGE_SITE_URL as SITE_URL, type LargeBuild } from '../support/large.ts';

/** Rows on a list page (src/present/settings.ts). */
const PER_PAGE = 50;
/** Most bytes of a list page's HTML: fast to load on a phone. */
const LIST_PAGE_BYTES = 100_000;
/** Most bytes of any page's HTML. */
const PAGE_BYTES = 1_000_000;

let site: string;
let archive: ArchiveJson;
let build: LargeBuild;
const read = (rel: string) => readFileSync(path.join(site, rel), 'utf8');
const pageOf = (url: string) => read(`${url.slice(1)}index.html`);
/** The outlet with most reports, and its address, as the outlets page links it. */
const busiestOutlet = () => {
  const index = read('sources/index.html');
  const rows = [...index.matchAll(/<a href="([^"/]+)\/">[^<]*<\/a> <span class="count">(\d+) reports?<\/span>/g)].map((m) => ({ slug: m[1]!, reports: Number(m[2]) }));
  return rows.reduce((a, b) => (b.reports > a.reports ? b : a));
};

beforeAll(() => {
  build = inject('largeBuild');
  site = build.site;
  console.info(`build of ${ARTICLES + 2} articles: ${build.seconds} s`);
  archive = JSON.parse(read('archive.json'));
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

  it('shows an article’s byline, read from the line removed from its text, and gives it to JSON-LD as its author', () => {
    const a = archive.articles.find((x) => x.removed.some((r) => r.rule === 'byline/by-author' && /^By \p{Lu}\p{L}+ \p{Lu}\p{L}+$/u.test(r.text)))!;
    const name = a.removed.find((r) => r.rule === 'byline/by-author')!.text.slice(3);
    expect(a.author).toBe(name);
    const page = pageOf(a.url);
    expect(page).toContain(`<dd class="byline"><bdi>${name}</bdi></dd>`);
    const ld = JSON.parse(page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
    expect(ld.author).toEqual({ '@type': 'Person', name });
  });

  it('gives an event of several outlets a strip of outlets by day, and says who reported it first', () => {
    const e = archive.events.reduce((a, b) => (b.articles.length > a.articles.length ? b : a));
    const page = pageOf(e.url);
    expect(page).toMatch(/<caption id="strip-caption">Reports by outlet and (day|week|month|year)<\/caption>/);
    expect(page).toMatch(/<li>First reported by [^<]+ on \d{1,2} \w+ \d{4}\.<\/li>/);
    expect(page).toContain(`<tr><th scope="row">All outlets</th>`);
    expect(page).toMatch(new RegExp(`<td class="num">${e.articles.length}</td></tr>\n<tr class="so-far">`));
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

  it('keeps every list page under 100 KB and every page under 1 MB', () => {
    const pages = filesUnder(site, '.html');
    const big = pages.map((f) => ({ f: path.relative(site, f), bytes: statSync(f).size }));
    expect(big.filter((p) => p.bytes > PAGE_BYTES)).toEqual([]);
    const lists = big.filter((p) => !/^(articles|events)\//.test(p.f));
    expect(lists.length).toBeGreaterThan(100);
    expect(lists.filter((p) => p.bytes > LIST_PAGE_BYTES)).toEqual([]);
  });
});
