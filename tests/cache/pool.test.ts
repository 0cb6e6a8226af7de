import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from '../../src/load/index.ts';
import { WorkerPool } from '../../src/workers/pool.ts';
import { articleTask, articleTools, fileTask } from '../../src/workers/tasks.ts';

const DEMO = path.resolve(import.meta.dirname, '..', '..', 'content');

describe('the worker pool', () => {
  it('gives the same results as the main thread, in order', async () => {
    const { files } = await load(DEMO);
    const pool = new WorkerPool(2);
    try {
      const parsed = await pool.files(files);
      expect(parsed).toEqual(files.map(fileTask));
      const articles = parsed.map((r) => r.parse.article!).filter(Boolean);
      const tools = articleTools();
      const expected = articles.map((a) => articleTask(a, tools));
      expect(await pool.articles(articles)).toEqual(expected);
      // Handed over batch by batch instead: every result once, at its index, and none returned.
      const handed: unknown[] = new Array(articles.length);
      let calls = 0;
      const returned = await pool.articles(articles, undefined, (at, results) => {
        calls++;
        results.forEach((r, k) => {
          expect(handed[at + k]).toBeUndefined();
          handed[at + k] = r;
        });
      });
      expect(returned).toEqual([]);
      expect(calls).toBeGreaterThan(0);
      expect(handed).toEqual(expected);
    } finally {
      await pool.close();
    }
  }, 300_000);
});
