/**
 * The per-article work of the pipeline, as functions of one article each:
 * what a worker thread runs, and what the main thread runs itself when a
 * build is too small for workers to pay. Every result is plain data (JSON
 * and typed arrays), so it can cross a thread and be kept in the cache.
 *
 *   file task     stage 2 parse and stage 3 fingerprint of one source file
 *   article task  stage 6 enrich (entities, dateline date, term counts),
 *                 the base of its stage 7 profile, and the body HTML of
 *                 one article after stage 5
 */
import { enrich, keptBlocks, loadNlp, termCounts, type Nlp } from '../../analyse/per-article/enrich/index.ts';
import { createStemmer, type Stemmer } from '../../text/stem.ts';
import { profileBase, type ProfileBase } from '../../analyse/corpus/events/index.ts';
import { fingerprint, type ArticleFingerprint } from '../../analyse/per-article/fingerprint/index.ts';
import { parseFile, type FileParseResult } from '../../analyse/per-article/parse/index.ts';
import { renderBody } from '../../output/body.ts';
import type { Article, Entities, SourceFile } from '../../model/types.ts';

/** Fingerprint of one article without its id (ids are given after all files are parsed). */
export type StoredFingerprint = Omit<ArticleFingerprint, 'id'>;

/** Result of the file task. */
export interface FileResult {
  parse: FileParseResult;
  fingerprint: StoredFingerprint | null;
}

/** Parses one source file and fingerprints its article. */
export function fileTask(source: SourceFile): FileResult {
  const parse = parseFile(source);
  if (!parse.article) return { parse, fingerprint: null };
  const fp = fingerprint([parse.article]).byId.get(parse.article.id)!;
  const { id: _id, ...rest } = fp;
  return { parse, fingerprint: rest };
}

/** The file task's result as the cache stores it: plain JSON, the fingerprint's arrays in base64. */
export interface StoredFile {
  parse: FileResult['parse'];
  fingerprint: FingerprintJson | null;
}

const encoder = new TextEncoder();

/**
 * A task's result as the UTF-8 bytes of the JSON the cache stores. A worker
 * sends these bytes (their memory moves to the main thread, not a copy),
 * and the main thread keeps them in the cache as they are and reads the
 * result from them as it reads one from the cache: a result computed in
 * this build and one read from the cache are the same data.
 */
export function resultBytes(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

/** The file task, its result as the cache stores it (see `resultBytes`). */
export function fileTaskBytes(source: SourceFile): Uint8Array {
  const r = fileTask(source);
  return resultBytes({ parse: r.parse, fingerprint: r.fingerprint && fingerprintToJson(r.fingerprint) } satisfies StoredFile);
}

/** The article task, its result as the cache stores it (see `resultBytes`). */
export function articleTaskBytes(article: Article, tools: ArticleTools): Uint8Array {
  return resultBytes(articleTask(article, tools));
}

/** Term counts as plain data: `[stem, count, surface word]`, in the order counted. */
export type StoredTerms = [string, number, string][];

/** What stage 6 and the body renderer compute from one article alone. */
export interface ArticleResult {
  entities: Entities;
  date: string | null;
  dateSource: Article['dateSource'];
  dateText: string | null;
  terms: StoredTerms;
  /** The base of its event profile (see `ProfileBase`); its counts are `terms`. */
  profile: StoredProfileBase;
  html: string;
}

/** A profile base as the cache keeps it: stems and counts left out (they are the article's terms), text shingles as base64. */
export type StoredProfileBase = Omit<ProfileBase, 'stems' | 'tf' | 'textShingles'> & { textShingles: string };

/** Tools an article task reuses from one article to the next (a loaded language model). */
export interface ArticleTools {
  nlp: Nlp;
  stemmer: Stemmer;
}

export function articleTools(): ArticleTools {
  return { nlp: loadNlp(), stemmer: createStemmer() };
}

/**
 * Enriches one article and renders its body. The enrichment is `enrich`'s
 * own, run on the article alone; its keywords are left out, because they
 * are ranked over the whole archive (see `keywordsOf` in the pipeline).
 */
export function articleTask(article: Article, tools: ArticleTools): ArticleResult {
  const [out] = enrich([article], { nlp: tools.nlp, stemmer: tools.stemmer, keywordCount: 0 });
  const tc = termCounts(article, tools.stemmer);
  const { stems: _stems, tf: _tf, textShingles, ...base } = profileBase(article, keptBlocks(article), tools.stemmer, undefined, tc.counts);
  return {
    entities: out!.entities,
    date: out!.date,
    dateSource: out!.dateSource,
    dateText: out!.dateText,
    terms: [...tc.counts].map(([stem, n]) => [stem, n, tc.surface.get(stem)!]),
    profile: { ...base, textShingles: b64(Uint32Array.from(textShingles)) },
    html: renderBody(article.blocks),
  };
}

/**
 * One copy of each string: results that crossed a thread or came from the
 * cache hold their own copy of every word, and an archive writes the same
 * few tens of thousands of words hundreds of times each.
 */
export type Intern = (s: string) => string;

/** A new `Intern`, for the results of one build. */
export function interner(): Intern {
  const seen = new Map<string, string>();
  return (s) => {
    const t = seen.get(s);
    if (t !== undefined) return t;
    seen.set(s, s);
    return s;
  };
}

const same: Intern = (s) => s;

/** A profile base back from its stored form, its words through `intern` (default: kept as they are). */
export function profileFrom(stored: StoredProfileBase, terms: StoredTerms, intern: Intern = same): ProfileBase {
  return {
    ...stored,
    words: stored.words.map(intern),
    lower: stored.lower.map(intern),
    leadWords: stored.leadWords.map(intern),
    leadTerms: stored.leadTerms.map(intern),
    titleTerms: stored.titleTerms.map(intern),
    stems: terms.map(([stem]) => intern(stem)),
    tf: terms.map(([, n]) => n),
    textShingles: Array.from(u32(stored.textShingles)),
  };
}

/** Entities with their names through `intern`. */
export function entitiesFrom(stored: Entities, intern: Intern): Entities {
  return { people: stored.people.map(intern), places: stored.places.map(intern), organisations: stored.organisations.map(intern) };
}

/** A fingerprint as JSON can hold it: typed arrays as base64. */
export interface FingerprintJson {
  blockCount: number;
  shingles: string;
  offsets: string;
  blockWords: string;
  blockKeys: string;
  blockSignatures: string;
  signature: string;
}

const b64 = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const u32 = (s: string) => {
  const b = Buffer.from(s, 'base64');
  // Copied, not viewed: a small decoded buffer lies in a shared pool, which a view would keep alive whole.
  const out = new Uint32Array(b.length / 4);
  Buffer.from(out.buffer).set(b);
  return out;
};

export function fingerprintToJson(fp: StoredFingerprint): FingerprintJson {
  return {
    blockCount: fp.blockCount,
    shingles: b64(fp.shingles),
    offsets: b64(fp.offsets),
    blockWords: b64(fp.blockWords),
    blockKeys: b64(fp.blockKeys),
    blockSignatures: b64(fp.blockSignatures),
    signature: b64(fp.signature),
  };
}

export function fingerprintFromJson(j: FingerprintJson): StoredFingerprint {
  return {
    blockCount: j.blockCount,
    shingles: u32(j.shingles),
    offsets: u32(j.offsets),
    blockWords: u32(j.blockWords),
    blockKeys: u32(j.blockKeys),
    blockSignatures: u32(j.blockSignatures),
    signature: u32(j.signature),
  };
}
