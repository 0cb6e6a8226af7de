/**
 * What the boilerplate stage knows of the whole corpus before it looks at one
 * article: block keys, outlets and what each repeats, titles, leads and
 * syndication groups.
 */
import type { Article } from '../../../../model/types.ts';
import { hasOwnHeadline } from '../../../per-article/parse/index.ts';
import { LEAD_BLOCKS, MIN_TITLE_WORDS } from '../settings.ts';
import { keyWords, normalizedKey } from './keys.ts';
import { anyRemovingRuleMatches } from './line-rules.ts';
import { outletsFromTemplateLines, outletsOf } from './outlets.ts';
import { countOutletRepeats, isTemplateLine, type OutletRepeats } from './repetition.ts';
import type { CorpusIndex, LineRule, Rule } from './types.ts';

/** Corpus facts, per article in input order. */
export interface CorpusFacts {
  /** Normalised text of every block. */
  keys: string[][];
  /** Words of every block. */
  words: number[][];
  /** Each article's outlet: `source`, else guessed, else null. */
  outlet: (string | null)[];
  /** Outlets guessed for articles without a `source`, by article id, sorted by id. */
  outletGuesses: Map<string, string>;
  repeats: OutletRepeats;
  index: CorpusIndex;
}

/** Sort a map by its string keys. */
function sortByKey<V>(m: Map<string, V>): Map<string, V> {
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Normalised title → indices of the articles with that title, for titles of at least `MIN_TITLE_WORDS` words. */
function titleIndex(articles: readonly Article[]): Map<string, number[]> {
  const titles = new Map<string, number[]>();
  articles.forEach((a, i) => {
    const key = normalizedKey(a.title);
    if (keyWords(key) < MIN_TITLE_WORDS) return;
    const list = titles.get(key);
    if (list) list.push(i);
    else titles.set(key, [i]);
  });
  return titles;
}

/**
 * Each article's lead: its first blocks that no line rule takes and its
 * outlet does not repeat, so that a page's menus and stamps do not stand for
 * its lead; and the articles each lead opens.
 */
function leadIndex(
  articles: readonly Article[],
  facts: Pick<CorpusFacts, 'keys' | 'words' | 'outlet' | 'repeats'>,
  lineRules: readonly LineRule[],
): Pick<CorpusIndex, 'leads' | 'leadOwners'> {
  const leadOwners = new Map<string, number[]>();
  const leads = articles.map((a, i) => {
    const lead: string[] = [];
    for (let b = 0; b < a.blocks.length && lead.length < LEAD_BLOCKS; b++) {
      const key = facts.keys[i]![b]!;
      if (!key || a.blocks[b]!.removed) continue;
      if (isTemplateLine(facts.repeats, facts.outlet[i] ?? null, key)) continue;
      if (anyRemovingRuleMatches(lineRules, a.blocks[b]!.text, facts.words[i]![b]!)) continue;
      lead.push(key);
    }
    for (const key of new Set(lead)) {
      if (keyWords(key) < MIN_TITLE_WORDS) continue;
      const owners = leadOwners.get(key);
      if (owners) owners.push(i);
      else leadOwners.set(key, [i]);
    }
    return lead;
  });
  return { leads, leadOwners };
}

/**
 * Gather the corpus facts: outlets (guessed where the source is unknown),
 * each outlet's repeated blocks with each syndication group counted once,
 * titles, leads and groups.
 *
 * @param groupOf Article id → canonical id of its syndication group.
 */
export function gatherCorpusFacts(
  articles: readonly Article[],
  groupOf: ReadonlyMap<string, string>,
  ruleList: readonly Rule[],
  lineRules: readonly LineRule[],
  minRepeat: number,
): CorpusFacts {
  const guesses = new Map<string, string>();
  const outlet = outletsOf(articles, ruleList, guesses);
  const keys = articles.map((a) => a.blocks.map((b) => normalizedKey(b.text)));
  const words = keys.map((k) => k.map(keyWords));
  const group = articles.map((a) => groupOf.get(a.id) ?? a.id);
  const repeats = countOutletRepeats(keys, outlet, group, minRepeat);
  // An article with no outlet that carries another outlet's template lines is that outlet's.
  outletsFromTemplateLines(articles, keys, outlet, repeats, guesses);
  const { leads, leadOwners } = leadIndex(articles, { keys, words, outlet, repeats }, lineRules);
  const index: CorpusIndex = { titles: titleIndex(articles), leads, leadOwners, group, realTitle: articles.map(hasOwnHeadline) };
  return { keys, words, outlet, outletGuesses: sortByKey(guesses), repeats, index };
}
