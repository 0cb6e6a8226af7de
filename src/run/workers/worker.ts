/**
 * A worker thread of the pool: runs file and article tasks (see tasks.ts),
 * and search shards to index (`src/output/search.ts`), in batches, and posts
 * the results back.
 */
import { parentPort } from 'node:worker_threads';
import type { ArticleTools } from './tasks.ts';
import type { CustomRecord } from 'pagefind';
import type { Article, SourceFile } from '../../model/types.ts';

export type TaskRequest =
  | { id: number; task: 'file'; items: SourceFile[] }
  | { id: number; task: 'article'; items: Article[] }
  | { id: number; task: 'search'; items: CustomRecord[][] };

export type TaskResponse = { id: number; results: unknown[] } | { id: number; error: string };

let tools: ArticleTools | null = null;

async function run(req: TaskRequest): Promise<unknown[]> {
  if (req.task === 'search') {
    // One Pagefind service per thread, stopped after each batch so that no process outlives the pool.
    const { closeIndexer, indexRecords } = await import('../../output/indexer.ts');
    try {
      const results = [];
      for (const records of req.items) results.push(await indexRecords(records));
      return results;
    } finally {
      await closeIndexer();
    }
  }
  // The stages load on first use, so that a thread that only indexes loads Pagefind alone.
  const { articleTaskBytes, articleTools, fileTaskBytes } = await import('./tasks.ts');
  if (req.task === 'file') return req.items.map(fileTaskBytes);
  tools ??= articleTools();
  const t = tools;
  return req.items.map((a) => articleTaskBytes(a, t));
}

parentPort!.on('message', (req: TaskRequest) => {
  run(req).then(
    // The file and article results are bytes of their own (see `resultBytes`): their memory is handed over.
    (results) =>
      parentPort!.postMessage(
        { id: req.id, results } satisfies TaskResponse,
        results.flatMap((r) => (r instanceof Uint8Array ? [r.buffer as ArrayBuffer] : [])),
      ),
    (error) => parentPort!.postMessage({ id: req.id, error: (error as Error).stack ?? String(error) } satisfies TaskResponse),
  );
});
