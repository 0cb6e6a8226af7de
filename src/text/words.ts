/**
 * Words: the letters-and-digits runs every phase splits texts into, in two
 * forms.
 *
 * - `words` keeps an apostrophe inside a word ("mayor's", "rock'n'roll"),
 *   written `'` however it was typed: the fingerprint's shingles and the
 *   boilerplate's exact-text keys, where "it's" and "its" are two words.
 * - `bareWords` drops a possessive ending and every apostrophe ("mayor",
 *   "rocknroll"): the terms, names and quotes that enrich and events
 *   compare, where "Lohan's" is the name "Lohan".
 *
 * Both exist because each is part of what its phase stores and compares
 * (fingerprints, cached profile bases); they split a text at the same
 * places.
 */

/** A word: letters and digits of any script, apostrophes followed by letters inside it. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * `WORD` for a text of ASCII characters only, lower-cased: there a letter is
 * a-z, a digit 0-9, and the only apostrophe is `'`. The same tokens, without
 * Unicode property lookups, for the texts (most of them) that are ASCII.
 */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)*/g;

/** Whether a text holds ASCII characters only. */
export const isAscii = (text: string): boolean => /^[\x00-\x7f]*$/.test(text);

/** Lower-cased words of `text`, apostrophes inside them written `'`; punctuation and quote styles are ignored. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  if (isAscii(lower)) return lower.match(ASCII_WORD) ?? [];
  const found = lower.match(WORD);
  if (!found) return [];
  for (let i = 0; i < found.length; i++) if (found[i]!.includes('’')) found[i] = found[i]!.replace(/’/g, "'");
  return found;
}

/** The words of `text` joined by single spaces: a key for exact-text comparison. */
export function normalizedKey(text: string): string {
  return words(text).join(' ');
}

/** The words of `text` as written, case and apostrophes kept, in order. */
export function wordsAsWritten(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A lowercase word without its possessive ending and its apostrophes ("lohan's" → "lohan", "rock'n'roll" → "rocknroll"). */
export function bareWord(lowercase: string): string {
  return lowercase.includes("'") || lowercase.includes('’') ? lowercase.replace(/['’]s$/u, '').replace(/['’]/gu, '') : lowercase;
}

/**
 * The lowercase words of a text in order, possessive endings and
 * apostrophes removed ("Lohan's" → "lohan"), hyphenated words split: the
 * `words` of the text, each made a `bareWord`.
 */
export function bareWords(text: string): string[] {
  const found = words(text);
  for (let i = 0; i < found.length; i++) if (found[i]!.includes("'")) found[i] = bareWord(found[i]!);
  return found;
}

/**
 * The words of a text, lowercase, possessives and apostrophes dropped, one
 * space between them, in one pass of three replacements: the key link
 * blocks are compared by. It differs from `bareWords(text).join(' ')` at a
 * few odd apostrophes only ("x'9" gives "x9", not "x 9"; "a's's" gives "a").
 */
export function bareWordKey(text: string): string {
  const lower = text.toLowerCase();
  // ASCII only: the same replacements without Unicode property lookups (see `words`).
  if (isAscii(lower)) return lower.replace(/'s(?![a-z0-9])/g, '').replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return lower
    .replace(/['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/['’]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
