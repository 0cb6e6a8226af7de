/**
 * Where the evaluation finds the project's shared material: the folder
 * `shared` beside the repository (`<root>/../shared`, holding `data/`,
 * `seeds/` and `tools/score/`). `DATELINE_SHARED` names another folder, for
 * a checkout that does not sit beside it (a git worktree, say).
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder (the one holding `package.json`). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The shared folder: `$DATELINE_SHARED`, or `shared` beside the repository. */
export function sharedDir(): string {
  const fromEnv = process.env.DATELINE_SHARED;
  return fromEnv ? resolve(fromEnv) : resolve(PROJECT_ROOT, '..', 'shared');
}

/** The labelled data folder (`<shared>/data`). */
export function sharedDataDir(): string {
  return join(sharedDir(), 'data');
}

/** Whether the labelled data is there, so the evaluation can run. */
export function hasSharedData(): boolean {
  return existsSync(sharedDataDir());
}

/** The data folder as a person would write it from the project root (`../shared/data` when it sits there). */
export function sharedDataLabel(): string {
  return relative(PROJECT_ROOT, sharedDataDir()) || '.';
}

/** The line the evaluation prints when it cannot run. */
export function missingDataMessage(): string {
  return `${sharedDataLabel()} not found: evaluation skipped`;
}
