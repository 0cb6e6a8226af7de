/**
 * The furniture model: logistic passes over a line's shape and its place in
 * the page, learned offline from real pages (tools/furniture/train.ts) and
 * shipped as weights (`weights.json`). It decides the blocks the sure rules
 * leave undecided.
 */
import shipped from './weights.json' with { type: 'json' };
import { furnitureReason, type ReasonInput } from './explain.ts';
import { ALL_FEATURES, passProbabilities, type FurniturePage, type LogisticWeights } from './features.ts';
import { pageCut } from './cut.ts';
import { SHAPE_FEATURES } from './shape.ts';
import { words } from '../../../../text/words.ts';

/** Weights of the model and the story probability under which a block is furniture. */
export interface FurnitureModel {
  /** Story probability (0–1) under which a block is removed. */
  threshold: number;
  /**
   * The same on a page whose blank lines tell nothing (markdown, text with a
   * blank line after every paragraph or none at all): lower, as the model
   * reads such a page less well and it is more often clean story already.
   */
  thresholdWithoutGaps: number;
  /** The first pass reads the shape alone; each later pass the shape and the context of the pass before. */
  passes: LogisticWeights[];
  /** A typical story line's value of each feature, against which a removal's reasons are found. */
  typical: Record<string, number>;
}

/** The model shipped with Dateline. */
export const furnitureModel: FurnitureModel = shipped as FurnitureModel;

/** Rule id of the model's removals. */
export const LEARNED_FURNITURE = 'furniture/learned';

/**
 * Rule id of the model's removals of a date stamp just above the story: a
 * by-line family id, so that the stamp still gives the article its date
 * (enrich reads removed `byline/` blocks for it).
 */
export const LEARNED_STAMP = 'byline/learned-stamp';

/** Lines (a count) above the story core within which a removed line with a date is the article's stamp. */
const STAMP_LINES = 6;
/** Words (a count) a date stamp has at most. */
const STAMP_WORDS = 15;
const HAS_DATE = SHAPE_FEATURES.indexOf('has:date');

/** The model's verdict on one block. */
export interface LearnedRemoval {
  /** Block index. */
  index: number;
  /** Story probability, under the threshold. */
  story: number;
  /** Why, as a reader reads it. */
  reason: string;
  /** A date stamp just above the story, whose date is the article's. */
  stamp: boolean;
}

/**
 * The blocks of a page the model takes for furniture, not counting those a
 * rule removed already, in page order.
 */
export function learnedRemovals(page: FurniturePage, model: FurnitureModel = furnitureModel): LearnedRemoval[] {
  if (page.texts.length === 0) return [];
  const { p, rows, core } = passProbabilities(page, model.passes);
  const reasons: ReasonInput = {
    shapeNames: SHAPE_FEATURES,
    shapeWeights: model.passes[0]!.weights,
    names: model.passes.length > 1 ? ALL_FEATURES : SHAPE_FEATURES,
    weights: model.passes[model.passes.length - 1]!.weights,
    typical: model.typical,
  };
  const counts = page.texts.map((t) => words(t).length);
  const cut = pageCut(p, counts, page.removed, page.gapsMeaningful ? model.threshold : model.thresholdWithoutGaps);
  const out: LearnedRemoval[] = [];
  p.forEach((story, b) => {
    if (page.removed[b] || story >= cut) return;
    const stamp = b < core[0] && core[0] - b <= STAMP_LINES && counts[b]! <= STAMP_WORDS && rows[b]![HAS_DATE] === 1;
    out.push({ index: b, story, stamp, reason: furnitureReason(reasons, rows[b]!) });
  });
  return out;
}
