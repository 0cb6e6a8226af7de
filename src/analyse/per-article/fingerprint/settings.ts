/**
 * Settings of the fingerprint step. Each value has its unit and the reason
 * for it; change them here, nowhere else.
 */

/**
 * Shingle length, in words. Four words is the unit of the extraction metric
 * (4-word shingles) and long enough that two unrelated texts rarely share one.
 */
export const SHINGLE_SIZE = 4;

/**
 * MinHash signature length, in hash values per block and per article. 32
 * values estimate a Jaccard similarity to about ±0.09 (1/√32 × 0.5) which is
 * enough for candidate generation; confirmation uses exact shingle sets.
 */
export const SIGNATURE_SIZE = 32;

/**
 * Seed of the MinHash hash family (an integer). Fixed so that fingerprints
 * are byte-identical across runs and machines.
 */
export const HASH_SEED = 0x5eed_d47e;
