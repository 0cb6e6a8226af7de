/**
 * The heavy-loss check: articles that lost so much of their text to removals
 * that a person should look at them (the build report's heavy removals).
 */
import type { Block } from '../../../../model/types.ts';
import { HEAVY_LOSS_SHARE } from '../settings.ts';

/** An article as the check reads it: its file and its blocks. */
export interface LossInput {
  file: string;
  blocks: readonly Pick<Block, 'text' | 'removed'>[];
}

/** An article that lost more than the flag share of its text. */
export interface HeavyRemoval {
  file: string;
  /** Share of the body's characters in removed blocks, in whole percent. */
  percent: number;
}

/** Share of an article's body text (characters) in removed blocks, in whole percent (`0` for an empty body). */
export function removedPercent(article: LossInput): number {
  const total = article.blocks.reduce((n, b) => n + b.text.length, 0);
  const removed = article.blocks.reduce((n, b) => n + (b.removed ? b.text.length : 0), 0);
  return total ? Math.round((100 * removed) / total) : 0;
}

/**
 * The articles that lost more than `share` of their body text to removals,
 * in input order.
 *
 * @param share Ratio of characters (default: `HEAVY_LOSS_SHARE` = `0.4`).
 */
export function heavyRemovals(articles: readonly LossInput[], share = HEAVY_LOSS_SHARE): HeavyRemoval[] {
  return articles.map((a) => ({ file: a.file, percent: removedPercent(a) })).filter((h) => h.percent > share * 100);
}
