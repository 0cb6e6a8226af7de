/** The choice both the attaching of small clusters and the joining of fragments make: the one clearly best candidate. */

/**
 * The candidate with the highest score, when that score is at least `floor`
 * and `margin` times the second best; -1 when there is none or the choice
 * is not clear. Candidates are read in the order given, and a tie keeps the
 * first, so callers pass them sorted for a result that does not depend on
 * the order a map was filled in.
 */
export function clearBest(scored: Iterable<readonly [candidate: number, score: number]>, floor: number, margin: number): number {
  let best = -1;
  let bestScore = 0;
  let second = 0;
  for (const [candidate, score] of scored) {
    if (score > bestScore) [second, bestScore, best] = [bestScore, score, candidate];
    else if (score > second) second = score;
  }
  return best < 0 || bestScore < floor || bestScore < margin * second ? -1 : best;
}
