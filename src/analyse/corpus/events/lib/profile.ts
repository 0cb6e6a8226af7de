/**
 * Article profiles: what the event features compare, computed once per
 * article (sparse TF-IDF vectors of terms, title and names; quote shingles;
 * date).
 */
import { idf, keptBlocks, termCounts, terms } from '../../../per-article/enrich/index.ts';
import { createStemmer, type Stemmer } from '../../../../text/stem.ts';
import { nameMatchKey } from '../../../../text/names.ts';
import { phraseShingleHashes } from '../../../../text/shingles.ts';
import { STOPWORDS } from '../../../../text/stopwords.ts';
import { bareWord, bareWords, wordsAsWritten } from '../../../../text/words.ts';
import type { Article } from '../../../../model/types.ts';
import { byCodeUnits } from '../../../../text/compare.ts';
import { FIGURE_BLOCKS, QUOTE_SHINGLE_WORDS, TITLE_WEIGHT } from '../settings.ts';
import { figures, type Figures } from './figures.ts';
import { linkBlocks } from './links.ts';
import { extractQuotes, shingles } from './quotes.ts';

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
  words: WordIds;
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
  /** Figures of the title and first `FIGURE_BLOCKS` story blocks (see `figures`). */
  figures: Figures;
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
    const key = nameMatchKey(name);
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

/**
 * The distinct words of one report, as ids into a word list the archive's
 * reports share: `has` as a set of the words would answer it, in a tenth
 * of the memory (an archive of 50,000 reports holds twenty million of
 * them, and a set per report is most of the events stage's heap).
 */
export class WordIds {
  /** The ids of the words, sorted ascending, each once. */
  readonly ids: Int32Array;
  readonly #dictionary: ReadonlyMap<string, number>;

  /**
   * @param ids The ids of the words, sorted ascending, each once.
   * @param dictionary Word → id, shared by the reports.
   */
  constructor(ids: Int32Array, dictionary: ReadonlyMap<string, number>) {
    this.ids = ids;
    this.#dictionary = dictionary;
  }

  /** Number of distinct words. */
  get size(): number {
    return this.ids.length;
  }

  /** Whether the report writes `word` (lowercase, as `words` gives it). */
  has(word: string): boolean {
    const id = this.#dictionary.get(word);
    if (id === undefined) return false;
    const ids = this.ids;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid] as number;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/**
 * The word lists of reports as `WordIds` over one dictionary, and the
 * number of reports that write each word (document frequency, by id).
 */
export function wordIdSets(lists: readonly (readonly string[])[]): { sets: WordIds[]; dictionary: Map<string, number>; df: number[] } {
  const dictionary = new Map<string, number>();
  const df: number[] = [];
  const sets = lists.map((list) => {
    const ids = new Int32Array(list.length);
    let n = 0;
    for (const w of list) {
      let id = dictionary.get(w);
      if (id === undefined) {
        dictionary.set(w, (id = df.length));
        df.push(0);
      }
      ids[n++] = id;
    }
    ids.sort();
    // A list may repeat a word: each is kept and counted once.
    let w = 0;
    for (let i = 0; i < n; i++) {
      if (w > 0 && ids[w - 1] === ids[i]) continue;
      ids[w++] = ids[i] as number;
      df[ids[i] as number]!++;
    }
    return new WordIds(w === n ? ids : ids.slice(0, w), dictionary);
  });
  return { sets, dictionary, df };
}

/** L2-normalised sparse vector from id → weight. */
export function sparse(entries: Map<number, number>): SparseVector {
  const ids = Int32Array.from(entries.keys()).sort();
  const weights = new Float64Array(ids.length);
  let norm = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = entries.get(ids[i] as number) as number;
    weights[i] = w;
    norm += w ** 2;
  }
  norm = Math.sqrt(norm);
  for (let i = 0; i < ids.length; i++) weights[i] = norm === 0 ? 0 : (weights[i] as number) / norm;
  return { ids, weights };
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

/** The four-digit years (1800…2099) written in some texts, ascending, distinct. */
export function writtenYears(texts: readonly string[]): number[] {
  const found = new Set<number>();
  for (const t of texts) for (const m of t.matchAll(YEAR)) found.add(Number(m[1]));
  return [...found].sort((a, b) => a - b);
}

/**
 * The latest of the written `years` up to the year of `date`, or the year of
 * `date` when later or when none is written; null when neither. Years after
 * the date are left out (a plan "by 2030" is not when the story happened).
 */
export function latestOf(years: readonly number[], date: string | null): number | null {
  const dated = date ? Number(date.slice(0, 4)) : null;
  let latest: number | null = null;
  for (const y of years) if (dated === null || y <= dated) latest = y;
  if (dated !== null && (latest === null || dated > latest)) return dated;
  return latest;
}

/** The latest four-digit year written in some texts, up to the year of `date`; see `latestOf`. */
export function latestYear(texts: readonly string[], date: string | null): number | null {
  return latestOf(writtenYears(texts), date);
}

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

/** Options of `buildProfiles`. */
export interface ProfileOptions {
  /** Multiplier on title terms (default: `TITLE_WEIGHT`, 2). */
  titleWeight?: number;
  /** A stemmer to reuse (default: a new one). */
  stemmer?: Stemmer;
  /**
   * Bases already computed from each article's kept blocks, by article
   * index (default: none, all computed here). A base is used only when none
   * of the article's blocks turns out to be a link to another article, so
   * the profiles are the same with or without them.
   */
  bases?: readonly (ProfileBase | undefined)[];
}

/**
 * The ids of a vector, heaviest first, ties by id (`ids`: its ids, ascending).
 * Sorts positions by the weights in `entries`, not pairs: the same order.
 */
function byWeight(entries: Map<number, number>, ids: Int32Array): number[] {
  const w = Float64Array.from(ids, (id) => entries.get(id) as number);
  const order = Array.from(ids.keys()).sort((a, b) => (w[b] as number) - (w[a] as number) || (ids[a] as number) - (ids[b] as number));
  return order.map((i) => ids[i] as number);
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
  const titleWeight = options.titleWeight ?? TITLE_WEIGHT;
  // Story blocks: kept blocks that are not links to other articles.
  const links = linkBlocks(articles);
  const bases = articles.map((a, i) => {
    const given = titleWeight === TITLE_WEIGHT ? options.bases?.[i] : undefined;
    if (given && (links[i] as Set<number>).size === 0) return given;
    return profileBase(a, keptBlocks(a).filter((_, k) => !(links[i] as Set<number>).has(k)), stemmer, titleWeight);
  });
  const { sets: wordSets, dictionary: wordIds, df: wordDf } = wordIdSets(bases.map((b) => b.words));
  // Names the story itself writes: an entity found only in a link block is left out.
  const names = articles.map((a, i) => {
    const ws = wordSets[i] as WordIds;
    const found = (k: string) => bareWords(k.replace(/^~/u, '')).every((w) => ws.has(w));
    return (links[i] as Set<number>).size === 0 ? nameKeys(a) : nameKeys(a).filter(found);
  });
  const tv = vocabulary(bases.map((b) => b.stems));
  const nv = vocabulary(names);
  const n = articles.length;
  // The IDF of each term and name, worked out once, not once per report that has it.
  const termIdf = Float64Array.from(tv.df, (df) => idf(n, df));
  const nameIdf = Float64Array.from(nv.df, (df) => idf(n, df));
  const profiles = articles.map((article, index): Profile => {
    const text = new Map<number, number>();
    const base = bases[index] as ProfileBase;
    base.stems.forEach((stem, k) => {
      const id = tv.ids.get(stem) as number;
      text.set(id, (1 + Math.log(base.tf[k] as number)) * (termIdf[id] as number));
    });
    const title = new Map<number, number>();
    for (const stem of base.titleTerms) {
      const id = tv.ids.get(stem);
      if (id !== undefined) title.set(id, termIdf[id] as number);
    }
    const nameWeights = new Map<number, number>();
    for (const key of names[index] as string[]) {
      const id = nv.ids.get(key) as number;
      // Words of a name count half as much as the name itself.
      nameWeights.set(id, (nameIdf[id] as number) * (key.startsWith('~') ? 0.5 : 1));
    }
    const lead = new Map<number, number>();
    for (const stem of base.leadTerms) {
      const id = tv.ids.get(stem);
      if (id !== undefined) lead.set(id, (lead.get(id) ?? 0) + (termIdf[id] as number));
    }
    const core = new Map<string, number>();
    const lw = new Set(base.leadWords);
    const lower = new Set(base.lower);
    for (const key of names[index] as string[]) {
      if (key.startsWith('~')) continue;
      for (const w of bareWords(key)) {
        if (w.length > 2 && lw.has(w) && !/^\d+$/u.test(w) && !STOPWORDS.has(w) && !lower.has(w)) {
          const id = wordIds.get(w);
          core.set(w, idf(n, id === undefined ? 0 : (wordDf[id] as number)));
        }
      }
    }
    const corePeople = new Set<string>();
    for (const person of article.entities.people) for (const w of bareWords(nameMatchKey(person))) if (core.has(w)) corePeople.add(w);
    const quotes = base.quotes;
    const quoteShingleLists = quotes.map((q) => shingles(q));
    const quoteShingles = [...new Set(quoteShingleLists.flat())].sort((a, b) => a - b);
    const textVector = sparse(text);
    const topTerms = byWeight(text, textVector.ids);
    const topNames = [...nameWeights.keys()].sort((a, b) => (nv.df[a] as number) - (nv.df[b] as number) || a - b);
    return {
      index,
      id: article.id,
      text: textVector,
      title: sparse(title),
      names: sparse(nameWeights),
      lead: sparse(lead),
      words: wordSets[index] as WordIds,
      core,
      corePeople,
      quotes,
      quoteShingleLists,
      quoteShingles,
      textShingles: base.textShingles,
      day: dayNumber(article.date),
      year: latestOf(base.years, article.date),
      figures: new Map(base.figures.map(([unit, values]) => [unit, new Set(values)])),
      topTerms,
      topNames,
    };
  });
  return {
    profiles,
    vocabulary: { terms: tv.ids, termDf: tv.df, names: nv.ids, nameDf: nv.df, documents: n },
  };
}
