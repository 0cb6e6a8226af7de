/**
 * What a worker thread runs: the analysis's steps over a batch of items, and
 * search shards to index. Each is a job, `(items, args) => results`, that
 * the pool names by module and export (see `JobRef`).
 */
import type { CustomRecord } from 'pagefind';
import type { AnyStep } from '../../analyse/index.ts';
import type { IndexFile } from '../../output/indexer.ts';
import { StepError } from '../errors.ts';

/** Where a job or a step is exported: a module's URL and the name it goes by. */
export interface JobRef {
  module: string;
  name: string;
}

/** A function of a batch of items that a worker thread runs. */
export type Job = (items: unknown[], args: unknown) => unknown[] | Promise<unknown[]>;

const encoder = new TextEncoder();

/**
 * A step's result as the UTF-8 bytes of its encoded JSON. A worker sends
 * these bytes (their memory moves to the main thread, not a copy), the main
 * thread stores them as they are and decodes the result from them as it
 * decodes one from the store: a result computed in this build and one read
 * from the store are the same data.
 */
export function resultBytes<I>(step: AnyStep<I>, result: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(step.encode(result)));
}

/** `step` on one item, its result as bytes (see `resultBytes`); a failure is a `StepError` that names the item's file. */
export function runStep<I>(step: AnyStep<I>, item: I, tools: unknown): Uint8Array {
  try {
    return resultBytes(step, step.run(item, tools));
  } catch (cause) {
    throw new StepError(step.name, step.fileOf?.(item) ?? null, { cause });
  }
}

/** The step `ref` names: the export of its module whose `name` it is. */
export async function loadStep(ref: JobRef): Promise<AnyStep<unknown>> {
  const exports = Object.values(await import(ref.module)) as { name?: unknown; run?: unknown }[];
  const step = exports.find((e) => typeof e === 'object' && e !== null && e.name === ref.name && typeof e.run === 'function');
  if (!step) throw new Error(`No step named "${ref.name}" is exported by ${ref.module}.`);
  return step as AnyStep<unknown>;
}

/** Steps and their tools, loaded once per thread. */
const loaded = new Map<string, Promise<{ step: AnyStep<unknown>; tools: unknown }>>();

function stepOf(ref: JobRef): Promise<{ step: AnyStep<unknown>; tools: unknown }> {
  const id = `${ref.module}#${ref.name}`;
  let s = loaded.get(id);
  if (!s) {
    s = loadStep(ref).then((step) => ({ step, tools: step.tools?.() }));
    loaded.set(id, s);
  }
  return s;
}

/** Job: every step of `args` (a list of `JobRef`) over each item; for each item, one result's bytes per step. */
export const runSteps: Job = async (items, args) => {
  const steps = await Promise.all((args as JobRef[]).map(stepOf));
  return items.map((item) => steps.map(({ step, tools }) => runStep(step, item, tools)));
};

/** Job: indexes search shards (records in, bundle files out), one Pagefind service for the batch. */
export const indexSearchShards: Job = async (items) => {
  // Loaded here, so that a thread that runs steps does not load Pagefind.
  const { closeIndexer, indexRecords } = await import('../../output/indexer.ts');
  try {
    const results: IndexFile[][] = [];
    for (const records of items as CustomRecord[][]) results.push(await indexRecords(records));
    return results;
  } finally {
    // Stopped after each batch, so that no process outlives the pool.
    await closeIndexer();
  }
};
