/**
 * Where a rebuild takes its event ids from: the published tree's build
 * record, else (a site from an older version, or copied without its
 * manifest) its archive.json; entries of the wrong shape are left out. And
 * article URLs that stay with their article when a new one takes its slug.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPublished } from '../../src/output/previous.ts';
import { movedArticles } from '../../src/analyse/index.ts';
import type { Article } from '../../src/model/types.ts';
import type { BuildRecord } from '../../src/output/publish.ts';
import type { ArchiveJson } from '../../src/output/export.ts';
import { runDateline } from '../support/demo.ts';

const record = (extra: Partial<BuildRecord>): BuildRecord =>
  ({ key: 'k', report: {} as BuildRecord['report'], articles: 0, events: 0, listPages: 0, indexed: 0, shards: 0, ...extra }) as BuildRecord;

describe('readPublished', () => {
  it('takes the ids from the build record, not from archive.json', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-previous-'));
    writeFileSync(path.join(dir, 'archive.json'), JSON.stringify({ articles: [{ id: 'a', event: 'from-json' }], redirects: [] }));
    const got = await readPublished(dir, record({ eventOf: [['a', 'from-record'], ['b', 'other']], redirects: [{ from: 'old', to: 'other' }] }));
    expect([...got!.events]).toEqual([['a', 'from-record'], ['b', 'other']]);
    expect(got!.redirects).toEqual([{ from: 'old', to: 'other' }]);
  });

  it('reads archive.json when the record has no ids, and leaves out entries of the wrong shape', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-previous-'));
    writeFileSync(
      path.join(dir, 'archive.json'),
      JSON.stringify({ articles: [{ id: 'a', event: 'e' }, { id: 'b', event: 7 }, null, { id: 'c', event: null }], redirects: [{ from: 'x', to: 'e' }, { from: 1 }] }),
    );
    for (const r of [undefined, null, record({})]) {
      const got = await readPublished(dir, r);
      expect([...got!.events]).toEqual([['a', 'e']]);
      expect(got!.redirects).toEqual([{ from: 'x', to: 'e' }]);
    }
  });

  it('starts afresh from a damaged archive.json or none', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-previous-'));
    expect(await readPublished(dir)).toBeUndefined();
    writeFileSync(path.join(dir, 'archive.json'), '{"articles": [');
    expect(await readPublished(dir)).toBeUndefined();
  });

  it('leaves out damaged entries of the record too', async () => {
    const got = await readPublished('/nonexistent', record({ eventOf: [['a', 'e'], [1, 2] as unknown as [string, string], null as unknown as [string, string]], redirects: [] }));
    expect([...got!.events]).toEqual([['a', 'e']]);
  });
});

describe('article URLs over rebuilds', () => {
  it('keep leading to the article they were published for when a new article takes the same slug', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-article-ids-'));
    const content = path.join(dir, 'content');
    const out = path.join(dir, '_site');
    mkdirSync(content, { recursive: true });
    const article = (text: string, day: number) => `---\ntitle: Harbour bridge to close for repairs\ndate: 2024-03-0${day}\n---\n${text}\n`;
    writeFileSync(path.join(content, 'zz-first.md'), article('Engineers will replace the deck of the old bridge over six weeks from March.', 4));
    const build = async () => {
      const r = await runDateline(['build', content, '--out', out, '--no-search']);
      expect(r.code, r.output).toBe(0);
      return JSON.parse(readFileSync(path.join(out, 'archive.json'), 'utf8')) as ArchiveJson;
    };
    const first = await build();
    expect(first.articles.map((a) => [a.file, a.id])).toEqual([['zz-first.md', 'harbour-bridge-to-close-for-repairs']]);
    // A later report under the same headline, in a file that sorts first.
    writeFileSync(path.join(content, 'aa-later.md'), article('The city said the harbour bridge would now close in April instead, after a delay in deliveries of steel.', 5));
    const second = await build();
    const idOf = new Map(second.articles.map((a) => [a.file, a.id]));
    expect(idOf.get('zz-first.md')).toBe('harbour-bridge-to-close-for-repairs');
    expect(idOf.get('aa-later.md')).toMatch(/^harbour-bridge-to-close-for-repairs-[0-9a-f]{6}$/);
    expect(readFileSync(path.join(out, 'articles', 'harbour-bridge-to-close-for-repairs', 'index.html'), 'utf8')).toContain('Engineers will replace the deck');
    // archive.json, the fallback of the build record, holds them too.
    expect((await readPublished(out))?.ids.get('zz-first.md')).toBe('harbour-bridge-to-close-for-repairs');

    // The first article's title is edited: its old address sends readers to the new one, build after build.
    const retitle = (title: string) =>
      writeFileSync(path.join(content, 'zz-first.md'), article('Engineers will replace the deck of the old bridge over six weeks from March.', 4).replace('Harbour bridge to close for repairs', title));
    retitle('Old harbour bridge to get a new deck');
    const third = await build();
    expect(third.articleRedirects).toEqual([{ from: 'harbour-bridge-to-close-for-repairs', to: 'old-harbour-bridge-to-get-a-new-deck' }]);
    const moved = readFileSync(path.join(out, 'articles', 'harbour-bridge-to-close-for-repairs', 'index.html'), 'utf8');
    expect(moved).toContain('This article has moved');
    expect(moved).toContain('href="../old-harbour-bridge-to-get-a-new-deck/"');
    writeFileSync(path.join(content, 'other.md'), '---\ntitle: Ferry fares to rise\ndate: 2024-03-05\n---\nFares on the harbour ferry will rise by a tenth in April.\n');
    expect((await build()).articleRedirects).toEqual(third.articleRedirects);
    retitle('Bridge deck to be replaced');
    expect((await build()).articleRedirects).toEqual([
      { from: 'harbour-bridge-to-close-for-repairs', to: 'bridge-deck-to-be-replaced' },
      { from: 'old-harbour-bridge-to-get-a-new-deck', to: 'bridge-deck-to-be-replaced' },
    ]);
  }, 180_000);
});

describe('movedArticles', () => {
  const a = (file: string, id: string) => ({ file, id }) as Article;
  it('leads an old id to the article that had it, follows earlier redirects, and drops what leads nowhere', () => {
    const now = [a('x.md', 'x-new'), a('y.md', 'y'), a('z.md', 'old-z')];
    const previousIds = new Map([['x.md', 'x-old'], ['y.md', 'y'], ['gone.md', 'gone'], ['w.md', 'old-z']]);
    expect(movedArticles(now, previousIds, [{ from: 'x-older', to: 'x-old' }, { from: 'q', to: 'gone' }, { from: 'y-old', to: 'y' }])).toEqual([
      { from: 'x-old', to: 'x-new' },
      { from: 'x-older', to: 'x-new' },
      { from: 'y-old', to: 'y' },
    ]);
    expect(movedArticles(now)).toEqual([]);
  });
});
