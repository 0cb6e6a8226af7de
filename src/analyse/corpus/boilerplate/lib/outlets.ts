/**
 * The outlet of each article: its `source`, else a name its furniture gives
 * ("X on Facebook", "© X"), else the outlet whose template lines it carries.
 */
import { MIN_TEMPLATE_LINES, OUTLET_NAME_MAX_WORDS, OUTLET_NAME_MIN_CHARS, REPEAT_SHARE } from '../settings.ts';
import type { Article } from '../../../../model/types.ts';
import { rules as defaultRules } from '../rules.ts';
import { isLineRule, matchLine } from './line-rules.ts';
import { repeatFloor, type OutletRepeats } from './repetition.ts';
import { wordCount } from './shape.ts';
import type { Rule } from './types.ts';

const GENERIC_OUTLET = /^(?:follow|like|find|join|share|connect|subscribe|click|us|me|find us|read|see|watch|listen|more|also|the\s+)?\s*(?:us|me|this|it|them)?$/i;
const VERB_START = /^(?:follow|like|find|join|share|connect|subscribe|click|read|see|watch|listen|check|visit|email)\b/i;

/** A captured outlet name, trimmed of punctuation, or null when it is a call to act or a sentence rather than a name. */
function cleanOutlet(name: string | undefined): string | null {
  if (!name) return null;
  const n = name.replace(/\s+/g, ' ').replace(/^[\s,.:;|–—-]+|[\s,.:;|–—-]+$/g, '');
  if (n.length < OUTLET_NAME_MIN_CHARS || GENERIC_OUTLET.test(n) || VERB_START.test(n)) return null;
  if (wordCount(n) > OUTLET_NAME_MAX_WORDS) return null;
  return n;
}

/** The outlet an article's furniture names ("X on Facebook", "© X", "X (XYZ)" sign-off), or null. */
export function guessOutlet(article: Article, ruleList: readonly Rule[] = defaultRules): string | null {
  const votes = new Map<string, { n: number; first: number }>();
  article.blocks.forEach((block, b) => {
    for (const rule of ruleList) {
      if (!isLineRule(rule) || !rule.outletGroup) continue;
      const m = matchLine(rule, block.text);
      const name = cleanOutlet(m?.groups?.[rule.outletGroup]);
      if (!name) continue;
      const v = votes.get(name);
      if (v) v.n++;
      else votes.set(name, { n: 1, first: b });
    }
  });
  let best: string | null = null;
  let bestV = { n: 0, first: Infinity };
  for (const [name, v] of votes) {
    if (v.n > bestV.n || (v.n === bestV.n && v.first < bestV.first)) {
      best = name;
      bestV = v;
    }
  }
  return best;
}

/** Each article's `source`, else the outlet its furniture names; the names guessed are added to `guesses` by article id. */
export function outletsOf(articles: readonly Article[], ruleList: readonly Rule[], guesses: Map<string, string>): (string | null)[] {
  return articles.map((a) => {
    if (a.source) return a.source;
    const g = guessOutlet(a, ruleList);
    if (g) guesses.set(a.id, g);
    return g;
  });
}

/**
 * Give an article with no outlet the outlet whose template lines it carries:
 * the one with the most of them, at least `MIN_TEMPLATE_LINES`, when no other
 * has as many. Sets `outlet[i]` and adds the guess to `guesses`.
 */
export function outletsFromTemplateLines(
  articles: readonly Article[],
  keys: readonly (readonly string[])[],
  outlet: (string | null)[],
  repeats: OutletRepeats,
  guesses: Map<string, string>,
): void {
  const outletsOfLine = new Map<string, string[]>();
  for (const [name, frequent] of repeats.frequent) {
    const floor = repeatFloor(REPEAT_SHARE, repeats.stories.get(name) ?? 0, repeats.minRepeat);
    for (const [key, c] of frequent) {
      if (c < floor) continue;
      const list = outletsOfLine.get(key);
      if (list) list.push(name);
      else outletsOfLine.set(key, [name]);
    }
  }
  articles.forEach((a, i) => {
    if (outlet[i]) return;
    const votes = new Map<string, number>();
    for (const key of new Set(keys[i])) for (const name of outletsOfLine.get(key) ?? []) votes.set(name, (votes.get(name) ?? 0) + 1);
    const ranked = [...votes].sort(([x, vx], [y, vy]) => vy - vx || (x < y ? -1 : x > y ? 1 : 0));
    const [best, most] = ranked[0] ?? [null, 0];
    if (!best || most < MIN_TEMPLATE_LINES || (ranked[1]?.[1] ?? 0) === most) return;
    outlet[i] = best;
    guesses.set(a.id, best);
  });
}
