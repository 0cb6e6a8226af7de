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
      expect(await pool.articles(articles)).toEqual(articles.map((a) => articleTask(a, tools)));
    } finally {
      await pool.close();
    }
  }, 300_000);
});
