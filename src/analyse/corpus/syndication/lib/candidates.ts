/**
 * Candidate copies by locality-sensitive hashing: articles whose blocks'
 * MinHash signatures agree on a whole band.
 */
import type { Article } from '../../../../model/types.ts';
import type { ArticleFingerprint } from '../../../per-article/fingerprint/index.ts';
import { combine } from '../../../../text/hash.ts';

/** Whether block `b` of an article is its outlet's furniture. */
export type IsFurniture = (article: Article, fp: ArticleFingerprint, b: number) => boolean;

/** Settings of `lshPairs` (see `SyndicationOptions`). */
export interface LshSettings {
  bands: number;
  rows: number;
  /** Words a block needs to generate candidates. */
  minWords: number;
  /** Largest bucket turned into pairs. */
  maxBucket: number;
  /** MinHash values per block signature. */
  signatureSize: number;
}

/**
 * Candidate pairs as codes `i · n + j` (`i < j`, article indexes), sorted,
 * with repeats: articles with kept, non-furniture blocks of at least
 * `minWords` words that fall in one bucket of one band, in buckets of at
 * most `maxBucket` articles.
 */
export function lshPairs(
  articles: readonly Article[],
  fpList: readonly ArticleFingerprint[],
  frequent: IsFurniture,
  settings: LshSettings,
): Float64Array {
  const { bands, rows, minWords, maxBucket, signatureSize: k } = settings;
  const n = articles.length;
  // A bucket entry is its band hash times 2^21 plus the article index, so one sort groups the buckets.
  const entries: number[] = [];
  articles.forEach((a, i) => {
    const fp = fpList[i]!;
    for (let b = 0; b < fp.blockCount; b++) {
      if (a.blocks[b]!.removed || fp.blockWords[b]! < minWords || frequent(a, fp, b)) continue;
      for (let band = 0; band < bands; band++) {
        let h = combine(0x1b873593, band);
        for (let r = 0; r < rows; r++) h = combine(h, fp.blockSignatures[b * k + band * rows + r]!);
        entries.push(h * 2 ** 21 + i);
      }
    }
  });
  const sorted = Float64Array.from(entries).sort();
  const pairCodes: number[] = [];
  for (let start = 0; start < sorted.length; ) {
    const key = Math.floor(sorted[start]! / 2 ** 21);
    let end = start;
    const members: number[] = [];
    while (end < sorted.length && Math.floor(sorted[end]! / 2 ** 21) === key) {
      const i = sorted[end]! - key * 2 ** 21;
      if (members[members.length - 1] !== i) members.push(i);
      end++;
    }
    if (members.length >= 2 && members.length <= maxBucket) {
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length; y++) pairCodes.push(members[x]! * n + members[y]!);
    }
    start = end;
  }
  return Float64Array.from(pairCodes).sort();
}
