/**
 * Keywords: an article's terms ranked by TF-IDF over the corpus being built.
 */
import type { Article } from '../../../../model/types.ts';
import { KEYWORD_COUNT, TITLE_WEIGHT } from '../settings.ts';
import { byCodeUnits } from '../../../../text/compare.ts';
import type { Stemmer } from '../../../../text/stem.ts';
import { keptBlocks, terms } from './terms.ts';

/** Term counts of one article, with the word each stem was most often written as. */
export interface TermCounts {
  counts: Map<string, number>;
  surface: Map<string, string>;
}

/**
 * Count an article's terms, its title's counted `titleWeight` times.
 *
 * @param titleWeight Multiplier on title terms (default: `TITLE_WEIGHT`, 2).
 * @param blocks Texts of the body blocks to count (default: the kept blocks, `keptBlocks(article)`).
 */
export function termCounts(article: Article, stemmer: Stemmer, titleWeight = TITLE_WEIGHT, blocks?: readonly string[]): TermCounts {
  const counts = new Map<string, number>();
  const wordCounts = new Map<string, Map<string, number>>();
  const add = (text: string, weight: number) => {
    for (const t of terms(text, stemmer)) {
      counts.set(t.stem, (counts.get(t.stem) ?? 0) + weight);
      let w = wordCounts.get(t.stem);
      if (!w) wordCounts.set(t.stem, (w = new Map()));
      w.set(t.word, (w.get(t.word) ?? 0) + 1);
    }
  };
  add(article.title, titleWeight);
  for (const b of blocks ?? keptBlocks(article)) add(b, 1);
  const surface = new Map<string, string>();
  for (const [stem, ws] of wordCounts) {
    let best = '';
    let bestN = -1;
    for (const [w, n] of ws) if (n > bestN || (n === bestN && byCodeUnits(w, best) < 0)) [best, bestN] = [w, n];
    surface.set(stem, best);
  }
  return { counts, surface };
}

/** Smoothed inverse document frequency: `ln((1 + n) / (1 + df)) + 1`. */
export function idf(documents: number, df: number): number {
  return Math.log((1 + documents) / (1 + df)) + 1;
}

/**
 * The archive size the keywords' IDF is taken against: the number of
 * articles rounded up to a power of two. With the size itself, every new
 * article would add the same amount to the IDF of every word, which favours
 * frequent words over rare ones in every article, and keywords near the cut
 * of articles that have nothing to do with the new one would change places,
 * and with them their topic pages and feeds. Rounded, a new article changes
 * only the weights of the words it contains, until the archive doubles.
 */
export function idfDocuments(articles: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, articles)));
}

/** Steps of a word's document frequency per doubling (see `steppedDf`). */
const DF_STEPS_PER_DOUBLING = 4;

/**
 * A word's document frequency as the keywords' IDF reads it: rounded up to
 * a step of a geometric scale (four to a doubling, about 19 % apart). With
 * the count itself, every new article that uses a common word ("officials",
 * "arrest") moves that word's weight in every old article that uses it too,
 * and keywords near the cut of those articles change places; stepped, the
 * weight moves only when the count crosses a step.
 */
export function steppedDf(df: number): number {
  return df <= 1 ? df : 2 ** (Math.ceil(Math.log2(df) * DF_STEPS_PER_DOUBLING) / DF_STEPS_PER_DOUBLING);
}

/**
 * Keywords of every article: terms by sublinear TF-IDF (`(1 + ln tf) · idf`,
 * over `idfDocuments` articles and `steppedDf` documents), numbers left out, ties by term. Returns one
 * list per article, in order.
 *
 * @param count Keywords per article (default: `KEYWORD_COUNT`, 10).
 */
export function keywords(all: readonly TermCounts[], count = KEYWORD_COUNT, nouns?: readonly ReadonlySet<string>[]): string[][] {
  return keywordsOfLists(
    all.map((tc) => {
      const stems = [...tc.counts.keys()];
      return { stems, tf: [...tc.counts.values()], surface: stems.map((s) => tc.surface.get(s) as string) };
    }),
    count,
    nouns,
  );
}

/** Term counts of one article as three parallel lists: the stems, their counts, the word each was most often written as. */
export interface TermLists {
  stems: readonly string[];
  tf: readonly number[];
  surface: readonly string[];
}

/**
 * `keywords` over term counts kept as lists (the form a build holds 50,000
 * of). With `nouns`, an article's keywords are only words it uses as common
 * nouns (`commonNouns`); every term still counts in the IDF.
 */
export function keywordsOfLists(all: readonly TermLists[], count = KEYWORD_COUNT, nouns?: readonly ReadonlySet<string>[]): string[][] {
  const df = new Map<string, number>();
  for (const tl of all) for (const stem of tl.stems) df.set(stem, (df.get(stem) ?? 0) + 1);
  const documents = idfDocuments(all.length);
  return all.map((tl, i) => {
    const scored: [string, number][] = [];
    const eligible = nouns?.[i];
    for (let k = 0; k < tl.stems.length; k++) {
      const word = tl.surface[k] as string;
      if (/^\d+$/u.test(word) || word.length < 3 || (eligible && !eligible.has(word))) continue;
      scored.push([word, (1 + Math.log(tl.tf[k] as number)) * idf(documents, steppedDf(df.get(tl.stems[k] as string) ?? 0))]);
    }
    scored.sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]));
    const out: string[] = [];
    for (const [w] of scored) {
      if (!out.includes(w)) out.push(w);
      if (out.length >= count) break;
    }
    return out;
  });
}
