/**
 * Stage 1, load: every file under the content folder, recursively, decoded to
 * text. Files that are not articles are reported in `skipped` with a reason.
 */
export { load, decode } from './load.ts';
export type { LoadOptions, LoadResult } from './load.ts';
