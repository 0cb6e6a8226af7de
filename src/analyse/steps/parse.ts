/**
 * The per-file step: parse a source file, then fingerprint its article. One
 * step, not two, so that an article is fingerprinted where it was parsed
 * instead of crossing threads twice.
 */
import { fingerprint, type ArticleFingerprint, type Fingerprints } from '../per-article/fingerprint/index.ts';
import { SHINGLE_SIZE, SIGNATURE_SIZE } from '../per-article/fingerprint/settings.ts';
import { assignArticleIds, parseFile, type FileParseResult, type ParseResult } from '../per-article/parse/index.ts';
import type { Article, SourceFile } from '../../model/types.ts';
import { digest, type Step } from '../executor.ts';
import { fromBase64, toBase64 } from './base64.ts';

/** Fingerprint of one article without its id (ids are given once every file is parsed). */
export type FileFingerprint = Omit<ArticleFingerprint, 'id'>;

/** What the file step gives for one source file. */
export interface FileResult {
  parse: FileParseResult;
  /** The fingerprint of its article; null when the file gave no article. */
  fingerprint: FileFingerprint | null;
}

/** A fingerprint as JSON can hold it: its typed arrays as base64. */
interface FingerprintJson {
  blockCount: number;
  shingles: string;
  offsets: string;
  blockWords: string;
  blockKeys: string;
  blockSignatures: string;
  signature: string;
}

/** The fingerprint of one article. */
export function fingerprintArticle(article: Article): FileFingerprint {
  const { id: _id, ...rest } = fingerprint([article]).byId.get(article.id)!;
  return rest;
}

/** Parses one source file and fingerprints its article. */
export function readFile(source: SourceFile): FileResult {
  const parse = parseFile(source);
  return { parse, fingerprint: parse.article && fingerprintArticle(parse.article) };
}

function fingerprintToJson(fp: FileFingerprint): FingerprintJson {
  return {
    blockCount: fp.blockCount,
    shingles: toBase64(fp.shingles),
    offsets: toBase64(fp.offsets),
    blockWords: toBase64(fp.blockWords),
    blockKeys: toBase64(fp.blockKeys),
    blockSignatures: toBase64(fp.blockSignatures),
    signature: toBase64(fp.signature),
  };
}

function fingerprintFromJson(j: FingerprintJson): FileFingerprint {
  return {
    blockCount: j.blockCount,
    shingles: fromBase64(j.shingles),
    offsets: fromBase64(j.offsets),
    blockWords: fromBase64(j.blockWords),
    blockKeys: fromBase64(j.blockKeys),
    blockSignatures: fromBase64(j.blockSignatures),
    signature: fromBase64(j.signature),
  };
}

/** Parse and fingerprint, keyed by the file's path, format and content hash and those of the pictures saved with it (its text is not read for the key). */
export const parseStep: Step<SourceFile, FileResult> = {
  name: 'parse',
  module: import.meta.url,
  key: (source) => digest('file', source.file, source.format, source.hash, ...(source.images ?? []).flatMap((i) => [i.name, i.hash, i.ext])),
  fileOf: (source) => source.file,
  run: readFile,
  encode: (r) => ({ parse: r.parse, fingerprint: r.fingerprint && fingerprintToJson(r.fingerprint) }),
  decode: (data) => {
    const d = data as { parse: FileParseResult; fingerprint: FingerprintJson | null };
    return { parse: d.parse, fingerprint: d.fingerprint && fingerprintFromJson(d.fingerprint) };
  },
};

/** What parsing and fingerprinting give for the whole archive. */
export interface ParsedArchive {
  parsed: ParseResult;
  fingerprints: Fingerprints;
}

/**
 * The file step's results as one archive: ids made unique over every file
 * (`assignArticleIds`, keeping the published ones), each fingerprint under its
 * article's id.
 *
 * @param results The file step's results, one per source file.
 * @param previousIds File → article id of the published site (default: none).
 */
export function parsedArchive(results: readonly FileResult[], previousIds?: ReadonlyMap<string, string>): ParsedArchive {
  const byFile = new Map<string, FileFingerprint>();
  for (const r of results) if (r.parse.article && r.fingerprint) byFile.set(r.parse.article.file, r.fingerprint);
  const parsed = assignArticleIds(results.map((r) => r.parse), previousIds);
  const byId = new Map<string, ArticleFingerprint>();
  for (const a of parsed.articles) byId.set(a.id, { id: a.id, ...byFile.get(a.file)! });
  return { parsed, fingerprints: { shingleSize: SHINGLE_SIZE, signatureSize: SIGNATURE_SIZE, byId } };
}
