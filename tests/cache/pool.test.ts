import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../src/analyse/corpus/boilerplate/index.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { contentKey, enrichStep } from '../../src/analyse/steps/enrich.ts';
import { parsedArchive, parseStep } from '../../src/analyse/steps/parse.ts';
import { load } from '../../src/load/index.ts';
import { bodyStep } from '../../src/output/body-step.ts';
import { createExecutor } from '../../src/run/executor.ts';
import { STEPS_JOB, WorkerPool } from '../../src/run/workers/pool.ts';

const DEMO = path.resolve(import.meta.dirname, '..', '..', 'content');

describe('the per-article steps on worker threads', () => {
  it('give the same results as on the main thread, in order', async () => {
    const { files } = await load(DEMO);
    const here = createExecutor();
    const threads = createExecutor({ workers: 2, minItemsForWorkers: 1 });
    const [parsedHere] = await here.map([parseStep], files);
    expect((await threads.map([parseStep], files))[0]).toEqual(parsedHere);
    const { parsed, fingerprints } = parsedArchive(parsedHere);
    const copies = findSyndication(parsed.articles, fingerprints);
    const clean = stripBoilerplate(parsed.articles, copies).articles.map((article) => ({ article, key: contentKey(article) }));
    const expected = await here.map([enrichStep, bodyStep], clean);
    expect(await threads.map([enrichStep, bodyStep], clean)).toEqual(expected);
    // Batches of another size, in another order: each article's results are its own.
    const reversed = await createExecutor({ workers: 2, minItemsForWorkers: 1 }).map([enrichStep, bodyStep], [...clean].reverse());
    expect(reversed.map((list) => [...list].reverse())).toEqual(expected);
  }, 300_000);

  it('hands each batch over as it comes back, every result once at its index, when asked to', async () => {
    const { files } = await load(DEMO);
    const pool = new WorkerPool(2);
    try {
      const refs = [{ module: parseStep.module, name: parseStep.name }];
      const inOrder = await pool.map<unknown, Uint8Array[]>(STEPS_JOB, refs, files);
      const handed: Buffer[] = new Array(files.length);
      let calls = 0;
      const returned = await pool.map<unknown, Uint8Array[]>(STEPS_JOB, refs, files, {
        batch: 3,
        each: (at, results) => {
          calls++;
          results.forEach((r, k) => {
            expect(handed[at + k]).toBeUndefined();
            handed[at + k] = Buffer.from(r[0]!);
          });
        },
      });
      expect(returned).toEqual([]);
      expect(calls).toBe(Math.ceil(files.length / 3));
      expect(handed).toEqual(inOrder.map((r) => Buffer.from(r[0]!)));
    } finally {
      await pool.close();
    }
  }, 300_000);
});
