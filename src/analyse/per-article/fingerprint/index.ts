/** Stage 3: fingerprint. Word shingles and MinHash signatures per article and per block. */
export { fingerprint, shingleSet, blockShingles, intersectionSize, shingleHashes } from './lib/fingerprint.ts';
export type { FingerprintOptions } from './lib/fingerprint.ts';
export type { ArticleFingerprint, Fingerprints } from './lib/types.ts';
export { words, normalizedKey } from './lib/tokens.ts';
export { hashString } from './lib/hash.ts';
export { SHINGLE_SIZE, SIGNATURE_SIZE } from './settings.ts';
