/** Fingerprint: Word shingles and MinHash signatures per article and per block. */
export { fingerprint, shingleSet, blockShingles } from './lib/fingerprint.ts';
export type { FingerprintOptions } from './lib/fingerprint.ts';
export type { ArticleFingerprint, Fingerprints } from './lib/types.ts';
