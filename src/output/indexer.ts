/**
 * Pagefind, driven through its Node API: one shard's records in, its
 * bundle's files out. Kept apart from `search.ts` so that a worker thread
 * that indexes loads Pagefind alone.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

/** A file of one bundle: path relative to the bundle's folder. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/**
 * Indexes one shard's records with Pagefind and returns its bundle's files.
 * Pagefind runs as a service process per module instance (one per thread),
 * started on first use; `closeIndexer` stops it.
 */
export async function indexRecords(records: readonly pagefind.CustomRecord[]): Promise<IndexFile[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const r of records) {
    const added = await index.addCustomRecord(r);
    if (added.errors.length) throw new Error(`Pagefind could not index ${r.url}: ${added.errors.join('; ')}`);
  }
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw new Error(`Pagefind could not write its index: ${fileErrors.join('; ')}`);
  await index.deleteIndex();
  return files.map((f) => ({ path: f.path.split(path.sep).join('/'), content: f.content }));
}

/** Stops this thread's Pagefind service. */
export async function closeIndexer(): Promise<void> {
  await pagefind.close();
}
