/**
 * The text metric the project is measured with (shared/tools/score): multisets
 * of 4-word shingles of lower-cased letter-and-digit tokens, precision and
 * recall per document, averaged over documents as the Article Extraction
 * Benchmark does. Used for tuning on the training pages; held-out figures come
 * from the scorer itself.
 */

/** Lower-cased tokens as the scorer cuts them. */
export function scoreTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Shingle counts of one document. */
export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

function shingleKeys(tokens: readonly string[]): string[] {
  if (tokens.length === 0) return [];
  if (tokens.length < 4) return [tokens.join(' ') + `|${tokens.length}`];
  const out: string[] = [];
  for (let i = 0; i + 4 <= tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]} ${tokens[i + 3]}`);
  return out;
}

/** Shingle counts of a predicted text against the true one, both as tokens. */
export function shingleCounts(truth: readonly string[], predicted: readonly string[]): ShingleCounts {
  const bag = new Map<string, number>();
  let nTrue = 0;
  for (const k of shingleKeys(truth)) {
    bag.set(k, (bag.get(k) ?? 0) + 1);
    nTrue++;
  }
  let tp = 0;
  let nPred = 0;
  for (const k of shingleKeys(predicted)) {
    nPred++;
    const c = bag.get(k);
    if (c && c > 0) {
      tp++;
      bag.set(k, c - 1);
    }
  }
  return { tp, fp: nPred - tp, fn: nTrue - tp };
}

/** Precision, recall and F1 averaged over documents, as the scorer aggregates them. */
export function aggregate(list: readonly ShingleCounts[]): { P: number; R: number; F1: number; docs: number } {
  const precs: number[] = [];
  const recs: number[] = [];
  for (const { tp: a, fp: b, fn: c } of list) {
    const s = a + b + c;
    const [tp, fp, fn] = s > 0 ? [a / s, b / s, c / s] : [0, 0, 0];
    const p = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
    const r = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
    if (tp + fp > 0) precs.push(p);
    if (tp + fn > 0) recs.push(r);
  }
  const mean = (x: number[]) => (x.length ? x.reduce((u, v) => u + v, 0) / x.length : 0);
  const P = mean(precs);
  const R = mean(recs);
  return { P, R, F1: P + R > 0 ? (2 * P * R) / (P + R) : 0, docs: list.length };
}
