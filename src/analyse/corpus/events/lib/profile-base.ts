/**
 * Profile bases: the part of an article's profile that depends on the
 * article alone, computed in a worker and kept in the build cache.
 */
import { termCounts, terms } from '../../../per-article/enrich/index.ts';
import type { Article } from '../../../../model/types.ts';
import { phraseShingleHashes } from '../../../../text/shingles.ts';
import type { Stemmer } from '../../../../text/stem.ts';
import { bareWord, bareWords, wordsAsWritten } from '../../../../text/words.ts';
import { FIGURE_BLOCKS, QUOTE_SHINGLE_WORDS, TITLE_WEIGHT } from '../settings.ts';
import { writtenYears } from './dates.ts';
import { figures } from './figures.ts';
import { extractQuotes } from './quotes.ts';

/**
 * What a profile takes from one article alone, before the corpus is known:
 * the tokenising, stemming and hashing that are most of a profile's cost.
 * Plain data, so a worker thread can compute it and the cache keep it; it
 * depends on the title and the story blocks only.
 */
export interface ProfileBase {
  /** Stems of the title and story blocks, distinct. */
  stems: string[];
  /** How often each of `stems` occurs (title stems `titleWeight` times). */
  tf: number[];
  /** Stems of the title. */
  titleTerms: string[];
  /** Distinct lowercase words of the title and story blocks, in the order first met. */
  words: string[];
  /** Words the story blocks write in lowercase somewhere: ordinary words, not names. */
  lower: string[];
  /** Distinct lowercase words of the title and first story block. */
  leadWords: string[];
  /** Stems of the title and first story block, repeats kept. */
  leadTerms: string[];
  /** Quotes of at least `QUOTE_MIN_WORDS` words, as written. */
  quotes: string[];
  /** Shingle hashes of the whole text, sorted. */
  textShingles: number[];
  /** Four-digit years (1800…2099) the title and story blocks write, ascending, distinct. */
  years: number[];
  /** Figures of the title and first `FIGURE_BLOCKS` story blocks, as plain lists (see `Profile.figures`). */
  figures: [string, number[]][];
}

/**
 * The base of one article's profile (see `ProfileBase`).
 *
 * @param article The article (its title is read).
 * @param blocks Its story blocks: kept blocks that are not links to other articles.
 * @param stemmer The stemmer of the archive.
 * @param titleWeight Multiplier on title terms (default: `TITLE_WEIGHT`).
 * @param counts The term counts of the same title and blocks, when already counted (default: counted here).
 */
export function profileBase(
  article: Article,
  blocks: readonly string[],
  stemmer: Stemmer,
  titleWeight = TITLE_WEIGHT,
  counts: ReadonlyMap<string, number> = termCounts(article, stemmer, titleWeight, blocks).counts,
): ProfileBase {
  // One pass over the text: its lowercase words, and the words its body
  // writes in lowercase somewhere, which are ordinary words and not names
  // (a headline in title case makes "Arrested" look like one).
  const list = bareWords(article.title);
  const lower = new Set<string>();
  for (const b of blocks) {
    for (const w of wordsAsWritten(b)) {
      const lw = bareWord(w.toLowerCase());
      list.push(lw);
      if (/^\p{Ll}/u.test(w)) lower.add(lw);
    }
  }
  const lead = [article.title, blocks[0] ?? ''].join('\n');
  return {
    stems: [...counts.keys()],
    tf: [...counts.values()],
    titleTerms: terms(article.title, stemmer).map((t) => t.stem),
    words: [...new Set(list)],
    lower: [...lower],
    leadWords: [...new Set(bareWords(lead))],
    leadTerms: terms(lead, stemmer).map((t) => t.stem),
    quotes: extractQuotes(blocks),
    textShingles: phraseShingleHashes(list, QUOTE_SHINGLE_WORDS),
    years: writtenYears([article.title, ...blocks]),
    figures: [...figures([article.title, ...blocks.slice(0, FIGURE_BLOCKS)])].map(([unit, values]) => [unit, [...values]]),
  };
}
