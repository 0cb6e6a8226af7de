/**
 * The per-article step of enrich: what an article after the furniture is
 * removed gives alone (people, places, organisations, the date its dateline
 * states, its term counts and the base of its event profile). The keywords
 * are then ranked over the whole archive (`enrichedArchive`).
 */
import { profileBase, type ProfileBase } from '../corpus/events/index.ts';
import {
  datedFromText,
  datelineBlocks,
  keptBlocks,
  keywordsOfLists,
  loadNlp,
  readNames,
  settleDateOrder,
  termCounts,
  type Nlp,
} from '../per-article/enrich/index.ts';
import type { Article, EnrichedArticle, Entities } from '../../model/types.ts';
import { createStemmer, type Stemmer } from '../../text/stem.ts';
import { digest, type Intern, type Step } from '../executor.ts';
import { fromBase64, toBase64 } from './base64.ts';

/** An article after the furniture is removed, with the digest of everything the per-article steps read of it. */
export interface CleanArticle {
  article: Article;
  /** See `contentKey`. */
  key: string;
}

/** What the enrich step finds in one article. */
export interface Enrichment {
  entities: Entities;
  /** The date its dateline or publication stamp states, for an undated article (else null). */
  date: string | null;
  dateSource: Article['dateSource'];
  dateText: string | null;
  /** The base of its event profile; its `stems` and `tf` are the article's term counts. */
  profile: ProfileBase;
  /** The word each of `profile.stems` was most often written as. */
  surface: string[];
  /** The words it uses as common nouns, which its keywords are chosen from. */
  nouns: string[];
}

/** Tools the step reuses from one article to the next. */
export interface EnrichTools {
  nlp: Nlp;
  stemmer: Stemmer;
}

/**
 * Whether a block's syntax tree is a paragraph of its text and nothing else
 * (most blocks are): its text then says all the tree does, and the key
 * writes a mark in its place, not the text a second time.
 */
function plainNode(b: Article['blocks'][number]): boolean {
  const n = b.node as { type?: string; children?: { type?: string; value?: unknown }[] } | undefined;
  if (!n || n.type !== 'paragraph' || n.children?.length !== 1 || Object.keys(n).length !== 2) return false;
  const c = n.children[0]!;
  return c.type === 'text' && c.value === b.text && Object.keys(c).length === 2;
}

/**
 * The digest of what the per-article steps read of a clean article: its
 * title, whether it is dated, its kept blocks (their syntax trees too), and
 * when it is undated the blocks its date is read from (`datelineBlocks`,
 * removed stamps included) and the language they are read in. Syndicated copies with the same text share it,
 * so no result keyed by it may depend on anything else (an article's own
 * date is kept from the article, see `enrichedArchive`).
 */
export function contentKey(a: Article): string {
  const kept = a.blocks.filter((b) => !b.removed).map((b) => [b.kind, b.text, plainNode(b) ? 1 : b.node, b.list ?? null]);
  // An undated article may take its date from a removed publication stamp, read in its language.
  const stamps = a.date === null ? datelineBlocks(a) : [];
  const dateLanguage = a.date === null && a.lang !== null ? [a.lang] : [];
  return digest('article', a.format, a.title, a.date === null, JSON.stringify(kept), JSON.stringify(stamps), ...dateLanguage);
}

/**
 * Enriches one article alone: its names, the date its text states when it
 * is undated (`datedFromText`), its term counts and the base of its event
 * profile; no keywords (they are ranked over the whole archive).
 */
export function enrichArticle(article: Article, tools: EnrichTools): Enrichment {
  const names = readNames(article, tools.nlp);
  const dated = datedFromText(article);
  const tc = termCounts(article, tools.stemmer);
  const profile = profileBase(article, keptBlocks(article), tools.stemmer, undefined, tc.counts);
  return {
    entities: names.entities,
    nouns: names.nouns,
    date: dated.date,
    dateSource: dated.dateSource,
    dateText: dated.dateText,
    profile,
    surface: profile.stems.map((stem) => tc.surface.get(stem)!),
  };
}

/** Term counts as plain data: `[stem, count, surface word]`, in the order counted. */
type StoredTerms = [string, number, string][];

/** An enrichment as stored: the profile's stems and counts are the terms, its text shingles base64. */
interface StoredEnrichment {
  entities: Entities;
  nouns: string[];
  date: string | null;
  dateSource: Article['dateSource'];
  dateText: string | null;
  terms: StoredTerms;
  profile: Omit<ProfileBase, 'stems' | 'tf' | 'textShingles'> & { textShingles: string };
}

function encode(e: Enrichment): StoredEnrichment {
  const { stems, tf, textShingles, ...base } = e.profile;
  return {
    entities: e.entities,
    nouns: e.nouns,
    date: e.date,
    dateSource: e.dateSource,
    dateText: e.dateText,
    terms: stems.map((stem, i) => [stem, tf[i]!, e.surface[i]!]),
    profile: { ...base, textShingles: toBase64(Uint32Array.from(textShingles)) },
  };
}

/**
 * An enrichment back from its stored form, its words shared through
 * `intern`: at 50,000 articles the results as they come weigh gigabytes,
 * and an archive writes the same few tens of thousands of words hundreds of
 * times each.
 */
function decode(data: unknown, intern: Intern): Enrichment {
  const s = data as StoredEnrichment;
  const p = s.profile;
  return {
    entities: { people: s.entities.people.map(intern), places: s.entities.places.map(intern), organisations: s.entities.organisations.map(intern), salient: s.entities.salient.map(intern) },
    nouns: s.nouns.map(intern),
    date: s.date,
    dateSource: s.dateSource,
    dateText: s.dateText,
    profile: {
      ...p,
      words: p.words.map(intern),
      lower: p.lower.map(intern),
      leadWords: p.leadWords.map(intern),
      leadTerms: p.leadTerms.map(intern),
      titleTerms: p.titleTerms.map(intern),
      stems: s.terms.map(([stem]) => intern(stem)),
      tf: s.terms.map(([, n]) => n),
      textShingles: Array.from(fromBase64(p.textShingles)),
    },
    surface: s.terms.map((t) => intern(t[2])),
  };
}

/** The enrich step, keyed by the clean article's `contentKey`. */
export const enrichStep: Step<CleanArticle, Enrichment, EnrichTools> = {
  name: 'enrich',
  module: import.meta.url,
  key: (c) => c.key,
  fileOf: (c) => c.article.file,
  tools: () => ({ nlp: loadNlp(), stemmer: createStemmer() }),
  run: (c, tools) => enrichArticle(c.article, tools),
  encode,
  decode,
};

/** Enrich's result over the whole archive. */
export interface EnrichedArchive {
  /** The articles with their entities, keywords and stated dates, in the input order. */
  articles: EnrichedArticle[];
  /** The base of each article's event profile, in the order of `articles`. */
  profiles: ProfileBase[];
}

/**
 * The enrich step's results as one archive: keywords ranked over every
 * article (`keywordsOfLists`), the date of an undated article taken from
 * its result, numeric dates that read either way settled per outlet
 * (`settleDateOrder`). The same as `enrich(articles)`.
 */
export function enrichedArchive(articles: readonly Article[], results: readonly Enrichment[]): EnrichedArchive {
  const ranked = keywordsOfLists(
    results.map((r) => ({ stems: r.profile.stems, tf: r.profile.tf, surface: r.surface })),
    undefined,
    results.map((r) => new Set(r.nouns)),
  );
  const out = articles.map((a, i) => {
    const r = results[i]!;
    const enriched: EnrichedArticle = { ...a, entities: r.entities, keywords: ranked[i] ?? [] };
    // The key says whether the article was dated, not its date (two copies share an entry): only undated ones take one.
    if (a.date === null) Object.assign(enriched, { date: r.date, dateSource: r.dateSource, dateText: r.dateText });
    return enriched;
  });
  return { articles: settleDateOrder(out), profiles: results.map((r) => r.profile) };
}
