/**
 * A worker thread of the pool: runs file and article tasks (see tasks.ts)
 * in batches, one batch at a time, and posts the results back.
 */
import { parentPort } from 'node:worker_threads';
import { articleTask, articleTools, fileTask, type ArticleTools } from './tasks.ts';
import type { Article, SourceFile } from '../types.ts';

export type TaskRequest =
  | { id: number; task: 'file'; items: SourceFile[] }
  | { id: number; task: 'article'; items: Article[] };

export type TaskResponse = { id: number; results: unknown[] } | { id: number; error: string };

let tools: ArticleTools | null = null;

parentPort!.on('message', (req: TaskRequest) => {
  try {
    let results: unknown[];
    if (req.task === 'file') results = req.items.map(fileTask);
    else {
      tools ??= articleTools();
      const t = tools;
      results = req.items.map((a) => articleTask(a, t));
    }
    parentPort!.postMessage({ id: req.id, results } satisfies TaskResponse);
  } catch (error) {
    parentPort!.postMessage({ id: req.id, error: (error as Error).stack ?? String(error) } satisfies TaskResponse);
  }
});
