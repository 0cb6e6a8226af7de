/**
 * Terms: the lowercase, stemmed content words of a text, as used by the
 * keyword extraction (enrich) and by the event features (events).
 */
import type { Article } from '../../../../model/types.ts';
import type { Stemmer } from '../../../../text/stem.ts';
import { STOPWORDS } from '../../../../text/stopwords.ts';
import { bareWords } from '../../../../text/words.ts';

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
  for (const w of bareWords(text)) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    if (/^\d+$/u.test(w) && w.length < 2) continue;
    out.push({ stem: stemmer.stem(w), word: w });
  }
  return out;
}

/** The kept story blocks of an article (blocks a pass has removed, and pictures with their captions, are left out). */
export function keptBlocks(article: Article): string[] {
  // A picture's alternative text and caption say what the picture shows, not what the story says.
  return article.blocks.filter((b) => !b.removed && b.kind !== 'figure' && b.text.trim() !== '').map((b) => b.text);
}

/** Title and kept body of an article as one text, blocks on their own lines. */
export function articleText(article: Article): string {
  return [article.title, ...keptBlocks(article)].join('\n');
}
