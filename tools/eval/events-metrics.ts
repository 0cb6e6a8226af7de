/**
 * Clustering and correlation metrics used by the evaluations.
 */

/** Precision, recall and their harmonic mean. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function prf(precision: number, recall: number): PRF {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function groupSizes(labels: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const label of labels) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  return sizes;
}

/**
 * Pairwise precision and recall: over all unordered pairs of items, a pair is
 * predicted positive when both items share a predicted cluster, and truly
 * positive when they share a gold cluster. `gold[i]` and `predicted[i]`
 * label the same item. With no predicted (or gold) pairs, precision (or
 * recall) is 1.
 */
export function pairwise(gold: readonly string[], predicted: readonly string[]): PRF {
  if (gold.length !== predicted.length) throw new Error('pairwise: label arrays differ in length');
  const choose2 = (n: number) => (n * (n - 1)) / 2;
  let goldPairs = 0;
  for (const n of groupSizes(gold).values()) goldPairs += choose2(n);
  let predPairs = 0;
  for (const n of groupSizes(predicted).values()) predPairs += choose2(n);
  const joint = groupSizes(gold.map((g, i) => `${g}\u0000${predicted[i]}`));
  let both = 0;
  for (const n of joint.values()) both += choose2(n);
  return prf(predPairs === 0 ? 1 : both / predPairs, goldPairs === 0 ? 1 : both / goldPairs);
}

/**
 * B-cubed precision and recall (Bagga & Baldwin 1998): for each item, the
 * share of its predicted cluster that is in its gold cluster (precision) and
 * the share of its gold cluster that is in its predicted cluster (recall),
 * averaged over items.
 */
export function bcubed(gold: readonly string[], predicted: readonly string[]): PRF {
  if (gold.length !== predicted.length) throw new Error('bcubed: label arrays differ in length');
  if (gold.length === 0) return prf(1, 1);
  const goldSizes = groupSizes(gold);
  const predSizes = groupSizes(predicted);
  const joint = groupSizes(gold.map((g, i) => `${g}\u0000${predicted[i]}`));
  let p = 0;
  let r = 0;
  for (let i = 0; i < gold.length; i++) {
    const j = joint.get(`${gold[i]}\u0000${predicted[i]}`) ?? 0;
    p += j / (predSizes.get(predicted[i] as string) ?? 1);
    r += j / (goldSizes.get(gold[i] as string) ?? 1);
  }
  return prf(p / gold.length, r / gold.length);
}

/** Pearson's correlation coefficient; 0 when either side is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n !== ys.length) throw new Error('pearson: arrays differ in length');
  if (n === 0) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Ranks from 1, ties given their average rank. */
export function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new Array<number>(xs.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && (order[j + 1] as readonly [number, number])[0] === (order[i] as readonly [number, number])[0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[(order[k] as readonly [number, number])[1]] = rank;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation: Pearson's over ranks, ties averaged. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(ranks(xs), ranks(ys));
}
