/**
 * Logistic regression over a page's headline candidates, fitted by full-batch
 * Adam from zero weights: deterministic, so the same data and settings give
 * the same weights. Two objectives: `binary` (each candidate headline or not)
 * and `softmax` (one headline per page, a conditional logit over its lines).
 */

/** One candidate as the learner sees it: feature indices and values, and its label. */
export interface Row {
  features: Int32Array;
  values: Float64Array;
  positive: boolean;
}

/** The candidates of one page. */
export type Group = Row[];

/** Settings of `fit`. */
export interface FitSettings {
  objective: 'binary' | 'softmax';
  /** L2 penalty per feature weight, per page (default: 0.01). */
  l2: number;
  /** Passes over the data (default: 400). */
  epochs: number;
  /** Adam step size (default: 0.05). */
  rate: number;
  /** Features whose weights may not rise above 0 (lexical cues of furniture). */
  nonPositive: ReadonlySet<number>;
  /** Multiplier on `l2` per feature (default: 1 for all). */
  l2Scale?: Float64Array;
}

const dot = (w: Float64Array, r: Row): number => {
  let s = 0;
  for (let k = 0; k < r.features.length; k++) s += w[r.features[k]!]! * r.values[k]!;
  return s;
};

/** The gradient of the mean loss per page at `w`, into `g`; returns the loss. */
function gradient(groups: readonly Group[], w: Float64Array, g: Float64Array, s: FitSettings): number {
  g.fill(0);
  let loss = 0;
  for (const group of groups) {
    const scores = group.map((r) => dot(w, r));
    if (s.objective === 'binary') {
      // Each page weighs the same whatever its number of lines: its positives and its negatives count half each.
      const pos = group.filter((r) => r.positive).length;
      const neg = group.length - pos;
      group.forEach((r, i) => {
        const p = 1 / (1 + Math.exp(-scores[i]!));
        const weight = r.positive ? 0.5 / Math.max(pos, 1) : 0.5 / Math.max(neg, 1);
        loss -= weight * Math.log(Math.max(r.positive ? p : 1 - p, 1e-12));
        const d = weight * (p - (r.positive ? 1 : 0));
        for (let k = 0; k < r.features.length; k++) g[r.features[k]!]! += d * r.values[k]!;
      });
    } else {
      if (!group.some((r) => r.positive)) continue;
      const max = Math.max(...scores);
      const exp = scores.map((x) => Math.exp(x - max));
      const all = exp.reduce((a, b) => a + b, 0);
      const posSum = exp.reduce((a, e, i) => a + (group[i]!.positive ? e : 0), 0);
      loss -= Math.log(posSum / all);
      group.forEach((r, i) => {
        const d = exp[i]! / all - (r.positive ? exp[i]! / posSum : 0);
        for (let k = 0; k < r.features.length; k++) g[r.features[k]!]! += d * r.values[k]!;
      });
    }
  }
  const n = Math.max(groups.length, 1);
  for (let j = 0; j < w.length; j++) {
    const l2 = s.l2 * (s.l2Scale?.[j] ?? 1);
    g[j] = g[j]! / n + l2 * w[j]!;
    loss += (l2 * w[j]! * w[j]!) / 2;
  }
  return loss / n;
}

/** Fits weights for `size` features. */
export function fit(groups: readonly Group[], size: number, s: FitSettings): Float64Array {
  const w = new Float64Array(size);
  const g = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= s.epochs; t++) {
    gradient(groups, w, g, s);
    for (let j = 0; j < size; j++) {
      m[j] = b1 * m[j]! + (1 - b1) * g[j]!;
      v[j] = b2 * v[j]! + (1 - b2) * g[j]! * g[j]!;
      const mh = m[j]! / (1 - b1 ** t);
      const vh = v[j]! / (1 - b2 ** t);
      w[j] = w[j]! - (s.rate * mh) / (Math.sqrt(vh) + eps);
      if (s.nonPositive.has(j) && w[j]! > 0) w[j] = 0;
    }
  }
  return w;
}

/** A row's score under `w`. */
export const scoreRow = dot;
