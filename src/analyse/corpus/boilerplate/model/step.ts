/** The furniture model as the last step of the stage's decisions on one article. */
import type { Article } from '../../../../model/types.ts';
import type { BlockDecisions } from '../lib/decisions.ts';
import { gapsMeaningful } from './features.ts';
import { learnedRemovals, LEARNED_FURNITURE, LEARNED_STAMP, type FurnitureModel } from './model.ts';
import { rules } from '../rules.ts';

/** Ids of the rules whose removals the model reads where they stand (`readInPlace`). */
const READ_IN_PLACE: ReadonlySet<string> = new Set(rules.filter((r) => r.readInPlace).map((r) => r.id));

/** What the step knows of the article beyond its blocks: how its lines recur elsewhere. */
export interface LearnedContext {
  model: FurnitureModel;
  /** Other stories of the article's outlet that carry each block (0 when none). */
  outletRepeats: readonly number[];
  /** Other stories of the archive that carry each block. */
  archiveRepeats: readonly number[];
}

/**
 * Let the model decide the blocks no rule removed: each it takes for
 * furniture is removed under `furniture/learned` (a date stamp just above the
 * story under `byline/learned-stamp`), with its main cues as the reason.
 */
export function decideByModel(article: Pick<Article, 'title' | 'format' | 'blocks'>, decisions: BlockDecisions, context: LearnedContext): void {
  const blocks = article.blocks;
  const page = {
    texts: blocks.map((b, i) => decisions.trimmedText[i] ?? b.text),
    kinds: blocks.map((b) => b.kind),
    lines: blocks.map((b) => b.line),
    gapsMeaningful: gapsMeaningful(article.format, blocks.map((b) => b.line)),
    removed: decisions.removed.map((r) => r !== undefined && !READ_IN_PLACE.has(r.ruleId)),
    outletRepeats: context.outletRepeats,
    archiveRepeats: context.archiveRepeats,
    title: article.title,
  };
  for (const r of learnedRemovals(page, context.model)) decisions.remove(r.index, r.stamp ? LEARNED_STAMP : LEARNED_FURNITURE, r.reason);
}
