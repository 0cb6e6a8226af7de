/**
 * A worker thread of the pool: runs the job a request names (see jobs.ts)
 * over the request's batch of items and posts the results back; byte
 * results are handed over, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { toPlainError, type PlainError } from '../errors.ts';
import type { Job, JobRef } from './jobs.ts';

/** A batch of work for a thread. */
export interface TaskRequest {
  id: number;
  job: JobRef;
  args: unknown;
  items: unknown[];
}

/** A batch's results, or the error that stopped it, with its causes (see `toPlainError`). */
export type TaskResponse = { id: number; results: unknown[] } | { id: number; error: PlainError };

async function run(req: TaskRequest): Promise<unknown[]> {
  const job = (await import(req.job.module))[req.job.name] as Job | undefined;
  if (typeof job !== 'function') throw new Error(`No job named "${req.job.name}" is exported by ${req.job.module}.`);
  return job(req.items, req.args);
}

/** The buffers of the byte arrays among `results` (nested one level deep), to hand over with the message. */
function transferable(results: unknown[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const r of results) {
    if (r instanceof Uint8Array) out.push(r.buffer as ArrayBuffer);
    else if (Array.isArray(r)) for (const x of r) if (x instanceof Uint8Array) out.push(x.buffer as ArrayBuffer);
  }
  return out;
}

parentPort!.on('message', (req: TaskRequest) => {
  run(req).then(
    (results) => parentPort!.postMessage({ id: req.id, results } satisfies TaskResponse, transferable(results)),
    (error) => parentPort!.postMessage({ id: req.id, error: toPlainError(error) } satisfies TaskResponse),
  );
});
