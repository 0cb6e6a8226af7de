import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../src/analyse/corpus/boilerplate/index.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { enrich } from '../../src/analyse/per-article/enrich/index.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { parse } from '../../src/analyse/per-article/parse/index.ts';
import { contentKey, enrichedArchive, enrichStep } from '../../src/analyse/steps/enrich.ts';
import { parsedArchive, parseStep } from '../../src/analyse/steps/parse.ts';
import { load } from '../../src/load/index.ts';
import { bodyStep } from '../../src/output/body-step.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { openStore } from '../../src/run/store.ts';

/** An analysis store in `dir`, trusted when it was committed for the site `published`. */
const storeIn = (dir: string, published: string | null = null) => openStore({ file: path.join(dir, 'store.sqlite'), version: 'test', published }).store!;
import { createExecutor } from '../../src/run/executor.ts';

const DEMO = path.resolve(import.meta.dirname, '..', '..', 'content');

describe('the executor of the per-article steps', () => {
  it('parses and fingerprints exactly as parse and fingerprint do', async () => {
    const { files } = await load(DEMO);
    const [results] = await createExecutor().map([parseStep], files);
    const ours = parsedArchive(results);
    const parsed = parse(files);
    expect(ours.parsed).toEqual(parsed);
    expect(ours.fingerprints).toEqual(fingerprint(parsed.articles));
  });

  it('enriches exactly as enrich does, keywords ranked over the whole archive', async () => {
    const { files } = await load(DEMO);
    const parsed = parse(files);
    const syndication = findSyndication(parsed.articles, fingerprint(parsed.articles));
    const stripped = stripBoilerplate(parsed.articles, syndication).articles;
    const [results, bodies] = await createExecutor().map(
      [enrichStep, bodyStep],
      stripped.map((article) => ({ article, key: contentKey(article) })),
    );
    expect(enrichedArchive(stripped, results).articles).toEqual(enrich(stripped));
    expect(bodies).toHaveLength(stripped.length);
  });

  it('gives the same archive from a warm cache, with no file or article computed again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dateline-stages-'));
    const cold = storeIn(dir);
    const first = await runPipeline(DEMO, { cache: cold });
    cold.commit('site');
    cold.close();
    expect(cold.stats.hits).toBe(0);
    const warm = storeIn(dir, 'site');
    const second = await runPipeline(DEMO, { cache: warm });
    expect(warm.stats.misses).toBe(0);
    // Each file's parse, each article's furniture decisions, enrichment and body; what each event page says of its reports' texts.
    const eventsWithTexts = first.events.filter((e) => e.stories.length > 1 || e.sharedQuotes.length > 0).length;
    expect(eventsWithTexts).toBeGreaterThan(0);
    expect(warm.stats.hits).toBe(4 * first.articles.length + eventsWithTexts);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('keys an article by its blocks’ syntax trees, not only their text', async () => {
    // Two articles whose one paragraph reads the same, once plain and once with a word in bold: a cache entry of
    // one must not give the other's body. (The key writes a plain paragraph's tree as a mark: its text says it all.)
    const source = (name: string, body: string) => ({ file: `${name}.md`, path: `/${name}.md`, hash: name, bytes: 0, format: 'markdown' as const, text: `---\ntitle: Harbour wall repaired\n---\n\n${body}\n` });
    const parsed = parse([source('plain', 'The harbour wall was repaired on Monday.'), source('bold', 'The harbour wall was **repaired** on Monday.')]);
    const plain = parsed.articles.find((a) => a.file === 'plain.md')!;
    const bold = parsed.articles.find((a) => a.file === 'bold.md')!;
    expect(plain.blocks[0]!.text).toBe(bold.blocks[0]!.text);
    const dir = await mkdtemp(path.join(tmpdir(), 'dateline-stages-'));
    const cache = storeIn(dir);
    const run = createExecutor({ cache });
    const [[first]] = await run.map([bodyStep], [{ article: plain, key: contentKey(plain) }]);
    const [[second]] = await run.map([bodyStep], [{ article: bold, key: contentKey(bold) }]);
    expect(cache.stats.misses).toBe(2);
    expect(first).not.toContain('<strong>');
    expect(second).toContain('<strong>repaired</strong>');
  });
});
