/**
 * Parse: each source file to an Article — front matter checked
 * against one schema, title, outlet and language read from the text when the
 * front matter does not give them (a date the text states is enrich's to
 * read, in that language), body to blocks.
 */
export { assignArticleIds, parse, parseFile } from './parse.ts';
export type { ParseResult, FileParseResult } from './parse.ts';
export { frontMatterSchema, type FrontMatter } from '../../../model/schema.ts';
export { dateIn, readsAsHeadline, headlineFromLead, findOutlet, directionOf, hasOwnHeadline } from './infer.ts';
export { keptText, plainText } from './blocks.ts';
export { datesIn, DATE_LANGUAGES } from './dates.ts';
export { detectLanguage, languageSample, type DetectedLanguage } from './language.ts';
