/**
 * The body HTML as a per-article step, so that the executor caches it and
 * runs it on worker threads with the analysis's enrich step (see
 * `AnalyseOptions.perArticle`).
 */
import type { CleanArticle, Step } from '../analyse/index.ts';
import { renderBody } from './body.ts';

/** Body HTML of a clean article, keyed by the digest of its clean content. */
export const bodyStep: Step<CleanArticle, string> = {
  name: 'body',
  module: import.meta.url,
  key: (c) => c.key,
  fileOf: (c) => c.article.file,
  run: (c) => renderBody(c.article.blocks),
  encode: (html) => html,
  decode: (data) => data as string,
};
