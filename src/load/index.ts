/**
 * Load: every file under the content folder, recursively, decoded to
 * text. Files that are not articles are reported in `skipped` with a reason.
 */
export { load } from './load.ts';
export { decode, decodeHtml, declaredEncoding } from './decode.ts';
export type { LoadOptions, LoadResult } from './load.ts';
