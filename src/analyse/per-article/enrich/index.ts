/**
 * Enrich: dates from datelines, named entities and keywords.
 */
export {
  commonNouns,
  copyrightDate,
  datedFromText,
  datelineBlocks,
  enrich,
  isProse,
  isTitleCase,
  loadNlp,
  readNames,
  settleDateOrder,
  statedDate,
  tagArticle,
} from './lib/enrich.ts';
export type { ArticleNames, EnrichOptions, Nlp } from './lib/enrich.ts';
export { extractEntities, nameMentions } from './lib/entities.ts';
export type { TaggedSentence, TaggedToken } from './lib/entities.ts';
export { numericDate, readDateline, swapDayMonth, tidyDate, tidyNumbers } from './lib/dateline.ts';
export { pageStampDate, pageStamps, stampDate } from './lib/page-stamps.ts';
export type { Dateline } from './lib/dateline.ts';
export { keywords, keywordsOfLists, termCounts, idf } from './lib/keywords.ts';
export type { TermCounts, TermLists } from './lib/keywords.ts';
export { articleText, keptBlocks, terms } from './lib/terms.ts';
export { isReference, storyProse } from './lib/story-run.ts';
export type { Term } from './lib/terms.ts';
