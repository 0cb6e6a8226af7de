// Entry of a worker thread: registers tsx when the sources are TypeScript, then loads the worker module.
import { workerData } from 'node:worker_threads';

if (workerData.module.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.module);
