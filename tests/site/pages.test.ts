/**
 * What each kind of page of the demo archive shows a reader: the home page,
 * an event's full coverage, an article and its provenance, topics, outlets,
 * the timeline, and the machine-readable files (feeds, sitemap, robots.txt).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { atomProblems, filesUnder, jing, jsonFeedProblems } from '../support/checks.ts';

const site = inject('demoSite');
const read = (rel: string) => readFileSync(path.join(site, rel), 'utf8');
const pageOf = (url: string) => read(`${url.slice(1)}index.html`);
let archive: ArchiveJson;
const seed = (prefix: string) => archive.articles.find((a) => a.file.startsWith(prefix))!;
const eventOf = (prefix: string) => archive.events.find((e) => e.id === seed(prefix).event)!;

beforeAll(() => {
  archive = JSON.parse(read('archive.json'));
});

describe('the home page', () => {
  it('lists the latest events with their number of reports and outlets, newest first', () => {
    const home = read('index.html');
    expect(home).toContain('<h1>Latest events</h1>');
    const items = [...home.matchAll(/<li class="item">([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(archive.events.length);
    for (const item of items) expect(item).toMatch(/\d+ reports? · (\d+ outlets?|outlet not named)/);
    // 9 December 2024 comes before 24 April 2016.
    expect(home.indexOf(eventOf('003').url.slice(1))).toBeLessThan(home.indexOf(eventOf('004').url.slice(1)));
    expect(home).toContain('3 reports');
  });

  it('leads into the timeline by year and by month', () => {
    const home = read('index.html');
    expect(home).toContain('href="2024/"');
    expect(home).toContain('href="2024/12/"');
    expect(home).toContain('href="2016/04/"');
    expect(home).toContain('href="timeline/"');
  });
});

describe('an event page: full coverage', () => {
  it('lists every report of the 2016 interview with its outlet and date, under the day it was published', () => {
    const page = pageOf(eventOf('000').url);
    for (const p of ['000', '001', '002']) expect(page).toContain(`href="../../articles/${seed(p).id}/"`);
    expect(page).toMatch(/<h3 id="(d-\d{4}-\d{2}-\d{2}|undated)-h" class="day-label">/);
    expect(page.match(/<li class="story-item">/g)).toHaveLength(3);
    expect(page).toContain('<span class="meta">');
    expect(page).toMatch(/3 reports/);
  });

  it('says under each report what it alone says, and which reports carry each shared quote', () => {
    const page = pageOf(eventOf('000').url);
    const adds = [...page.matchAll(/<p class="adds"><span class="adds-label">Only in this report:<\/span> <span>([^<]+)<\/span><\/p>/g)].map((m) => m[1]!);
    expect(adds).toHaveLength(3);
    expect(new Set(adds).size).toBe(3);
    expect(page).toContain('<figcaption>Carried by 2 reports naming no outlet.</figcaption>');
  });

  it('shows the quotes several reports share, the related event and the topics', () => {
    const page = pageOf(eventOf('000').url);
    expect(page).toContain('Quoted in several reports');
    expect(page).toContain('These offers included guarantees of safety and protection for my children');
    expect(page).toContain('Related events');
    expect(page).toContain(`href="../${eventOf('003').id}/"`);
    expect(page).toMatch(/<a href="\.\.\/\.\.\/topics\/person\/bashar-assad\/"><span class="chip-kind">Person<\/span> Bashar al-Assad<\/a>/);
  });
});

describe('an article page', () => {
  it('says when, where from and by which outlet, and links the original', () => {
    const page = pageOf(seed('003').url);
    expect(page).toContain(`<h1 lang="en" dir="ltr">${'al-Assad Arrives In Russia, Asylum Granted'}</h1>`);
    expect(page).toContain('<time datetime="2024-12-09">9 December 2024</time>');
    expect(page).toMatch(/Date stated in the text \(“[^”]*9[^”]*2024”\)\./);
    expect(page).toMatch(/<a class="outlet" href="\.\.\/\.\.\/sources\/boundless-ocean-of-politics\/"><bdi>Boundless Ocean of Politics<\/bdi><\/a>/);
    const undated = pageOf(seed('001').url);
    expect(undated).toContain('The article states no date, and no report of its event does.');
  });

  it('links the other reports of its event, the related coverage, and folds the removed furniture away', () => {
    const page = pageOf(seed('003').url);
    expect(page).toContain('Related coverage');
    expect(page).toContain(`href="../../events/${eventOf('000').id}/"`);
    const removed = page.slice(page.indexOf('<details class="removed-box">'), page.indexOf('</details>', page.indexOf('<details class="removed-box">')));
    expect(removed).toContain('Leave a comment');
    expect(removed).toMatch(/<summary>\d+ blocks removed from the original page<\/summary>/);
    const trio = pageOf(seed('000').url);
    expect(trio).toContain('Other reports of this event');
    expect(trio).toContain('Full coverage of the event');
  });

  it('names its source file in its provenance only, after the story', () => {
    const a = seed('003');
    const page = pageOf(a.url);
    expect(page.split(a.file)).toHaveLength(2);
    expect(page.indexOf(a.file)).toBeGreaterThan(page.indexOf('<h2 id="provenance">Provenance</h2>'));
    expect(page).not.toContain('Source file</h2>');
  });

  it('marks its story, and nothing else, as what search indexes', () => {
    const page = pageOf(seed('003').url);
    expect(page.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(page).toMatch(/<article class="story" data-pagefind-body>/);
    expect(page).toMatch(/<aside class="story-aside"[^>]* data-pagefind-ignore="all">/);
  });

  it('describes itself to machines: NewsArticle JSON-LD, OpenGraph and a canonical link', () => {
    const page = pageOf(seed('004').url);
    const ld = JSON.parse(page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: seed('004').title, datePublished: '2016-04-24', inLanguage: 'en' });
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: seed('004').source });
    expect(page).toContain('<meta property="og:type" content="article">');
    expect(page).toMatch(/<meta property="og:title" content="Bashar Assad Said to Refuse Iran Asylum Offer">/);
    expect(page).toContain('<meta property="article:published_time" content="2016-04-24">');
    expect(page).toContain('<link rel="canonical" href="./">');
  });
});

describe('topic, outlet and date pages', () => {
  it('gives each topic a page of its events, newest first, with its own feeds', () => {
    // "Bashar al-Assad" and "Bashar Assad" are one person.
    const t = archive.topics.find((x) => x.id === 'person/bashar-assad')!;
    const page = pageOf(t.url);
    expect(page).toContain('<h1>Bashar al-Assad</h1>');
    const order = t.events.map((id) => page.indexOf(`events/${id}/`));
    expect(order.every((x) => x > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page).toContain('href="feed.xml"');
    expect(page).toContain('href="feed.json"');
    expect(existsSync(path.join(site, t.url, 'feed.xml'))).toBe(true);
  });

  it('lists topics by kind: people, places, organisations, subjects', () => {
    const page = read('topics/index.html');
    expect(page).toContain('<h2>People</h2>');
    expect(page).toContain('<h2>Places</h2>');
    expect(page).toContain('href="person/"');
    expect(read('topics/person/index.html')).toContain('Bashar al-Assad');
  });

  it('gives each outlet a page of its reports and of the furniture removed from them', () => {
    const page = read('sources/boundless-ocean-of-politics/index.html');
    expect(page).toContain(`href="../../articles/${seed('003').id}/"`);
    expect(page).toContain('<table class="removals">');
    expect(page).toContain('Leave a comment');
    expect(read('sources/index.html')).toContain('href="boundless-ocean-of-politics/"');
  });

  it('files reports by year, month and day, each date page linking the next one', () => {
    expect(read('timeline/index.html')).toContain('href="../2016/04/"');
    expect(read('2016/index.html')).toContain('href="04/"');
    expect(read('2016/04/index.html')).toContain('href="24/"');
    const day = read('2016/04/24/index.html');
    expect(day).toContain(`href="../../../articles/${seed('004').id}/"`);
    expect(day).toContain('rel="next" href="../../../2024/12/09/"');
    expect(read('undated/index.html')).toContain(`href="../articles/${seed('000').id}/"`);
  });
});

describe('the navigation and the page not found', () => {
  const marked = (html: string) => [...html.matchAll(/<li><a href="[^"]*"( aria-current="page"| class="current")>([^<]+)<\/a><\/li>/g)].map((m) => m[2]);

  it('marks the section a page is in, and none on event and article pages, which every section leads to', () => {
    expect(marked(read('index.html'))).toEqual(['Latest']);
    expect(marked(read('topics/index.html'))).toEqual(['Topics']);
    expect(marked(read('2016/04/index.html'))).toEqual(['Timeline']);
    expect(marked(pageOf(eventOf('000').url))).toEqual([]);
    expect(marked(pageOf(seed('003').url))).toEqual([]);
  });

  it('offers a search box on the page not found', () => {
    const page = read('404.html');
    expect(page).toMatch(/<form id="search" class="search-form not-found-search" action="\/search\/" method="get" role="search"/);
    expect(page).toMatch(/<input id="not-found-q" name="q" type="search"/);
  });
});

describe('feeds, sitemap and robots.txt', () => {
  it('writes Atom feeds that RFC 4287 accepts, for the archive and for each topic', async () => {
    const feeds = filesUnder(site, 'feed.xml');
    expect(feeds.length).toBe(archive.topics.length + 1);
    expect(await jing('atom.rnc', feeds)).toEqual([]);
    for (const f of feeds) expect(atomProblems(readFileSync(f, 'utf8'), { absolute: false }), f).toEqual([]);
    const main = read('feed.xml');
    // The undated reports are not in the feed; the dated ones are, newest first.
    expect(main.indexOf(seed('003').id)).toBeLessThan(main.indexOf(seed('004').id));
    expect(main).not.toContain(seed('000').id);
  });

  it('writes JSON Feeds (version 1.1) for the archive and for each topic', () => {
    const feeds = filesUnder(site, 'feed.json');
    expect(feeds.length).toBe(archive.topics.length + 1);
    for (const f of feeds) expect(jsonFeedProblems(JSON.parse(readFileSync(f, 'utf8')), { absolute: false }), f).toEqual([]);
    const main = JSON.parse(read('feed.json'));
    expect(main.items.map((i: { title: string }) => i.title)).toEqual([
      'Kestrel Bridge water: families queue for bottles as boil notice stays',
      'Boil-water notice for 40,000 homes after Marrow Valley plant fault',
      seed('003').title,
      seed('004').title,
    ]);
    // Entries carry the summary and the link, not the body, so a very long article does not make the feed as long.
    expect(main.items[0].content_html).toBeUndefined();
    expect(main.items[0].content_text).toBe(main.items[0].summary);
  });

  it('lists every page but syndicated copies in sitemap.xml, and each listed page exists', () => {
    const xml = read('sitemap.xml');
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(locs[0]).toBe('./');
    for (const a of archive.articles.filter((x) => !x.duplicateOf)) expect(locs).toContain(a.url.slice(1));
    for (const e of archive.events) expect(locs).toContain(e.url.slice(1));
    for (const l of locs) expect(existsSync(path.join(site, l, 'index.html')), l).toBe(true);
  });

  it('writes robots.txt allowing everything', () => {
    expect(read('robots.txt')).toMatch(/^User-agent: \*\nAllow: \/\n/);
  });
});
