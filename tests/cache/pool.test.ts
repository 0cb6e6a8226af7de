import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from '../../src/load/index.ts';
import { WorkerPool } from '../../src/run/workers/pool.ts';
import { articleTaskBytes, articleTools, fileTaskBytes, type StoredFile } from '../../src/run/workers/tasks.ts';

const DEMO = path.resolve(import.meta.dirname, '..', '..', 'content');

describe('the worker pool', () => {
  it('gives the same results as the main thread, in order, as the bytes the cache stores', async () => {
    const { files } = await load(DEMO);
    const pool = new WorkerPool(2);
    try {
      const parsed = await pool.files(files);
      expect(parsed.map((b) => Buffer.from(b))).toEqual(files.map(fileTaskBytes).map((b) => Buffer.from(b)));
      const articles = parsed.map((b) => (JSON.parse(Buffer.from(b).toString('utf8')) as StoredFile).parse.article!).filter(Boolean);
      const tools = articleTools();
      const expected = articles.map((a) => Buffer.from(articleTaskBytes(a, tools)));
      expect((await pool.articles(articles)).map((b) => Buffer.from(b))).toEqual(expected);
      // Handed over batch by batch instead: every result once, at its index, and none returned.
      const handed: unknown[] = new Array(articles.length);
      let calls = 0;
      const returned = await pool.articles(articles, undefined, (at, results) => {
        calls++;
        results.forEach((r, k) => {
          expect(handed[at + k]).toBeUndefined();
          handed[at + k] = Buffer.from(r);
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
