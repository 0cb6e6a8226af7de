/**
 * Shingles: hashed runs of consecutive words, so that two texts can be
 * compared by the runs they share without building a string per run; and
 * the count of what two sorted shingle sets share.
 *
 * Two schemes, for two questions:
 * - `shingleHashes` (fingerprints: near-duplicate blocks and articles).
 *   Every text of at least one word has a shingle, so a one-line block can
 *   still be matched across outlets; words are hashed with `hashString`.
 * - `phraseShingleHashes` (events: quotes two reports share). Only full runs
 *   of `size` words count, since a shorter text shares no phrase of that
 *   length; words are hashed with plain FNV-1a.
 * Their hash values are kept as they are: fingerprints and event profile
 * bases are stored in the build cache.
 */
import { combine, fnv1a, hashString } from './hash.ts';

/**
 * Hashed `size`-word shingles of a list of words, sorted ascending, unique.
 * A list shorter than `size` gives one shingle of all its words; an empty one none.
 */
export function shingleHashes(words: readonly string[], size: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = words.map(hashString);
  const n = Math.max(1, words.length - size + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    const end = Math.min(i + size, words.length);
    for (let j = i; j < end; j++) h = combine(h, wordHashes[j]!);
    out[i] = h;
  }
  out.sort();
  let w = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i]!;
  return out.slice(0, w);
}

/**
 * Hashes of the `size`-word shingles of a list of words, sorted ascending,
 * unique; none when the list is shorter than `size`. A shingle's hash
 * combines its words' hashes.
 */
export function phraseShingleHashes(words: readonly string[], size: number): number[] {
  if (words.length < size) return [];
  const hs = words.map(fnv1a);
  const out = new Set<number>();
  for (let i = 0; i + size <= hs.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + size; k++) h = Math.imul(h ^ (hs[k] as number), 0x01000193);
    out.add(h >>> 0);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Ratio of lengths from which `intersectionSize` looks each value of the
 * shorter array up in the longer one (a galloping search) instead of
 * walking both: a quote's dozen shingles against a text's six hundred.
 */
const GALLOP_RATIO = 8;

/** Size of the intersection of two sorted unique arrays. */
export function intersectionSize(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length * GALLOP_RATIO < b.length) return gallopingIntersection(a, b);
  if (b.length * GALLOP_RATIO < a.length) return gallopingIntersection(b, a);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** `intersectionSize` of a short sorted array and a long one: each value of `small` found in `large` by doubling steps, then halving. */
function gallopingIntersection(small: ArrayLike<number>, large: ArrayLike<number>): number {
  let n = 0;
  let lo = 0;
  for (let i = 0; i < small.length && lo < large.length; i++) {
    const x = small[i]!;
    // Find the first index ≥ lo whose value is ≥ x.
    let step = 1;
    let hi = lo;
    while (hi < large.length && large[hi]! < x) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi > large.length) hi = large.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (large[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo < large.length && large[lo] === x) {
      n++;
      lo++;
    }
  }
  return n;
}
