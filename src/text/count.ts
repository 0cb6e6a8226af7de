/** Counts in words: "1 error", "2 errors", "1 syndicated copy". */

/**
 * `n` and the noun in the number `n` asks for: the plural is the noun with
 * an "s" unless given (`copy`, `copies`). Thousands are grouped (1,000).
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}
