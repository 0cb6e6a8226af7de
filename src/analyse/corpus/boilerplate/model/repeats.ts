/** How often each line of an archive recurs in other stories: a feature of the furniture model. */
import { hasQuote } from '../lib/shape.ts';

/**
 * For every block of every article, the number of other stories of the
 * archive (syndication groups other than its own, each counted once) that
 * carry a block with the same normalised text. A line with a quotation counts
 * 0: two reports of one event may quote the same words on a line of their own.
 *
 * @param keys Normalised text of each block, by article.
 * @param texts Text of each block, by article (to see quotations).
 * @param group Syndication group of each article.
 */
export function archiveRepeats(keys: readonly (readonly string[])[], texts: readonly (readonly string[])[], group: readonly string[]): number[][] {
  const stories = new Map<string, { n: number; last: string }>();
  const order = keys.map((_, i) => i).sort((x, y) => (group[x]! < group[y]! ? -1 : group[x]! > group[y]! ? 1 : x - y));
  for (const i of order) {
    for (const key of new Set(keys[i])) {
      if (!key) continue;
      const c = stories.get(key);
      if (!c) stories.set(key, { n: 1, last: group[i]! });
      else if (c.last !== group[i]) {
        c.n++;
        c.last = group[i]!;
      }
    }
  }
  return keys.map((list, i) => list.map((key, b) => (key && !hasQuote(texts[i]![b]!) ? (stories.get(key)?.n ?? 1) - 1 : 0)));
}
