/**
 * L2-regularised logistic regression fitted by Newton's method: exact,
 * deterministic (no sampling, fixed order), and quick for a few hundred
 * features and a hundred thousand weighted rows.
 */

/** Training rows: features, label (1 = story), weight. */
export interface Rows {
  x: number[][];
  y: number[];
  w: number[];
}

/** Fitted weights: intercept and one weight per feature column. */
export interface Fit {
  bias: number;
  coef: number[];
}

/** Solves `A v = b` for a symmetric positive definite `A` (Cholesky); `A` is overwritten. */
function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  for (let j = 0; j < n; j++) {
    let d = A[j]![j]!;
    for (let k = 0; k < j; k++) d -= A[j]![k]! * A[j]![k]!;
    const l = Math.sqrt(Math.max(d, 1e-12));
    A[j]![j] = l;
    for (let i = j + 1; i < n; i++) {
      let s = A[i]![j]!;
      for (let k = 0; k < j; k++) s -= A[i]![k]! * A[j]![k]!;
      A[i]![j] = s / l;
    }
  }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= A[i]![k]! * z[k]!;
    z[i] = s / A[i]![i]!;
  }
  const v = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let k = i + 1; k < n; k++) s -= A[k]![i]! * v[k]!;
    v[i] = s / A[i]![i]!;
  }
  return v;
}

/**
 * Fits the weights.
 *
 * @param rows Rows (all of one width).
 * @param l2 Penalty on the squared weights (not the intercept), relative to the total row weight.
 * @param iterations Newton steps (default: `25`, more than convergence needs).
 */
export function fitLogistic(rows: Rows, l2: number, iterations = 25): Fit {
  const d = rows.x[0]!.length + 1;
  const beta = new Float64Array(d);
  const totalW = rows.w.reduce((s, v) => s + v, 0);
  const lambda = l2 * totalW;
  // Sparse rows: indices and values of the non-zero features, the intercept first.
  const idx = rows.x.map((r) => [0, ...r.flatMap((v, j) => (v !== 0 ? [j + 1] : []))]);
  const val = rows.x.map((r) => [1, ...r.filter((v) => v !== 0)]);
  for (let it = 0; it < iterations; it++) {
    const H = Array.from({ length: d }, () => new Float64Array(d));
    const g = new Float64Array(d);
    for (let i = 0; i < rows.y.length; i++) {
      const ix = idx[i]!;
      const vx = val[i]!;
      let z = 0;
      for (let k = 0; k < ix.length; k++) z += beta[ix[k]!]! * vx[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const wi = rows.w[i]!;
      const r = wi * (rows.y[i]! - p);
      const h = wi * Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < ix.length; a++) {
        const ia = ix[a]!;
        g[ia] = g[ia]! + r * vx[a]!;
        const ha = h * vx[a]!;
        const Ha = H[ia]!;
        for (let c = 0; c <= a; c++) Ha[ix[c]!] = Ha[ix[c]!]! + ha * vx[c]!;
      }
    }
    // The lower triangle was filled where ia >= ic, as `ix` rises; mirror it.
    for (let a = 0; a < d; a++) for (let c = 0; c < a; c++) H[c]![a] = H[a]![c]!;
    for (let j = 1; j < d; j++) {
      g[j] = g[j]! - lambda * beta[j]!;
      H[j]![j] = H[j]![j]! + lambda;
    }
    H[0]![0] = H[0]![0]! + 1e-9;
    const step = solve(H, g);
    let change = 0;
    for (let j = 0; j < d; j++) {
      beta[j] = beta[j]! + step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-5) break;
  }
  return { bias: beta[0]!, coef: [...beta.slice(1)] };
}
