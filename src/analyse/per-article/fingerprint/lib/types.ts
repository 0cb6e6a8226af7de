/**
 * Fingerprints of articles and blocks, read by the syndication and the
 * boilerplate passes.
 */

/** Fingerprint of one article: its blocks' shingles and MinHash signatures. */
export interface ArticleFingerprint {
  /** Article id. */
  id: string;
  /** Number of blocks, in `Article.blocks` order. */
  blockCount: number;
  /**
   * Hashed word shingles of every block, concatenated: those of block `b` are
   * `shingles.subarray(offsets[b], offsets[b + 1])`, sorted ascending, unique.
   * Shingles never cross a block boundary. A block shorter than the shingle
   * size has one shingle made of all its words; an empty block has none.
   */
  shingles: Uint32Array;
  /** `blockCount + 1` offsets into `shingles`. */
  offsets: Uint32Array;
  /** Word count of each block. */
  blockWords: Uint32Array;
  /** Hash of each block's normalised text (its words joined by spaces). */
  blockKeys: Uint32Array;
  /**
   * MinHash of every block, concatenated: that of block `b` is
   * `blockSignatures.subarray(b * k, (b + 1) * k)` with `k = signatureSize`.
   * An empty block's signature is all `0xffffffff`.
   */
  blockSignatures: Uint32Array;
  /** MinHash of the whole article: the element-wise minimum of its kept blocks' signatures. */
  signature: Uint32Array;
}

/** Output of `fingerprint()`. */
export interface Fingerprints {
  /** Shingle length in words. */
  shingleSize: number;
  /** MinHash values per signature. */
  signatureSize: number;
  /** By article id. */
  byId: Map<string, ArticleFingerprint>;
}
