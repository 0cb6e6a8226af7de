/**
 * Terms: the lowercase, stemmed content words of a text, as used by the
 * keyword extraction (stage 6) and by the event features (stage 7).
 */
import type { Article } from '../../../../model/types.ts';
import type { Stemmer } from '../../../../text/stem.ts';
import { STOPWORDS } from '../../../../text/stopwords.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The lowercase words of a text in order, possessive endings removed
 * ("Lohan's" → "lohan"), hyphenated words split.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) out.push(wordForm(m[0]));
  return out;
}

/** A lowercase word as `words` gives it: a possessive ending and apostrophes dropped ("lohan's" → "lohan"). */
export function wordForm(lowercase: string): string {
  return lowercase.includes("'") || lowercase.includes('’') ? lowercase.replace(/['’]s$/u, '').replace(/['’]/gu, '') : lowercase;
}

/** A term and the word it was most often written as. */
export interface Term {
  stem: string;
  word: string;
}

/**
 * The content terms of a text: words that are not stop words, at least two
 * characters long, not a lone digit run shorter than two, stemmed.
 */
export function terms(text: string, stemmer: Stemmer): Term[] {
  const out: Term[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    if (/^\d+$/u.test(w) && w.length < 2) continue;
    out.push({ stem: stemmer.stem(w), word: w });
  }
  return out;
}

/** The kept body blocks of an article (blocks a stage has removed are left out). */
export function keptBlocks(article: Article): string[] {
  return article.blocks.filter((b) => !b.removed && b.text.trim() !== '').map((b) => b.text);
}

/** Title and kept body of an article as one text, blocks on their own lines. */
export function articleText(article: Article): string {
  return [article.title, ...keptBlocks(article)].join('\n');
}
