/** The boilerplate stage's entry points: mark the furniture, then confirm the syndication groups on the clean text. */
import type { Article } from '../../../../model/types.ts';
import { findSyndication, type SyndicationOptions, type SyndicationResult } from '../../syndication/index.ts';
import { rules as defaultRules } from '../rules.ts';
import { MIN_REPEAT } from '../settings.ts';
import { articleFacts, type ArticleFacts, type ArticleText } from './article-facts.ts';
import { gatherCorpusFacts } from './corpus.ts';
import { applyDecisions, type Decided } from './decisions.ts';
import { decideBlocks, type RuleSet } from './decide.ts';
import { isLineRule } from './line-rules.ts';
import type { BlockRule, BoilerplateResult, FurnitureResult, LineRule, Rule } from './types.ts';
import { furnitureModel, type FurnitureModel } from '../model/model.ts';
import { archiveRepeats } from '../model/repeats.ts';

/** Options of {@link markFurniture}. */
export interface FurnitureOptions {
  /** The rules to apply (default: `rules` from `rules.ts`). */
  rules?: readonly Rule[];
  /** Distinct stories of an outlet a block must recur in (default: `MIN_REPEAT` = `3`). */
  minRepeat?: number;
  /** The learned model that decides the blocks the rules leave (default: the shipped model; `null`: rules only). */
  model?: FurnitureModel | null;
}

/** Options of {@link stripBoilerplate}. */
export interface BoilerplateOptions extends FurnitureOptions {
  /** Options of the confirming syndication pass (default: `{}`, the syndication defaults). */
  syndication?: SyndicationOptions;
}

/** Sort a rule list by when its rules apply. */
function ruleSet(ruleList: readonly Rule[]): RuleSet {
  const lines = ruleList.filter(isLineRule);
  const blocks = ruleList.filter((r): r is BlockRule => !isLineRule(r));
  const positioned = (r: LineRule): boolean => (r.position ?? 'any') !== 'any';
  return {
    anywhere: lines.filter((r) => !positioned(r)),
    positioned: lines.filter(positioned),
    runs: blocks.filter((r) => r.position !== 'lead'),
    lead: blocks.filter((r) => r.position === 'lead'),
  };
}

/** An article's text and its corpus facts: all its furniture decisions read. */
export interface FurnitureItem {
  /** The article's content file, to name when deciding it fails. */
  file: string;
  article: ArticleText;
  facts: ArticleFacts;
}

/** What {@link furnitureItems} gathers. */
export interface FurnitureFacts {
  /** One item per article, input order. */
  items: FurnitureItem[];
  /** Outlet names recognised in the furniture of articles whose `source` is null, by article id, sorted by id. */
  outletGuesses: Map<string, string>;
}

/**
 * Gather the corpus facts and cut them down to each article: the input of
 * the decisions, article by article, so that an article whose item is the
 * same as in an earlier build can take that build's decisions.
 *
 * @param articles The articles syndication grouped.
 * @param syndication The syndication groups of the same articles; each group is counted once.
 * @param options `rules` (default: the rules of `rules.ts`), `minRepeat` (default: `3`).
 */
export function furnitureItems(
  articles: readonly Article[],
  syndication: Pick<SyndicationResult, 'groupOf'>,
  options: Omit<FurnitureOptions, 'model'> = {},
): FurnitureFacts {
  const ruleList = options.rules ?? defaultRules;
  const facts = gatherCorpusFacts(articles, syndication.groupOf, ruleList, ruleList.filter(isLineRule), options.minRepeat ?? MIN_REPEAT);
  const archive = archiveRepeats(facts.keys, articles.map((a) => a.blocks.map((b) => b.text)), facts.index.group);
  const items = articles.map((a, i) => {
    // The syntax trees stay behind: no decision reads them, and an item may cross to a worker thread.
    const article: ArticleText = { title: a.title, format: a.format, blocks: a.blocks.map(({ node: _node, ...block }) => block) };
    return { file: a.file, article, facts: articleFacts(facts, archive, article, i) };
  });
  return { items, outletGuesses: facts.outletGuesses };
}

/** The shipped rules, sorted once. */
const shippedRules = ruleSet(defaultRules);

/** The decisions on one article by the shipped rules and model, for an item gathered with the shipped rules. */
export function decideFurniture(item: FurnitureItem): Decided {
  return decideBlocks(item.article, item.facts, shippedRules, furnitureModel).decided(item.article.blocks);
}

/** The articles with their decisions applied (one per article, same order); blocks nothing changed are shared. */
export function applyFurniture(articles: readonly Article[], decided: readonly Decided[]): Article[] {
  return articles.map((a, i) => applyDecisions(a, decided[i]!));
}

/**
 * Mark the blocks of each article that are page furniture, not story.
 *
 * Two sources of evidence, every removal kept with its reason:
 * 1. The corpus: a block whose text recurs in `minRepeat` or more distinct
 *    stories of one outlet (each syndication group counted once) is that
 *    outlet's furniture (`repeated/outlet`). Quotes are never removed this way,
 *    and a block of sentence shape only when it recurs in at least half the
 *    outlet's stories. The outlet is `source`, else one guessed from the
 *    article's furniture.
 * 2. Rules kept as data (`rules.ts`, `rules/`): inserts, share lines,
 *    sign-offs, contact lines, trailing headline lists, repeated captions, …
 *    A rule with position `lead` (`tail`) only matches before the first (after
 *    the last) story sentence; `trim` rules cut an agency code off a sentence
 *    and keep it.
 * 3. The furniture model (`model/`), learned from real pages: it decides the
 *    blocks the rules leave, from what each line looks like, where it stands
 *    against the page's densest run of story text, and how often it recurs in
 *    the outlet and the archive (`furniture/learned`, with its main cues).
 *
 * @param articles The articles syndication grouped.
 * @param syndication The syndication groups of the same articles; each group is counted once.
 * @param options `rules` (default: the rules of `rules.ts`), `minRepeat` (default: `3`),
 *   `model` (default: the shipped furniture model).
 */
export function markFurniture(
  articles: readonly Article[],
  syndication: Pick<SyndicationResult, 'groupOf'>,
  options: FurnitureOptions = {},
): FurnitureResult {
  const rules = options.rules ? ruleSet(options.rules) : shippedRules;
  const model = options.model === undefined ? furnitureModel : options.model;
  const { items, outletGuesses } = furnitureItems(articles, syndication, options);
  const decided = items.map((item) => decideBlocks(item.article, item.facts, rules, model).decided(item.article.blocks));
  return { articles: applyFurniture(articles, decided), outletGuesses };
}

/**
 * Mark the furniture, then confirm the syndication groups on the clean text:
 * syndication runs again over the kept blocks with the same fingerprints
 * (group, count each group once, strip, confirm). `syndication` is the
 * confirmed result: its copies are decided on the clean text.
 *
 * The two steps as an orchestrator calls them itself:
 * `const marked = markFurniture(articles, syndication);`
 * `const confirmed = findSyndication(marked.articles, syndication.fingerprints, { outletOf: marked.outletGuesses });`
 *
 * @param articles The articles syndication grouped.
 * @param syndication Result of `findSyndication()` on the same articles; its groups are counted once.
 * @param options `rules` (default: the rules of `rules.ts`), `minRepeat` (default: `3`),
 *   `model` (default: the shipped furniture model), `syndication` (default: `{}`, the syndication defaults).
 */
export function stripBoilerplate(
  articles: readonly Article[],
  syndication: SyndicationResult,
  options: BoilerplateOptions = {},
): BoilerplateResult {
  const marked = markFurniture(articles, syndication, options);
  const confirmed = findSyndication(marked.articles, syndication.fingerprints, { ...options.syndication, outletOf: marked.outletGuesses });
  return { articles: marked.articles, outletGuesses: marked.outletGuesses, syndication: confirmed };
}
