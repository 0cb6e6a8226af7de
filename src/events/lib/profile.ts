/**
 * Article profiles: what the event features compare, computed once per
 * article (sparse TF-IDF vectors of terms, title and names; quote shingles;
 * date).
 */
import { byCodeUnits, createStemmer, idf, keptBlocks, nameKey, termCounts, terms, words, type Stemmer } from '../../enrich/index.ts';
import { STOPWORDS } from '../../enrich/lib/stopwords.ts';
import type { Article } from '../../types.ts';
import { TITLE_WEIGHT } from '../settings.ts';
import { linkBlocks } from './links.ts';
import { extractQuotes, shingles, shinglesOfWords } from './quotes.ts';

/** A sparse vector: ids ascending, weights alongside, L2 norm 1 (or empty). */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** What the event features know about one article. */
export interface Profile {
  /** Position of the article in the input. */
  index: number;
  id: string;
  /** Body and title terms, sublinear TF-IDF. */
  text: SparseVector;
  /** Title terms, TF-IDF. */
  title: SparseVector;
  /** Names (full names and their words), IDF-weighted. */
  names: SparseVector;
  /** Title and first block terms, TF-IDF. */
  lead: SparseVector;
  /** Every lowercase word of the text. */
  words: Set<string>;
  /**
   * Words of the names the title or first block mentions (the story's core
   * participants), with their IDF over the corpus's words.
   */
  core: Map<string, number>;
  /** The words of `core` that belong to people's names: who the story is about. */
  corePeople: Set<string>;
  /** Quotes of at least `QUOTE_MIN_WORDS` words, as written. */
  quotes: string[];
  /** Shingle hashes of each quote, sorted, in the order of `quotes`. */
  quoteShingleLists: number[][];
  /** Shingle hashes of all quotes, sorted. */
  quoteShingles: number[];
  /** Shingle hashes of the whole text, sorted. */
  textShingles: number[];
  /** Date as days since 1970-01-01, or null. */
  day: number | null;
  /**
   * The latest year the title or text writes out (a four-digit year), or the
   * year of the date when that is later; null when neither is known. A report
   * mentions years up to its own, so this places an undated report in time.
   */
  year: number | null;
  /** Term ids by TF-IDF weight, highest first (blocking keys). */
  topTerms: number[];
  /** Name ids by IDF, rarest first (blocking keys). */
  topNames: number[];
}

/** Corpus statistics shared by all profiles. */
export interface Vocabulary {
  /** Term → id; ids follow the terms' code-unit order. */
  terms: Map<string, number>;
  /** Document frequency by term id. */
  termDf: Int32Array;
  names: Map<string, number>;
  nameDf: Int32Array;
  documents: number;
}

/** A word as written, for telling lowercase words from capitalised ones (same pattern as `words`). */
const WORD_CASED = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Days since 1970-01-01 of an ISO date, or null. */
export function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!m) return null;
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

/**
 * The name keys of an article: every entity's key, and each word of a
 * several-word name on its own (so "Lohan" meets "Lindsay Lohan").
 */
export function nameKeys(article: Article): string[] {
  const out = new Set<string>();
  const { people, places, organisations } = article.entities;
  for (const name of [...people, ...places, ...organisations]) {
    const key = nameKey(name);
    if (key.length < 2) continue;
    out.add(key);
    const parts = key.split(/[\s-]+/u).filter((p) => p.length > 2);
    if (parts.length > 1) for (const p of parts) out.add(`~${p}`);
  }
  return [...out].sort(byCodeUnits);
}

function vocabulary(docs: readonly (readonly string[])[]): { ids: Map<string, number>; df: Int32Array } {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of new Set(d)) df.set(k, (df.get(k) ?? 0) + 1);
  const keys = [...df.keys()].sort(byCodeUnits);
  const ids = new Map<string, number>();
  const dfs = new Int32Array(keys.length);
  keys.forEach((k, i) => {
    ids.set(k, i);
    dfs[i] = df.get(k) as number;
  });
  return { ids, df: dfs };
}

/** L2-normalised sparse vector from id → weight. */
export function sparse(entries: Map<number, number>): SparseVector {
  const ids = [...entries.keys()].sort((a, b) => a - b);
  let norm = 0;
  for (const id of ids) norm += (entries.get(id) as number) ** 2;
  norm = Math.sqrt(norm);
  const weights = new Float64Array(ids.length);
  ids.forEach((id, i) => {
    weights[i] = norm === 0 ? 0 : (entries.get(id) as number) / norm;
  });
  return { ids: Int32Array.from(ids), weights };
}

/** Cosine of two L2-normalised sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      s += (a.weights[i] as number) * (b.weights[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

const YEAR = /(?<![\p{L}\p{N}.,/:-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * The latest four-digit year (1800…2099) written in some texts, or the year of
 * `date` when later or when none is written; null when neither. Years after
 * the date are left out (a plan "by 2030" is not when the story happened).
 */
export function latestYear(texts: readonly string[], date: string | null): number | null {
  const dated = date ? Number(date.slice(0, 4)) : null;
  let latest: number | null = null;
  for (const t of texts) {
    for (const m of t.matchAll(YEAR)) {
      const y = Number(m[1]);
      if (dated !== null && y > dated) continue;
      if (latest === null || y > latest) latest = y;
    }
  }
  if (dated !== null && (latest === null || dated > latest)) return dated;
  return latest;
}

/** Options of `buildProfiles`. */
export interface ProfileOptions {
  /** Multiplier on title terms (default: `TITLE_WEIGHT`, 2). */
  titleWeight?: number;
  /** A stemmer to reuse (default: a new one). */
  stemmer?: Stemmer;
}

/**
 * Profile every article against the vocabulary of all of them.
 *
 * @param articles Enriched articles (entities filled).
 * @param options See `ProfileOptions`.
 */
export function buildProfiles(
  articles: readonly Article[],
  options: ProfileOptions = {},
): { profiles: Profile[]; vocabulary: Vocabulary } {
  const stemmer = options.stemmer ?? createStemmer();
  // Story blocks: kept blocks that are not links to other articles.
  const links = linkBlocks(articles);
  const blocksOf = articles.map((a, i) => keptBlocks(a).filter((_, k) => !(links[i] as Set<number>).has(k)));
  const counts = articles.map((a, i) => termCounts(a, stemmer, options.titleWeight ?? TITLE_WEIGHT, blocksOf[i]).counts);
  const titleTerms = articles.map((a) => terms(a.title, stemmer).map((t) => t.stem));
  // One pass over each text: its lowercase words, and the words its body
  // writes in lowercase somewhere, which are ordinary words and not names
  // (a headline in title case makes "Arrested" look like one).
  const wordLists: string[][] = [];
  const lowerWords: Set<string>[] = [];
  articles.forEach((a, i) => {
    const list = words(a.title);
    const lower = new Set<string>();
    for (const b of blocksOf[i] as string[]) {
      for (const w of b.matchAll(WORD_CASED)) {
        const lw = w[0].toLowerCase().replace(/['’]s$/u, '').replace(/['’]/gu, '');
        list.push(lw);
        if (/^\p{Ll}/u.test(w[0])) lower.add(lw);
      }
    }
    wordLists.push(list);
    lowerWords.push(lower);
  });
  const wordSets = wordLists.map((l) => new Set(l));
  // Names the story itself writes: an entity found only in a link block is left out.
  const names = articles.map((a, i) => {
    const ws = wordSets[i] as Set<string>;
    const found = (k: string) => words(k.replace(/^~/u, '')).every((w) => ws.has(w));
    return (links[i] as Set<number>).size === 0 ? nameKeys(a) : nameKeys(a).filter(found);
  });
  const leadWords = articles.map((a, i) => new Set(words([a.title, (blocksOf[i] as string[])[0] ?? ''].join('\n'))));
  const leadTerms = articles.map((a, i) => terms([a.title, (blocksOf[i] as string[])[0] ?? ''].join('\n'), stemmer).map((t) => t.stem));
  const wordDf = new Map<string, number>();
  for (const ws of wordSets) for (const w of ws) wordDf.set(w, (wordDf.get(w) ?? 0) + 1);
  const tv = vocabulary(counts.map((c) => [...c.keys()]));
  const nv = vocabulary(names);
  const n = articles.length;
  const profiles = articles.map((article, index): Profile => {
    const text = new Map<number, number>();
    for (const [stem, tf] of counts[index] as Map<string, number>) {
      const id = tv.ids.get(stem) as number;
      text.set(id, (1 + Math.log(tf)) * idf(n, tv.df[id] as number));
    }
    const title = new Map<number, number>();
    for (const stem of titleTerms[index] as string[]) {
      const id = tv.ids.get(stem);
      if (id !== undefined) title.set(id, idf(n, tv.df[id] as number));
    }
    const nameWeights = new Map<number, number>();
    for (const key of names[index] as string[]) {
      const id = nv.ids.get(key) as number;
      // Words of a name count half as much as the name itself.
      nameWeights.set(id, idf(n, nv.df[id] as number) * (key.startsWith('~') ? 0.5 : 1));
    }
    const lead = new Map<number, number>();
    for (const stem of leadTerms[index] as string[]) {
      const id = tv.ids.get(stem);
      if (id !== undefined) lead.set(id, (lead.get(id) ?? 0) + idf(n, tv.df[id] as number));
    }
    const core = new Map<string, number>();
    const lw = leadWords[index] as Set<string>;
    for (const key of names[index] as string[]) {
      if (key.startsWith('~')) continue;
      for (const w of words(key)) {
        if (w.length > 2 && lw.has(w) && !/^\d+$/u.test(w) && !STOPWORDS.has(w) && !(lowerWords[index] as Set<string>).has(w)) {
          core.set(w, idf(n, wordDf.get(w) ?? 0));
        }
      }
    }
    const corePeople = new Set<string>();
    for (const person of article.entities.people) for (const w of words(nameKey(person))) if (core.has(w)) corePeople.add(w);
    const blocks = blocksOf[index] as string[];
    const quotes = extractQuotes(blocks);
    const quoteShingleLists = quotes.map((q) => shingles(q));
    const quoteShingles = [...new Set(quoteShingleLists.flat())].sort((a, b) => a - b);
    const topTerms = [...text.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
    const topNames = [...nameWeights.keys()].sort((a, b) => (nv.df[a] as number) - (nv.df[b] as number) || a - b);
    return {
      index,
      id: article.id,
      text: sparse(text),
      title: sparse(title),
      names: sparse(nameWeights),
      lead: sparse(lead),
      words: wordSets[index] as Set<string>,
      core,
      corePeople,
      quotes,
      quoteShingleLists,
      quoteShingles,
      textShingles: shinglesOfWords(wordLists[index] as string[]),
      day: dayNumber(article.date),
      year: latestYear([article.title, ...blocks], article.date),
      topTerms,
      topNames,
    };
  });
  return {
    profiles,
    vocabulary: { terms: tv.ids, termDf: tv.df, names: nv.ids, nameDf: nv.df, documents: n },
  };
}
