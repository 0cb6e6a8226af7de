/** Where the furniture model draws the line on one page. */

/**
 * Share of a page's words (a ratio, of those no rule removed) the model must
 * leave at its threshold; when it would leave less, it finds no story it can
 * tell from the furniture (a listing, a page of short items) and removes only
 * the lines it is nearly sure of (`SURE_FURNITURE`).
 */
export const MIN_KEPT_SHARE = 0.3;

/** Story probability under which a line is furniture even on a page where the model finds little story. */
export const SURE_FURNITURE = 0.02;

/**
 * The story probability under which the blocks of a page are removed: the
 * model's threshold, or `SURE_FURNITURE` on a page where the threshold would
 * leave less than `MIN_KEPT_SHARE` of the words.
 *
 * @param p Story probability of each block.
 * @param counts Words of each block.
 * @param removed Blocks a rule removed already.
 * @param threshold The model's threshold for the page.
 */
export function pageCut(p: readonly number[], counts: readonly number[], removed: readonly boolean[], threshold: number): number {
  let total = 0;
  let kept = 0;
  p.forEach((story, b) => {
    if (removed[b]) return;
    total += counts[b]!;
    if (story >= threshold) kept += counts[b]!;
  });
  return total > 0 && kept / total < MIN_KEPT_SHARE ? Math.min(threshold, SURE_FURNITURE) : threshold;
}
