/** Settings of the furniture model's training, chosen by cross-validation on the training pages. */

/** What the trainer fits with. */
export interface Settings {
  /** Row weight grows as `(1 + tokens) ^ alpha`: long lines carry more of the story text the metric counts. */
  alpha: number;
  /** 0: a page's rows weigh as many as its lines; 1: every page weighs the same, as the metric averages over pages. */
  pageWeight: number;
  /** L2 penalty of the first (shape) pass, relative to the total row weight. */
  l2First: number;
  /** L2 penalty of the second (full) pass. */
  l2Second: number;
  /** Passes of the model: the first reads the shape alone, each later one the context of the pass before. */
  passes: number;
  /** 1: fit on every page also without its blank lines (see `train.ts`). */
  augment: number;
  /** Story probability under which the stage removes a block. */
  threshold: number;
  /** The same on pages whose blank lines tell nothing; chosen on the synthetic tuned corpus of `tools/eval`, whose pages have none. */
  thresholdWithoutGaps: number;
}

export const DEFAULT_SETTINGS: Settings = { alpha: 0.5, l2First: 1e-3, l2Second: 1e-3, threshold: 0.2, thresholdWithoutGaps: 0.01, passes: 3, pageWeight: 0, augment: 1 };

/**
 * Weights not learned from the pages: the WCXB pages are each from another
 * site, so a line repeated across one outlet's stories never occurs in them
 * and its weight cannot be learned there. A line that recurs in one outlet's
 * other stories but too rarely for the sure rule (`repeated/outlet`) is taken
 * as a strong hint of furniture: as strong as the strongest lexical cue.
 */
export const FIXED_WEIGHTS: Record<string, number> = {
  'repeat:outlet': -2,
  'repeat:outlet-any': -1,
};
