/**
 * Atomic publishing: a site is written beside the published one and swapped
 * in only when it is complete. A build that fails, or is killed, leaves the
 * previous site whole.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The folder a new site is written to, beside `outDir`. */
export function stagingDir(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), `.${path.basename(outDir)}.staging`);
}

function retiredDir(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), `.${path.basename(outDir)}.previous`);
}

/**
 * Makes an empty staging folder. If an earlier run was killed between the two
 * renames of `publish`, the previous site is put back first.
 */
export async function prepareStaging(outDir: string): Promise<string> {
  const out = path.resolve(outDir);
  const retired = retiredDir(out);
  if (!existsSync(out) && existsSync(retired)) await rename(retired, out);
  await rm(retired, { recursive: true, force: true });
  const staging = stagingDir(out);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  return staging;
}

/** Swaps the finished staging folder in place of `outDir`. */
export async function publish(staging: string, outDir: string): Promise<void> {
  const out = path.resolve(outDir);
  const retired = retiredDir(out);
  if (existsSync(out)) await rename(out, retired);
  await rename(staging, out);
  await rm(retired, { recursive: true, force: true });
}

/** Removes a staging folder after a failed build. */
export async function discard(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}
