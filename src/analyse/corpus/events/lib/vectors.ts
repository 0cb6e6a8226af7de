/**
 * Sparse vectors: the TF-IDF vectors of terms and names that profiles hold,
 * the vocabularies their ids index, and the cosine that compares them.
 */
import { byCodeUnits } from '../../../../text/compare.ts';

/** A sparse vector: ids ascending, weights alongside, L2 norm 1 (or empty). */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** L2-normalised sparse vector from id → weight. */
export function sparse(entries: Map<number, number>): SparseVector {
  const ids = Int32Array.from(entries.keys()).sort();
  const weights = new Float64Array(ids.length);
  let norm = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = entries.get(ids[i] as number) as number;
    weights[i] = w;
    norm += w ** 2;
  }
  norm = Math.sqrt(norm);
  for (let i = 0; i < ids.length; i++) weights[i] = norm === 0 ? 0 : (weights[i] as number) / norm;
  return { ids, weights };
}

/** Cosine of two L2-normalised sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      s += (a.weights[i] as number) * (b.weights[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/**
 * The vocabulary of some documents (lists of keys): each key's id, in the
 * keys' code-unit order, and its document frequency by id.
 */
export function vocabulary(docs: readonly (readonly string[])[]): { ids: Map<string, number>; df: Int32Array } {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of new Set(d)) df.set(k, (df.get(k) ?? 0) + 1);
  const keys = [...df.keys()].sort(byCodeUnits);
  const ids = new Map<string, number>();
  const dfs = new Int32Array(keys.length);
  keys.forEach((k, i) => {
    ids.set(k, i);
    dfs[i] = df.get(k) as number;
  });
  return { ids, df: dfs };
}

/**
 * The ids of a vector, heaviest first, ties by id (`ids`: its ids, ascending).
 * Sorts positions by the weights in `entries`, not pairs: the same order.
 */
export function byWeight(entries: Map<number, number>, ids: Int32Array): number[] {
  const w = Float64Array.from(ids, (id) => entries.get(id) as number);
  const order = Array.from(ids.keys()).sort((a, b) => (w[b] as number) - (w[a] as number) || (ids[a] as number) - (ids[b] as number));
  return order.map((i) => ids[i] as number);
}
