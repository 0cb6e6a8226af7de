/**
 * Article profiles: what the event features compare, computed once per
 * article (sparse TF-IDF vectors of terms, title and names; quote shingles;
 * date), against the vocabulary of the whole archive.
 */
import { idf, keptBlocks } from '../../../per-article/enrich/index.ts';
import type { EnrichedArticle } from '../../../../model/types.ts';
import { byCodeUnits } from '../../../../text/compare.ts';
import { nameMatchKey } from '../../../../text/names.ts';
import { createStemmer, type Stemmer } from '../../../../text/stem.ts';
import { STOPWORDS } from '../../../../text/stopwords.ts';
import { bareWords } from '../../../../text/words.ts';
import { TITLE_WEIGHT } from '../settings.ts';
import { dayNumber, latestOf } from './dates.ts';
import type { Figures } from './figures.ts';
import { linkBlocks } from './links.ts';
import { profileBase, type ProfileBase } from './profile-base.ts';
import { shingles } from './quotes.ts';
import { byWeight, sparse, vocabulary, type SparseVector } from './vectors.ts';
import { wordIdSets, type WordIds } from './word-ids.ts';

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

/**
 * The name keys of an article: every entity's key, and each word of a
 * several-word name on its own (so "Lohan" meets "Lindsay Lohan").
 */
export function nameKeys(article: EnrichedArticle): string[] {
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

/** What the profiles of one archive share: its vocabularies, their IDF, its word dictionary. */
interface CorpusStatistics {
  terms: { ids: Map<string, number>; df: Int32Array };
  names: { ids: Map<string, number>; df: Int32Array };
  /** The IDF of each term and name, worked out once, not once per report that has it. */
  termIdf: Float64Array;
  nameIdf: Float64Array;
  /** Word → id, and the number of reports that write each word, by id. */
  wordIds: Map<string, number>;
  wordDf: number[];
  documents: number;
}

/**
 * Profile every article against the vocabulary of all of them.
 *
 * @param articles Enriched articles (entities filled).
 * @param options See `ProfileOptions`.
 */
export function buildProfiles(
  articles: readonly EnrichedArticle[],
  options: ProfileOptions = {},
): { profiles: Profile[]; storyBlocks: string[][]; vocabulary: Vocabulary } {
  const stemmer = options.stemmer ?? createStemmer();
  const titleWeight = options.titleWeight ?? TITLE_WEIGHT;
  // Story blocks: kept blocks that are not links to other articles.
  const links = linkBlocks(articles);
  const storyBlocks = articles.map((a, i) => keptBlocks(a).filter((_, k) => !(links[i] as Set<number>).has(k)));
  const bases = articles.map((a, i) => {
    const given = titleWeight === TITLE_WEIGHT ? options.bases?.[i] : undefined;
    if (given && (links[i] as Set<number>).size === 0) return given;
    return profileBase(a, storyBlocks[i] as string[], stemmer, titleWeight);
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
  const corpus: CorpusStatistics = {
    terms: tv,
    names: nv,
    termIdf: Float64Array.from(tv.df, (df) => idf(n, df)),
    nameIdf: Float64Array.from(nv.df, (df) => idf(n, df)),
    wordIds,
    wordDf,
    documents: n,
  };
  const profiles = articles.map((article, index): Profile =>
    profileOf(article, index, bases[index] as ProfileBase, names[index] as string[], wordSets[index] as WordIds, corpus),
  );
  return {
    profiles,
    storyBlocks,
    vocabulary: { terms: tv.ids, termDf: tv.df, names: nv.ids, nameDf: nv.df, documents: n },
  };
}

/** The profile of one article, from its base, the name keys its story writes and its word set. */
function profileOf(article: EnrichedArticle, index: number, base: ProfileBase, names: readonly string[], words: WordIds, corpus: CorpusStatistics): Profile {
  const { text, title, lead } = termWeights(base, corpus);
  const nameWeights = new Map<number, number>();
  for (const key of names) {
    const id = corpus.names.ids.get(key) as number;
    // Words of a name count half as much as the name itself.
    nameWeights.set(id, (corpus.nameIdf[id] as number) * (key.startsWith('~') ? 0.5 : 1));
  }
  const core = coreWords(base, names, corpus);
  const corePeople = new Set<string>();
  for (const person of article.entities.people) for (const w of bareWords(nameMatchKey(person))) if (core.has(w)) corePeople.add(w);
  const quotes = base.quotes;
  const quoteShingleLists = quotes.map((q) => shingles(q));
  const quoteShingles = [...new Set(quoteShingleLists.flat())].sort((a, b) => a - b);
  const textVector = sparse(text);
  const nameDf = corpus.names.df;
  return {
    index,
    id: article.id,
    text: textVector,
    title: sparse(title),
    names: sparse(nameWeights),
    lead: sparse(lead),
    words,
    core,
    corePeople,
    quotes,
    quoteShingleLists,
    quoteShingles,
    textShingles: base.textShingles,
    day: dayNumber(article.date),
    year: latestOf(base.years, article.date),
    figures: new Map(base.figures.map(([unit, values]) => [unit, new Set(values)])),
    topTerms: byWeight(text, textVector.ids),
    topNames: [...nameWeights.keys()].sort((a, b) => (nameDf[a] as number) - (nameDf[b] as number) || a - b),
  };
}

/** The TF-IDF weights, by term id, of an article's text (sublinear), title and lead. */
function termWeights(base: ProfileBase, corpus: CorpusStatistics): { text: Map<number, number>; title: Map<number, number>; lead: Map<number, number> } {
  const ids = corpus.terms.ids;
  const termIdf = corpus.termIdf;
  const text = new Map<number, number>();
  base.stems.forEach((stem, k) => {
    const id = ids.get(stem) as number;
    text.set(id, (1 + Math.log(base.tf[k] as number)) * (termIdf[id] as number));
  });
  const title = new Map<number, number>();
  for (const stem of base.titleTerms) {
    const id = ids.get(stem);
    if (id !== undefined) title.set(id, termIdf[id] as number);
  }
  const lead = new Map<number, number>();
  for (const stem of base.leadTerms) {
    const id = ids.get(stem);
    if (id !== undefined) lead.set(id, (lead.get(id) ?? 0) + (termIdf[id] as number));
  }
  return { text, title, lead };
}

/**
 * The core words of an article: words of the names its title or first
 * block mentions that are not numbers, stop words or words its body writes
 * in lowercase, with their IDF over the corpus's words.
 */
function coreWords(base: ProfileBase, names: readonly string[], corpus: CorpusStatistics): Map<string, number> {
  const core = new Map<string, number>();
  const lw = new Set(base.leadWords);
  const lower = new Set(base.lower);
  for (const key of names) {
    if (key.startsWith('~')) continue;
    for (const w of bareWords(key)) {
      if (w.length > 2 && lw.has(w) && !/^\d+$/u.test(w) && !STOPWORDS.has(w) && !lower.has(w)) {
        const id = corpus.wordIds.get(w);
        core.set(w, idf(corpus.documents, id === undefined ? 0 : (corpus.wordDf[id] as number)));
      }
    }
  }
  return core;
}
