/**
 * A pool of worker threads. Work is sent in batches to whichever worker has
 * the fewest batches waiting; a job names the module and export a thread
 * runs (see jobs.ts), and each thread loads a module (and a step's tools,
 * such as the language model) once.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CustomRecord } from 'pagefind';
import type { IndexFile } from '../../output/indexer.ts';
import { fromPlainError, WorkerExitError } from '../errors.ts';
import type { JobRef } from './jobs.ts';
import type { TaskRequest, TaskResponse } from './worker.ts';

const JOBS = new URL(`./jobs${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

/** The job that runs analysis steps (see `runSteps`). */
export const STEPS_JOB: JobRef = { module: JOBS, name: 'runSteps' };
/** The job that indexes search shards (see `indexSearchShards`). */
const SEARCH_JOB: JobRef = { module: JOBS, name: 'indexSearchShards' };

/** How `WorkerPool.map` sends its items. */
export interface MapOptions<O> {
  /** Told how many items are done, as batches come back (default: not told). */
  progress?: Progress;
  /** Items in one message (default: `BATCH_SIZE`). */
  batch?: number;
  /** Batches in flight per worker (default: `2`). */
  perWorker?: number;
  /**
   * Given each batch's results as they come back, in no set order; they are
   * then not kept (the returned list is empty), so that a caller that keeps
   * only a part of each result does not hold all of them at once (default:
   * the results are returned in order).
   */
  each?: Each<O>;
}

/** Articles in one message to a worker: big enough that messaging costs little, small enough to share work evenly. */
export const BATCH_SIZE = 25;
/**
 * Fewest items for which a pool is worth starting: a thread first loads the
 * steps' modules and tools (the language model), which costs as much as
 * computing a few hundred articles.
 */
export const MIN_ITEMS_FOR_WORKERS = 400;

/** Default number of workers: one per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Told how many of the items are done, as batches come back. */
export type Progress = (done: number, total: number) => void;

/** Given the results of the items from index `at` on, as each batch comes back. */
export type Each<O> = (at: number, results: O[]) => void | Promise<void>;

interface Slot {
  worker: Worker;
  waiting: number;
}

export class WorkerPool {
  readonly size: number;
  #slots: Slot[] = [];
  #next = 1;
  #pending = new Map<number, { resolve: (r: unknown[]) => void; reject: (e: Error) => void; slot: Slot }>();

  constructor(size: number) {
    this.size = size;
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const module = new URL(`./worker${ext}`, import.meta.url).href;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./boot.js', import.meta.url), { workerData: { module } });
      const slot: Slot = { worker, waiting: 0 };
      worker.on('message', (res: TaskResponse) => {
        const p = this.#pending.get(res.id);
        if (!p) return;
        this.#pending.delete(res.id);
        p.slot.waiting--;
        if ('error' in res) p.reject(fromPlainError(res.error));
        else p.resolve(res.results);
      });
      const fail = (error: Error) => {
        for (const [id, p] of this.#pending) {
          if (p.slot === slot) {
            this.#pending.delete(id);
            p.reject(error);
          }
        }
      };
      worker.on('error', fail);
      // A worker that stops without an error (terminated, or out of memory) fails what it still had.
      worker.on('exit', (code) => fail(new WorkerExitError(code)));
      this.#slots.push(slot);
    }
  }

  #send(job: JobRef, args: unknown, items: unknown[]): Promise<unknown[]> {
    const slot = this.#slots.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    const id = this.#next++;
    slot.waiting++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ id, job, args, items } satisfies TaskRequest);
    });
  }

  /**
   * Runs `job` (with `args`) over `items` in batches, a few batches per
   * worker in flight (so inputs are not all copied at once); the results in
   * the order of `items`, or handed to `options.each`.
   */
  async map<I, O>(job: JobRef, args: unknown, items: readonly I[], options: MapOptions<O> = {}): Promise<O[]> {
    const { progress, batch = BATCH_SIZE, perWorker = 2, each } = options;
    const out: unknown[][] = [];
    let next = 0;
    let done = 0;
    let stopped = false;
    const lane = async () => {
      while (!stopped && next < items.length) {
        const at = next;
        next += batch;
        const results = await this.#send(job, args, items.slice(at, at + batch)).catch((error: unknown) => {
          stopped = true;
          throw error;
        });
        if (each) await each(at, results as O[]);
        else out[at / batch] = results;
        done += results.length;
        progress?.(done, items.length);
      }
    };
    // Every lane settles before the first failure is reported, so that no worker is still busy
    // (with a Pagefind service running, say) when the caller closes the pool.
    const settled = await Promise.allSettled(Array.from({ length: this.size * perWorker }, lane));
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return out.flat() as O[];
  }

  /** Indexes search shards (records in, bundle files out), one shard at a time on each worker. */
  search(shards: CustomRecord[][]): Promise<IndexFile[][]> {
    return this.map(SEARCH_JOB, null, shards, { batch: 1, perWorker: 1 });
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
    this.#slots = [];
  }
}
