import type { Article } from '../../../../model/types.ts';
import { HASH_SEED, SHINGLE_SIZE, SIGNATURE_SIZE } from '../settings.ts';
import { hashFamily, hashString, type HashFamily } from '../../../../text/hash.ts';
import { shingleHashes } from '../../../../text/shingles.ts';
import { words } from '../../../../text/words.ts';
import type { ArticleFingerprint, Fingerprints } from './types.ts';

/** Options of {@link fingerprint}. */
export interface FingerprintOptions {
  /** Shingle length in words (default: `SHINGLE_SIZE` = `4`). */
  shingleSize?: number;
  /** MinHash values per signature (default: `SIGNATURE_SIZE` = `32`). */
  signatureSize?: number;
  /** Seed of the hash family (default: `HASH_SEED`). */
  seed?: number;
}

const EMPTY = 0xffffffff;

/** MinHash of a set of shingle hashes into `target[offset .. offset + k)`. */
function minhashInto(set: Uint32Array, family: HashFamily, target: Uint32Array, offset: number): void {
  const k = family.a.length;
  target.fill(EMPTY, offset, offset + k);
  for (let s = 0; s < set.length; s++) {
    const x = set[s]!;
    for (let i = 0; i < k; i++) {
      const v = (Math.imul(family.a[i]!, x) + family.b[i]!) >>> 0;
      if (v < target[offset + i]!) target[offset + i] = v;
    }
  }
}

/**
 * Fingerprint: word shingles and MinHash signatures of every article and block.
 *
 * Shingles are hashed runs of `shingleSize` words taken inside one block, so
 * an article's shingle set is the union of its blocks' and its signature is
 * the element-wise minimum of its blocks' signatures. That lets later stages
 * re-derive the fingerprint of an article's kept text without re-hashing.
 * The article signature covers the blocks not already `removed`.
 *
 * @param articles Articles with their blocks.
 * @param options `shingleSize` (default: `4`), `signatureSize` (default: `32`), `seed` (default: `HASH_SEED`).
 * @returns Fingerprints by article id; deterministic for the same input.
 */
export function fingerprint(articles: readonly Article[], options: FingerprintOptions = {}): Fingerprints {
  const shingleSize = options.shingleSize ?? SHINGLE_SIZE;
  const k = options.signatureSize ?? SIGNATURE_SIZE;
  const family = hashFamily(k, options.seed ?? HASH_SEED);
  const byId = new Map<string, ArticleFingerprint>();
  for (const article of articles) {
    const n = article.blocks.length;
    const perBlock: Uint32Array[] = [];
    const blockWords = new Uint32Array(n);
    const blockKeys = new Uint32Array(n);
    let total = 0;
    for (let b = 0; b < n; b++) {
      const tokens = words(article.blocks[b]!.text);
      blockWords[b] = tokens.length;
      blockKeys[b] = hashString(tokens.join(' '));
      const set = shingleHashes(tokens, shingleSize);
      perBlock.push(set);
      total += set.length;
    }
    const shingles = new Uint32Array(total);
    const offsets = new Uint32Array(n + 1);
    const blockSignatures = new Uint32Array(n * k);
    const signature = new Uint32Array(k).fill(EMPTY);
    let at = 0;
    for (let b = 0; b < n; b++) {
      const set = perBlock[b]!;
      offsets[b] = at;
      shingles.set(set, at);
      at += set.length;
      minhashInto(set, family, blockSignatures, b * k);
      if (!article.blocks[b]!.removed) {
        for (let i = 0; i < k; i++) {
          const v = blockSignatures[b * k + i]!;
          if (v < signature[i]!) signature[i] = v;
        }
      }
    }
    offsets[n] = at;
    byId.set(article.id, { id: article.id, blockCount: n, shingles, offsets, blockWords, blockKeys, blockSignatures, signature });
  }
  return { shingleSize, signatureSize: k, byId };
}

/** The shingles of block `b` of a fingerprint. */
export function blockShingles(fp: ArticleFingerprint, b: number): Uint32Array {
  return fp.shingles.subarray(fp.offsets[b]!, fp.offsets[b + 1]!);
}

/**
 * The sorted, unique union of the shingles of the blocks for which `keep`
 * is true: the shingle set of an article's kept text.
 */
export function shingleSet(fp: ArticleFingerprint, keep: (block: number) => boolean): Uint32Array {
  let total = 0;
  for (let b = 0; b < fp.blockCount; b++) if (keep(b)) total += fp.offsets[b + 1]! - fp.offsets[b]!;
  const all = new Uint32Array(total);
  let at = 0;
  for (let b = 0; b < fp.blockCount; b++) {
    if (!keep(b)) continue;
    const s = blockShingles(fp, b);
    all.set(s, at);
    at += s.length;
  }
  all.sort();
  let w = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[w - 1]) all[w++] = all[i]!;
  return all.slice(0, w);
}
