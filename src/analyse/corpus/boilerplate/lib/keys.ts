/** Normalised block keys: how blocks are compared across articles. */
export { normalizedKey } from '../../../per-article/fingerprint/lib/tokens.ts';

/** Words of a normalised key (words joined by single spaces). */
export function keyWords(key: string): number {
  if (!key) return 0;
  let n = 1;
  for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) n++;
  return n;
}
