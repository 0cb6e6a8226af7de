/** Shapes of lines: does a block read like a story sentence, a headline, a quote? */
import { STORY_SENTENCE_WORDS, HEADLINE_MAX_WORDS } from '../settings.ts';
import { words } from './keys.ts';

/** Closing quotes and brackets that may follow a sentence's final stop. */
const SENTENCE_END = /[.!?…](?:["”’'»)\]]+)?\s*$|[.!?]["”’'»]\s*\S{0,3}$/;

/** Number of words, as the fingerprint stage counts them. */
export function wordCount(text: string): number {
  return words(text).length;
}

/** Ends like a sentence: a full stop, question or exclamation mark, maybe inside quotes. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** A sentence of at least `STORY_SENTENCE_WORDS` words: story-shaped. */
export function isStorySentence(text: string, count = wordCount(text)): boolean {
  return count >= STORY_SENTENCE_WORDS && endsLikeSentence(text);
}

/**
 * Headline-shaped: 2 to `HEADLINE_MAX_WORDS` words, no closing full stop (a
 * question or exclamation mark, or an ellipsis, may close it), a capital,
 * digit first (after at most three marks such as quotes or `*`).
 */
export function isHeadline(text: string, count = wordCount(text)): boolean {
  if (count < 2 || count > HEADLINE_MAX_WORDS) return false;
  if (/(?<!\.\.)\.["”’'»)]*\s*$/.test(text)) return false;
  if (/[:;,]\s*$/.test(text)) return false;
  return /^[^\p{L}\p{N}]{0,3}[\p{Lu}\p{N}]/u.test(text);
}

/** Holds a quotation: double quotes, or single quotes around several words. */
export function hasQuote(text: string): boolean {
  return /[“”"«»]/.test(text) || /(?:^|\s)[‘'][^’']{12,}[’']/.test(text);
}

/** Sentence breaks inside a text: a stop, space, a capital; not after an initial or a short abbreviation. */
const BREAK = /(?<![\s.]\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Inc|Ltd|Co|vs))[.!?]["”’)]?\s+["“‘(]?\p{Lu}/gu;

/** Number of sentences of a text, roughly. */
export function sentenceCount(text: string): number {
  return 1 + (text.match(BREAK)?.length ?? 0);
}

/** A month's name or its abbreviation, anywhere in a line. */
export const MONTH_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;
/** A date written in figures ("08/03/2023", "2023-08-03"). */
export const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;
/** A clock time ("9:24", "10 am"). */
export const CLOCK_TIME = /\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b/i;

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d\\d';
const CLOCK = '(?:\\d{1,2}\\s?[:.]\\s?\\d{2}(?:\\s?[ap]\\.?\\s?m\\.?)?|\\d{1,2}\\s?[ap]\\.?\\s?m\\.?)(?:\\s+[a-z]{2,4})?';
const BARE_DATE = new RegExp(
  `^\\(?(?:${CLOCK}\\s*,?\\s+)?(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+${DAY},?\\s+${YEAR}|${DAY}\\s+${MONTH},?\\s+${YEAR}|\\d{1,2}\\s?[/.]\\s?\\d{1,2}\\s?[/.]\\s?(?:${YEAR}|\\d{2}))\\)?(?:\\s*(?:[,|–—-]|at)?\\s*${CLOCK})?[\\s–—-]*$`,
  'iu',
);

/**
 * A date and nothing else, with or without a weekday or a clock time ("May
 * 02, 2013", "(March 20, 2007)", "2 A.M. FEB. 4, 2009"): a page's stamp, or
 * the story's own; never a headline.
 */
export function isBareDate(text: string): boolean {
  return BARE_DATE.test(text.trim());
}
