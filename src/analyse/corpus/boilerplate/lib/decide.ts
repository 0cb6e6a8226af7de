/**
 * The decision on each block of one article, in steps: sure rules first
 * (line rules, runs of blocks, the lead and tail), then the outlet's repeated
 * furniture, then the learned model. Each step decides only blocks no earlier
 * step removed.
 */
import { corpusIndex, type ArticleFacts, type ArticleText } from './article-facts.ts';
import { normalizedKey } from './keys.ts';
import { BlockDecisions } from './decisions.ts';
import { anyRemovingRuleMatches, matchLine } from './line-rules.ts';
import { REPEATED_OUTLET } from './repetition.ts';
import { isStorySentence, wordCount } from './shape.ts';
import type { BlockRule, BlockView, LineRule } from './types.ts';
import type { FurnitureModel } from '../model/model.ts';
import { decideByModel } from '../model/step.ts';

/** The rules of a run, sorted by when they apply. */
export interface RuleSet {
  /** Line rules of position `any`, in list order. */
  anywhere: LineRule[];
  /** Line rules of position `lead` or `tail`, in list order. */
  positioned: LineRule[];
  /** Block rules that run over the whole article, in list order. */
  runs: BlockRule[];
  /** Block rules of position `lead`, run once the story's first sentence is known. */
  lead: BlockRule[];
}

/** One article and what the steps read of it. */
interface ArticleState {
  article: ArticleText;
  texts: string[];
  keys: readonly string[];
  decisions: BlockDecisions;
  /** Why each block is its outlet's repeated furniture, or undefined. */
  repeated: (string | undefined)[];
}

/** Apply a line rule to block `b`: remove it, or trim the match off its end and keep the rest. */
function applyLine(state: ArticleState, rule: LineRule, b: number): void {
  const { decisions } = state;
  if (decisions.removed[b]) return;
  const text = decisions.trimmedText[b] ?? state.texts[b]!;
  const m = matchLine(rule, text, decisions.counts[b]);
  if (!m) return;
  if (rule.action === 'trim') {
    const kept = text.slice(0, m.index).trimEnd();
    if (kept) decisions.trim(b, kept, wordCount(kept), m[0].trim());
    return;
  }
  decisions.remove(b, rule.id, rule.description);
}

/** Run block rules over the article, each marking blocks under its own id. */
function applyBlockRules(state: ArticleState, view: BlockView, rules: readonly BlockRule[]): void {
  for (const rule of rules) rule.match(view, (b, reason) => state.decisions.remove(b, rule.id, reason));
}

/** The first and the last story sentence, not counting furniture or the title repeated (the block count and -1 when there is none). */
function storyBounds(state: ArticleState): { first: number; last: number } {
  const { decisions, keys, repeated, texts } = state;
  const n = texts.length;
  const titleKey = normalizedKey(state.article.title);
  let first = n;
  let last = -1;
  for (let b = 0; b < n; b++) {
    if (decisions.removed[b] || repeated[b]) continue;
    if (titleKey && keys[b] === titleKey) continue;
    if (isStorySentence(decisions.trimmedText[b] ?? texts[b]!, decisions.counts[b])) {
      if (first === n) first = b;
      last = b;
    }
  }
  return { first, last };
}

/**
 * Decide every block of an article from its corpus facts: which stay, which
 * go and why, and which lose an agency code off their end. With `model`, the
 * furniture model decides the blocks the rules leave.
 */
export function decideBlocks(article: ArticleText, facts: ArticleFacts, rules: RuleSet, model: FurnitureModel | null): BlockDecisions {
  const texts = article.blocks.map((b) => b.text);
  const { keys } = facts;
  const decisions = new BlockDecisions(article.blocks, facts.words);
  const { counts, removed } = decisions;
  const n = texts.length;
  // Decided now, applied last: the outlet's furniture does not break a run of other furniture.
  const repeated = facts.repeated.map((r) => r ?? undefined);
  const state: ArticleState = { article, texts, keys, decisions, repeated };

  // 1. Line rules that match anywhere.
  for (const rule of rules.anywhere) for (let b = 0; b < n; b++) applyLine(state, rule, b);

  // 2. Runs of blocks (lists, boxes, captions, other headlines). Blocks that are furniture by another
  //    account (repeated, or a lead/tail rule's shape) do not interrupt a run.
  const aside = texts.map((t, b) => !!removed[b] || !!repeated[b] || anyRemovingRuleMatches(rules.positioned, t, counts[b]!));
  const view: BlockView = { article, self: 0, texts, keys, counts, removed, aside, corpus: corpusIndex(facts.corpus), leadEnd: n };
  applyBlockRules(state, view, rules.runs);

  // 3. Lead and tail: before the first and after the last story sentence.
  const { first, last } = storyBounds(state);
  applyBlockRules(state, { ...view, leadEnd: first }, rules.lead);
  for (const rule of rules.positioned) {
    if (rule.position === 'lead') for (let b = 0; b < first; b++) applyLine(state, rule, b);
    if (rule.position === 'tail') for (let b = last + 1; b < n; b++) applyLine(state, rule, b);
  }

  // 4. The outlet's repeated furniture.
  for (let b = 0; b < n; b++) if (repeated[b]) decisions.remove(b, REPEATED_OUTLET, repeated[b]!);

  // 5. The sure rules have decided: the learned model decides the rest.
  if (model) decideByModel(article, decisions, { model, outletRepeats: facts.outletRepeats, archiveRepeats: facts.archiveRepeats });
  return decisions;
}
