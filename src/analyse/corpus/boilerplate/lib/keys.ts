/**
 * Words and normalised block keys, as every stage compares them. The one
 * place this stage reads the fingerprint stage's tokens, until they move to a
 * shared text module.
 */
export { normalizedKey, words } from '../../../../text/words.ts';

/** Words of a normalised key (words joined by single spaces). */
export function keyWords(key: string): number {
  if (!key) return 0;
  let n = 1;
  for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) n++;
  return n;
}
