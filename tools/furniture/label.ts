/**
 * Labels each line (block) of a copied page story or furniture by aligning
 * the lines, in page order, with the ground truth's story text.
 *
 * A line may occur in the story text more than once or in a place that does
 * not fit (a table of contents repeats the subheadings; a "Related" list may
 * quote a sentence): the labeller picks, for every line, at most one place
 * in the story text, such that the places rise with the page order and cover
 * the most story words. A line is story when its place covers at least half
 * of it; a short line (fewer than `SHORT_TOKENS` tokens) only when it is a
 * whole line of the story text, so that "Home" or "Share" do not match a word
 * inside a paragraph.
 */
import { scoreTokens } from './metric.ts';

/** Lines with fewer tokens must equal a whole line of the story text. */
export const SHORT_TOKENS = 5;
/** Share of a long line's shingles its place must cover for the line to be story. */
export const STORY_SHARE = 0.5;
/** Places in the story text tried per line, at most. */
const MAX_PLACES = 24;
/** Tokens by which consecutive places may overlap (a copied line may repeat the end of the one before). */
const OVERLAP = 3;

/** Label of one block. */
export interface LineLabel {
  /** Story text, by the alignment. */
  story: boolean;
  /** Share of the line's tokens (shingles, for a long line) covered by its place; 0 when it has none. */
  share: number;
  /** Tokens of the line. */
  tokens: number;
}

interface Place {
  line: number;
  start: number;
  length: number;
  weight: number;
  share: number;
}

function shingle(t: readonly string[], i: number): string {
  return `${t[i]} ${t[i + 1]} ${t[i + 2]} ${t[i + 3]}`;
}

/** Candidate places of each line in the story tokens. */
function placesOf(lines: readonly string[][], gold: readonly string[], goldLines: Map<string, number[]>): Place[] {
  const index = new Map<string, number[]>();
  for (let q = 0; q + 4 <= gold.length; q++) {
    const k = shingle(gold, q);
    const list = index.get(k);
    if (list) list.push(q);
    else index.set(k, [q]);
  }
  const places: Place[] = [];
  lines.forEach((t, line) => {
    const n = t.length;
    if (n === 0) return;
    if (n < SHORT_TOKENS) {
      for (const start of (goldLines.get(t.join(' ')) ?? []).slice(0, MAX_PLACES)) places.push({ line, start, length: n, weight: n, share: 1 });
      return;
    }
    // Votes for the place where the line starts, one per matching shingle.
    const votes = new Map<number, number>();
    for (let k = 0; k + 4 <= n; k++) {
      for (const q of index.get(shingle(t, k)) ?? []) votes.set(q - k, (votes.get(q - k) ?? 0) + 1);
    }
    if (votes.size === 0) {
      for (const start of (goldLines.get(t.join(' ')) ?? []).slice(0, MAX_PLACES)) places.push({ line, start, length: n, weight: n, share: 1 });
      return;
    }
    // Votes of nearby starts add up: a word dropped or added shifts the rest of the line.
    const starts = [...votes.keys()].sort((a, b) => a - b);
    const scored = starts.map((s) => {
      let w = 0;
      for (const u of starts) if (Math.abs(u - s) <= OVERLAP) w += votes.get(u)!;
      return { s, w: Math.min(w, n - 3) };
    });
    scored.sort((a, b) => b.w - a.w || a.s - b.s);
    const taken: number[] = [];
    for (const { s, w } of scored) {
      if (taken.length >= MAX_PLACES) break;
      if (taken.some((u) => Math.abs(u - s) <= OVERLAP)) continue;
      taken.push(s);
      places.push({ line, start: s, length: n, weight: w + 3, share: w / (n - 3) });
    }
  });
  return places;
}

/**
 * Labels of the blocks of a page against its story text.
 *
 * @param texts Block texts in page order.
 * @param mainContent The ground truth's story text (paragraphs on lines of their own).
 */
export function labelLines(texts: readonly string[], mainContent: string): LineLabel[] {
  const gold: string[] = [];
  const goldLines = new Map<string, number[]>();
  for (const raw of mainContent.split('\n')) {
    const t = scoreTokens(raw);
    if (t.length === 0) continue;
    const key = t.join(' ');
    const list = goldLines.get(key);
    if (list) list.push(gold.length);
    else goldLines.set(key, [gold.length]);
    gold.push(...t);
  }
  const lines = texts.map(scoreTokens);
  const places = placesOf(lines, gold, goldLines).sort((a, b) => a.line - b.line || a.start - b.start);
  // Heaviest chain of places rising with the page order (weighted longest increasing subsequence).
  const best = new Float64Array(places.length);
  const prev = new Int32Array(places.length).fill(-1);
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    best[i] = p.weight;
    for (let j = 0; j < i; j++) {
      const o = places[j]!;
      if (o.line >= p.line || o.start + o.length - OVERLAP > p.start) continue;
      if (best[j]! + p.weight > best[i]!) {
        best[i] = best[j]! + p.weight;
        prev[i] = j;
      }
    }
  }
  const labels: LineLabel[] = lines.map((t) => ({ story: false, share: 0, tokens: t.length }));
  let end = -1;
  for (let i = 0; i < places.length; i++) if (end < 0 || best[i]! > best[end]!) end = i;
  for (let i = end; i >= 0; i = prev[i]!) {
    const p = places[i]!;
    labels[p.line] = { story: p.share >= STORY_SHARE, share: p.share, tokens: p.length };
  }
  return labels;
}
