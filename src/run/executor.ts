/**
 * The executor of the analysis's per-article steps: a result whose key is
 * in the cache is read from it; the others are computed on worker threads
 * when there are enough of them, else on the main thread, and stored.
 * Every result, wherever it comes from, is decoded from the bytes the cache
 * stores, so a cached build and an uncached one see the same data.
 */
import type { AnyStep, Executor, Intern, ResultsOf } from '../analyse/index.ts';
import { runStep } from './workers/jobs.ts';
import { MIN_ITEMS_FOR_WORKERS, STEPS_JOB, WorkerPool, type Progress } from './workers/pool.ts';

/**
 * Where results are kept between builds: the analysis store (`store.ts`).
 * `get` gives the
 * decoded JSON of an entry; `release` says a step is done with its kind.
 */
export interface ResultStore {
  get<T>(kind: string, key: string): T | undefined | Promise<T | undefined>;
  setBytes(kind: string, key: string, json: Uint8Array): void | Promise<void>;
  release(kind: string): void | Promise<void>;
}

/** Options of `createExecutor`. */
export interface ExecutorOptions {
  /** The persistent store of results (default: none, everything is computed). */
  cache?: ResultStore | null;
  /** Worker threads (default: `0`, the main thread does the work). */
  workers?: number;
  /** Told how many of the items to compute are done, by the name of the first step (default: not told). */
  onProgress?: (step: string, done: number, total: number) => void;
  /** Fewest items to compute for which threads are started (default: `MIN_ITEMS_FOR_WORKERS`). */
  minItemsForWorkers?: number;
}

/** Items done on the main thread between two progress reports. */
const PROGRESS_EVERY = 100;
/** Cache entries read at once (entries): enough to overlap the reads of shards, few enough to hold. */
const READ_BATCH = 1000;

/** A new `Intern`, for the results of one map. */
function interner(): Intern {
  const seen = new Map<string, string>();
  return (s) => {
    const t = seen.get(s);
    if (t !== undefined) return t;
    seen.set(s, s);
    return s;
  };
}

/** One map of steps over items: where each result is put as it is read or computed. */
interface Mapping<I> {
  steps: readonly AnyStep<I>[];
  items: readonly I[];
  /** `keys[s][i]`: the key of item `i` for step `s`. */
  keys: string[][];
  /** `results[s][i]`: the result of step `s` for item `i`. */
  results: unknown[][];
  intern: Intern;
}

/**
 * Runs steps through the cache, the worker threads or the main thread. The
 * threads of a map start when it has enough to compute and stop when it
 * ends, so that their heaps do not outlive the step.
 */
export class StepExecutor implements Executor {
  readonly #cache: ResultStore | null;
  readonly #workers: number;
  readonly #onProgress: ExecutorOptions['onProgress'];
  readonly #minItemsForWorkers: number;
  /** Each step's tools on the main thread, made once per executor. */
  readonly #tools = new Map<string, unknown>();

  constructor(options: ExecutorOptions = {}) {
    this.#cache = options.cache ?? null;
    this.#workers = options.workers ?? 0;
    this.#onProgress = options.onProgress;
    this.#minItemsForWorkers = options.minItemsForWorkers ?? MIN_ITEMS_FOR_WORKERS;
  }

  async map<I, const S extends readonly AnyStep<I>[]>(steps: S, items: readonly I[]): Promise<ResultsOf<S>> {
    const m: Mapping<I> = {
      steps,
      items,
      keys: steps.map((s) => items.map((item) => s.key(item))),
      results: steps.map(() => new Array(items.length)),
      intern: interner(),
    };
    const missing = await this.#read(m);
    const progress: Progress | undefined = this.#onProgress && ((done, total) => this.#onProgress!(steps[0]!.name, done, total));
    if (this.#workers > 0 && missing.length >= this.#minItemsForWorkers) await this.#onThreads(m, missing, progress);
    else await this.#here(m, missing, progress);
    // No step reads its entries twice in a build: what they hold is let go.
    for (const s of steps) await this.#cache?.release(s.name);
    return m.results as ResultsOf<S>;
  }

  /** Decodes the cached results; returns the indexes of the items some step has no entry for. */
  async #read<I>(m: Mapping<I>): Promise<number[]> {
    const cache = this.#cache;
    if (!cache) return m.items.map((_, i) => i);
    const missing: number[] = [];
    for (let at = 0; at < m.items.length; at += READ_BATCH) {
      const end = Math.min(at + READ_BATCH, m.items.length);
      const stored = await Promise.all(m.steps.map((s, k) => Promise.all(m.keys[k]!.slice(at, end).map((key) => cache.get<unknown>(s.name, key)))));
      for (let i = at; i < end; i++) {
        if (stored.some((list) => list[i - at] === undefined)) missing.push(i);
        else m.steps.forEach((s, k) => (m.results[k]![i] = s.decode(stored[k]![i - at], m.intern)));
      }
    }
    return missing;
  }

  /** Stores the bytes of item `i`'s results (one per step) and decodes them. */
  async #keep<I>(m: Mapping<I>, i: number, bytes: readonly Uint8Array[]): Promise<void> {
    for (let k = 0; k < m.steps.length; k++) {
      await this.#cache?.setBytes(m.steps[k]!.name, m.keys[k]![i]!, bytes[k]!);
      m.results[k]![i] = m.steps[k]!.decode(fromEntryBytes(bytes[k]!), m.intern);
    }
  }

  /** Computes the missing items on the main thread. */
  async #here<I>(m: Mapping<I>, missing: readonly number[], progress?: Progress): Promise<void> {
    const tools = m.steps.map((s) => {
      if (!this.#tools.has(s.name)) this.#tools.set(s.name, s.tools?.());
      return this.#tools.get(s.name);
    });
    for (let n = 0; n < missing.length; n++) {
      const item = m.items[missing[n]!]!;
      await this.#keep(m, missing[n]!, m.steps.map((s, k) => runStep(s, item, tools[k])));
      if (progress && ((n + 1) % PROGRESS_EVERY === 0 || n + 1 === missing.length)) progress(n + 1, missing.length);
    }
  }

  /** Computes the missing items on worker threads, keeping each batch's results as it comes back. */
  async #onThreads<I>(m: Mapping<I>, missing: readonly number[], progress?: Progress): Promise<void> {
    const pool = new WorkerPool(this.#workers);
    try {
      const refs = m.steps.map((s) => ({ module: s.module, name: s.name }));
      await pool.map<I, Uint8Array[]>(STEPS_JOB, refs, missing.map((i) => m.items[i]!), {
        ...(progress ? { progress } : {}),
        each: async (at, results) => {
          for (let n = 0; n < results.length; n++) await this.#keep(m, missing[at + n]!, results[n]!);
        },
      });
    } finally {
      await pool.close();
    }
  }
}

/** An executor over `options.cache` and `options.workers` threads. */
export function createExecutor(options: ExecutorOptions = {}): StepExecutor {
  return new StepExecutor(options);
}

/** The value an entry's bytes (the UTF-8 of its JSON) hold: how a result is read back from the store's bytes. */
function fromEntryBytes<T>(bytes: Uint8Array): T {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as T;
}
