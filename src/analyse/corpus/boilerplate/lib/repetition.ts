/**
 * Furniture an outlet repeats: block texts counted over the distinct stories
 * of each outlet, each syndication group once, so that a story an outlet ran
 * three times is not taken for its template.
 */
import { REPEAT_SHARE, SENTENCE_REPEAT_SHARE } from '../settings.ts';
import { hasQuote, isStorySentence } from './shape.ts';

/** How often block texts recur in the stories of each outlet. */
export interface OutletRepeats {
  /** Distinct stories a block must recur in, whatever the outlet's size. */
  minRepeat: number;
  /** Per outlet: its distinct stories (syndication groups). */
  stories: Map<string, number>;
  /** Per outlet: block key → stories it recurs in, for keys in at least `minRepeat` stories. */
  frequent: Map<string, Map<string, number>>;
}

/** Rule id of the removals of an outlet's repeated furniture. */
export const REPEATED_OUTLET = 'repeated/outlet';

/** Stories a block must recur in to be furniture of an outlet of `stories` stories, at `share` of them. */
export function repeatFloor(share: number, stories: number, minRepeat: number): number {
  return Math.max(minRepeat, Math.ceil(share * stories));
}

/** Count each outlet's block keys over its distinct stories (syndication groups), keeping those in `minRepeat` or more. */
export function countOutletRepeats(
  keys: readonly (readonly string[])[],
  outlet: readonly (string | null)[],
  group: readonly string[],
  minRepeat: number,
): OutletRepeats {
  const byOutlet = new Map<string, number[]>();
  outlet.forEach((o, i) => {
    if (o === null || o === undefined) return;
    const list = byOutlet.get(o);
    if (list) list.push(i);
    else byOutlet.set(o, [i]);
  });
  const stories = new Map<string, number>();
  const frequent = new Map<string, Map<string, number>>();
  for (const [name, members] of byOutlet) {
    members.sort((x, y) => (group[x]! < group[y]! ? -1 : group[x]! > group[y]! ? 1 : x - y));
    const counts = new Map<string, { n: number; last: string }>();
    let storyCount = 0;
    let prevGroup: string | null = null;
    for (const i of members) {
      if (group[i] !== prevGroup) storyCount++;
      prevGroup = group[i]!;
      const seen = new Set<string>();
      for (const key of keys[i]!) {
        if (!key || seen.has(key)) continue;
        seen.add(key);
        const c = counts.get(key);
        if (!c) counts.set(key, { n: 1, last: group[i]! });
        else if (c.last !== group[i]) {
          c.n++;
          c.last = group[i]!;
        }
      }
    }
    stories.set(name, storyCount);
    const kept = new Map<string, number>();
    for (const [key, c] of counts) if (c.n >= minRepeat) kept.set(key, c.n);
    frequent.set(name, kept);
  }
  return { minRepeat, stories, frequent };
}

/** Is a block with key `key` a template line of `outlet`: in at least `REPEAT_SHARE` of its stories? */
export function isTemplateLine(repeats: OutletRepeats, outlet: string | null, key: string): boolean {
  const c = outlet ? repeats.frequent.get(outlet)?.get(key) : undefined;
  if (c === undefined) return false;
  return c >= repeatFloor(REPEAT_SHARE, stories(repeats, outlet), repeats.minRepeat);
}

function stories(repeats: OutletRepeats, outlet: string | null): number {
  return outlet ? (repeats.stories.get(outlet) ?? 0) : 0;
}

/**
 * Why each block of an article is its outlet's furniture, or undefined: the
 * block recurs in enough of the outlet's stories (a story-shaped sentence in
 * `SENTENCE_REPEAT_SHARE` of them), and holds no quote.
 */
export function repeatedReasons(
  repeats: OutletRepeats,
  outlet: string | null,
  texts: readonly string[],
  keys: readonly string[],
  counts: readonly number[],
): (string | undefined)[] {
  const frequent = outlet ? repeats.frequent.get(outlet) : undefined;
  const total = stories(repeats, outlet);
  return texts.map((t, b) => {
    if (!frequent) return undefined;
    const c = frequent.get(keys[b]!);
    if (c === undefined) return undefined;
    if (hasQuote(t)) return undefined;
    const share = isStorySentence(t, counts[b]) ? SENTENCE_REPEAT_SHARE : REPEAT_SHARE;
    if (c < repeatFloor(share, total, repeats.minRepeat)) return undefined;
    // No count in the reason: it grows with the outlet's articles, and every page that shows it would change with it (the outlet's page gives the counts).
    return `repeated across the articles of ${outlet}`;
  });
}
