import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../src/analyse/corpus/boilerplate/index.ts';
import { enrichArticles, parseFiles } from '../../src/run/stages.ts';
import { openCache } from '../../src/run/cache.ts';
import { enrich } from '../../src/analyse/per-article/enrich/index.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { load } from '../../src/load/index.ts';
import { parse } from '../../src/analyse/per-article/parse/index.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';

const DEMO = path.resolve(import.meta.dirname, '..', '..', 'content');
const none = { cache: null, workers: 0 };

describe('the per-article stages behind the cache', () => {
  it('parse and fingerprint exactly as stages 2 and 3 do', async () => {
    const { files } = await load(DEMO);
    const ours = await parseFiles(files, none);
    const parsed = parse(files);
    expect(ours.parsed).toEqual(parsed);
    expect(ours.fingerprints).toEqual(fingerprint(parsed.articles));
  });

  it('enrich exactly as stage 6 does, keywords ranked over the whole archive', async () => {
    const { files } = await load(DEMO);
    const parsed = parse(files);
    const syndication = findSyndication(parsed.articles, fingerprint(parsed.articles));
    const stripped = stripBoilerplate(syndication.articles, syndication).articles;
    const ours = await enrichArticles(stripped, none);
    expect(ours.articles).toEqual(enrich(stripped));
    expect(ours.bodies.size).toBe(stripped.length);
  });

  it('gives the same archive from a warm cache, with no article computed again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dateline-stages-'));
    const cold = openCache({ dir, version: 'test' });
    const first = await runPipeline(DEMO, { cache: cold });
    await cold.flush();
    expect(cold.stats.hits).toBe(0);
    const warm = openCache({ dir, version: 'test' });
    const second = await runPipeline(DEMO, { cache: warm });
    expect(warm.stats.misses).toBe(0);
    expect(warm.stats.hits).toBe(2 * first.articles.length);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('keys an article by its blocks’ syntax trees, not only their text', async () => {
    // Two articles whose one paragraph reads the same, once plain and once with a word in bold: a cache entry of
    // one must not give the other's body. (The key writes a plain paragraph's tree as a mark: its text says it all.)
    const source = (name: string, body: string) => ({ file: `${name}.md`, path: `/${name}.md`, hash: name, bytes: 0, format: 'markdown' as const, text: `---\ntitle: Harbour wall repaired\n---\n\n${body}\n` });
    const parsed = parse([source('plain', 'The harbour wall was repaired on Monday.'), source('bold', 'The harbour wall was **repaired** on Monday.')]);
    const plain = parsed.articles.find((a) => a.file === 'plain.md');
    const bold = parsed.articles.find((a) => a.file === 'bold.md');
    expect(plain!.blocks[0]!.text).toBe(bold!.blocks[0]!.text);
    const dir = await mkdtemp(path.join(tmpdir(), 'dateline-stages-'));
    const cache = openCache({ dir, version: 'test' });
    const first = await enrichArticles([plain!], { cache, workers: 0 });
    const second = await enrichArticles([bold!], { cache, workers: 0 });
    expect(cache.stats.misses).toBe(2);
    expect(first.bodies.get(plain!.id)).not.toContain('<strong>');
    expect(second.bodies.get(bold!.id)).toContain('<strong>repaired</strong>');
  });
});
