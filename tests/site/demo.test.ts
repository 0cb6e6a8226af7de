/**
 * The demo archive (the five seed articles and two saved pages written for
 * the demo), built by `dateline build` with Eleventy and Pagefind, read back
 * from disk.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { filesUnder } from '../support/checks.ts';
import { ROOT } from '../support/demo.ts';

const site = inject('demoSite');
const read = (rel: string) => readFileSync(path.join(site, rel), 'utf8');
let archive: ArchiveJson;
const seed = (prefix: string) => archive.articles.find((a) => a.file.startsWith(prefix))!;

/** Every text of page furniture that seeds/README.md says must not reach an article page. */
const FURNITURE = [
  'Skip to content',
  'Boundless Ocean of Politics on Facebook',
  'Boundless Ocean of Politics on Twitter',
  'Boundless Ocean of Politics on Linkedin',
  'kousdas@gmail.com',
  'Leave a comment',
  'Also Read',
  'T/R07/R01',
  'Latest news',
  'Pilsner Urquell',
  'Syrian opposition rules out future role for President al-Assad',
  'mosque attack labelled terrorism',
];

beforeAll(() => {
  archive = JSON.parse(read('archive.json'));
});

describe('dateline build of the demo archive', () => {
  it('exits 0 and prints a summary', () => {
    expect(inject('demoExitCode'), inject('demoOutput')).toBe(0);
    expect(inject('demoOutput')).toMatch(/7 articles .* in 4 events/);
  });

  it('accounts for every input file in archive.json', () => {
    const files = [...archive.articles.map((a) => a.file), ...archive.skipped.map((s) => s.file)].sort();
    expect(files).toEqual([
      '000_643042a07793f4ce.txt',
      '001_3b65e598a08c659a.txt',
      '002_ea7a0f495502d43c.txt',
      '003_f2fa5b6b3c4f3a52.txt',
      '004_64b44890aaa0c90d.txt',
      'northfield-post-kestrel-bridge-water.html',
      'valley-courier-boil-water-notice.html',
    ]);
  });

  it('writes archive.json with the fields of the contract', () => {
    for (const a of archive.articles) {
      expect(Object.keys(a)).toEqual(
        expect.arrayContaining(['id', 'file', 'url', 'title', 'date', 'dateSource', 'source', 'sourceUrl', 'event', 'duplicateOf', 'topics', 'text', 'removed']),
      );
    }
    for (const e of archive.events) expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'url', 'title', 'articles', 'start', 'end']));
    for (const t of archive.topics) expect(Object.keys(t)).toEqual(expect.arrayContaining(['id', 'url', 'label', 'kind', 'events']));
  });

  it('puts 000, 001 and 002 on one event, and 003 and 004 on events of their own', () => {
    const e = seed('000').event;
    expect(seed('001').event).toBe(e);
    expect(seed('002').event).toBe(e);
    expect(new Set([e, seed('003').event, seed('004').event]).size).toBe(3);
    expect(archive.events).toHaveLength(4);
  });

  it('puts the two saved pages of the boil-water notice on one event of their own, the picture saved with one shown from its copy', () => {
    const [courier, post] = ['valley-courier-boil-water-notice.html', 'northfield-post-kestrel-bridge-water.html'].map((f) => archive.articles.find((a) => a.file === f)!);
    expect(courier!.event).toBe(post!.event);
    expect([seed('000').event, seed('003').event, seed('004').event]).not.toContain(courier!.event);
    expect([courier!.source, post!.source]).toEqual(['The Valley Courier', 'Northfield Evening Post']);
    // The event is described by a story sentence, never by the picture's caption.
    expect(archive.events.find((e) => e.id === courier!.event)!.description).toMatch(/^About 40,000 homes in the Marrow Valley/);
    const picture = readFileSync(path.join(ROOT, 'content/valley-courier-boil-water-notice_files/works.png'));
    const copy = `media/${createHash('sha256').update(picture).digest('hex')}.png`;
    expect(readFileSync(path.join(site, copy)).equals(picture)).toBe(true);
    expect(read(`${courier!.url.slice(1)}index.html`)).toMatch(new RegExp(`<figure><img src="\\.\\./\\.\\./${copy}" alt="An illustration of the Kestrel Bridge treatment works[^"]*" loading="lazy"><figcaption>[^<]*Illustration: Courier graphics</figcaption></figure>`));
    // The page's own scripts and styles, saved beside it, are not part of the site.
    expect(filesUnder(site, 'app.js')).toEqual([]);
  });

  it('dates 003 and 004 from their text and says where every date came from', () => {
    expect(seed('003')).toMatchObject({ date: '2024-12-09', dateSource: 'text' });
    expect(seed('004')).toMatchObject({ date: '2016-04-24', dateSource: 'text' });
    for (const p of ['000', '001', '002']) expect(seed(p).dateSource).toBe('none');
  });

  it('links each report of the 2016 interview to the other two', () => {
    const trio = ['000', '001', '002'].map(seed);
    for (const a of trio) {
      const page = read(`${a.url.slice(1)}index.html`);
      for (const other of trio.filter((o) => o !== a)) expect(page).toContain(`href="../${other.id}/"`);
    }
  });

  it('shows no page furniture on any article page, and keeps it in removed with a reason', () => {
    for (const a of archive.articles) {
      const page = read(`${a.url.slice(1)}index.html`);
      const start = page.indexOf('<div class="story-body"');
      expect(start).toBeGreaterThan(0);
      const body = page.slice(start, page.indexOf('</article>'));
      for (const f of FURNITURE) expect(body, `${a.file}: ${f}`).not.toContain(f);
      for (const f of FURNITURE) expect(a.text, `${a.file}: ${f}`).not.toContain(f);
    }
    const removed003 = seed('003').removed.map((r) => r.text);
    expect(removed003).toEqual(expect.arrayContaining(['Contact: kousdas@gmail.com', 'Leave a comment']));
    for (const r of seed('003').removed) expect(r.reason.length).toBeGreaterThan(3);
  });

  it('keeps every sentence of each story', () => {
    expect(seed('004').text).toContain('The five-year Syrian civil war has claimed over 250,000 lives and has displaced millions.');
    expect(seed('002').text).toContain('which have been under siege by regime forces since July.');
    expect(seed('003').text).toContain('in the course of the 14-year civil war.');
    expect(seed('001').text).toContain('threats of punitive sanctions.');
  });

  it('writes every kind of page under a pretty URL', () => {
    const e = archive.events[0]!;
    const t = archive.topics[0]!;
    for (const rel of [
      'index.html',
      `${e.url.slice(1)}index.html`,
      `${t.url.slice(1)}index.html`,
      'topics/index.html',
      'sources/index.html',
      'timeline/index.html',
      '2024/index.html',
      '2024/12/index.html',
      '2024/12/09/index.html',
      '2016/04/24/index.html',
      '404.html',
      'search/index.html',
      'feed.xml',
      'feed.json',
      'sitemap.xml',
      'robots.txt',
      'pagefind/pagefind.js',
      'search/topics.json',
    ]) {
      expect(existsSync(path.join(site, rel)), rel).toBe(true);
    }
  });

  it('files all five reports under the Assad family', () => {
    const bashar = archive.topics.find((t) => t.kind === 'person' && /bashar/i.test(t.label));
    expect(bashar).toBeDefined();
    expect(bashar!.events.length).toBe(3);
  });

  it('writes only relative internal links, so the site works under any path prefix', () => {
    const page = read('index.html');
    const hrefs = [...page.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const h of hrefs) expect(h.startsWith('/'), h).toBe(false);
  });
});
