/**
 * What the analysis asks of whoever runs its per-article steps: a step is a
 * pure function of one item with a name, a key and a codec, and an executor
 * maps steps over items. Whether a result comes from a cache, a worker
 * thread or the main thread is the executor's business (`src/run/`), not the
 * analysis's.
 */
import { createHash } from 'node:crypto';

/** One copy of each string: results that crossed a thread or came from a store hold their own copy of every word. */
export type Intern = (s: string) => string;

/** A step of the analysis that is a function of one item (a file, an article). */
export interface Step<I, O, Tools = undefined> {
  /** Unique among steps: the store's kind of its results, the label of its progress. */
  readonly name: string;
  /** URL of a module that exports this step (its `import.meta.url`), so that a worker thread can load it. */
  readonly module: string;
  /** Digest of everything `run` reads of an item: items with one key have one result. */
  key(item: I): string;
  /** Tools made once per thread and handed to every `run` (a loaded language model; default: none). */
  tools?(): Tools;
  /** The content file an item comes from, named when the step fails on it (default: none). */
  fileOf?(item: I): string;
  /** The step: a pure function of one item. */
  run(item: I, tools: Tools): O;
  /** The result as plain JSON data, which crosses threads and is stored. */
  encode(result: O): unknown;
  /** The result back from `encode`'s data, its repeated strings through `intern`. */
  decode(data: unknown, intern: Intern): O;
}

/** Any step, for lists of steps. */
export type AnyStep<I> = Step<I, any, any>;

/** The results of each of a list of steps, in the order of the steps. */
export type ResultsOf<S extends readonly AnyStep<never>[]> = { -readonly [K in keyof S]: S[K] extends Step<never, infer O, infer _T> ? O[] : never };

/** Runs steps over items. */
export interface Executor {
  /**
   * Every step of `steps` over every item, in one pass (an item is handed
   * to a thread once, whatever the number of steps): for each step, its
   * results in the order of `items`.
   */
  map<I, const S extends readonly AnyStep<I>[]>(steps: S, items: readonly I[]): Promise<ResultsOf<S>>;
}

/** Hex SHA-256 of the parts, separated so that `['ab', 'c']` and `['a', 'bc']` differ: the key of a step's item. */
export function digest(...parts: readonly (string | number | boolean | null)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${String(p).length}:${String(p)}\u0000`);
  return h.digest('hex');
}
