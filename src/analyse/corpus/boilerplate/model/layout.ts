/**
 * Where the story text of a page lies, from the story probabilities of a
 * pass: its core (the densest run of story-like lines), a wider core, its
 * span (first to last sure paragraph), its segments, and the runs of short
 * lines around it.
 */
import { endsLikeSentence } from '../lib/shape.ts';
import { logScale } from './shape.ts';

/** Story probability (of the pass before) above which a line adds to the story core. */
export const CORE_CUT = 0.5;
/** The same, for a wider core that takes in lists and short lines between paragraphs. */
export const WIDE_CORE_CUT = 0.25;
/** Story probability from which a line of `SPAN_WORDS` or more words opens or closes the story span. */
export const SPAN_P = 0.8;
/** Words (a count) a line needs to open or close the story span. */
export const SPAN_WORDS = 12;
/** Words (a count) a line of a run of short lines has at most, when it does not end like a sentence. */
export const SHORT_LINE_WORDS = 8;
/**
 * The page's story core: the contiguous run of blocks where story-like lines
 * (first-pass probability above `CORE_CUT`, weighed by their words) most
 * outweigh the others. `[start, end]`, inclusive; `[0, -1]` when no line is story-like.
 * Lines `aside` (furniture a rule removed: an insert, an advertisement marker)
 * weigh nothing, so that they do not cut the story in two.
 */
export function storyCore(p1: readonly number[], wordCounts: readonly number[], cut = CORE_CUT, aside: readonly boolean[] = []): [number, number] {
  let best = 0;
  let bestRange: [number, number] = [0, -1];
  let sum = 0;
  let start = 0;
  for (let b = 0; b < p1.length; b++) {
    const v = aside[b] ? 0 : (p1[b]! - cut) * Math.sqrt(1 + wordCounts[b]!);
    if (sum <= 0) {
      sum = 0;
      start = b;
    }
    sum += v;
    if (sum > best) {
      best = sum;
      bestRange = [start, b];
    }
  }
  return bestRange;
}

/** Length of the run of short, unpunctuated lines each block stands in (0 for other lines). */
export function shortRuns(texts: readonly string[], wordCounts: readonly number[]): number[] {
  const short = texts.map((t, b) => wordCounts[b]! <= SHORT_LINE_WORDS && !endsLikeSentence(t));
  const out = new Array<number>(texts.length).fill(0);
  for (let b = 0; b < texts.length; ) {
    if (!short[b]) {
      b++;
      continue;
    }
    let e = b;
    while (e + 1 < texts.length && short[e + 1]) e++;
    for (let k = b; k <= e; k++) out[k] = e - b + 1;
    b = e + 1;
  }
  return out;
}

/** Lines (a count) of furniture-like lines that may stand inside one segment of story text. */
const SEGMENT_GAP = 2;

/** Where each line stands among the segments of story-like text: in the main one, the share of its own, furniture lines to the main one. */
export interface SegmentPlace {
  main: boolean;
  share: number;
  fromMain: number;
}

/**
 * Segments of story-like lines (probability `CORE_CUT` or more), a segment
 * running on across at most `SEGMENT_GAP` other lines; the main one holds the
 * most words. A page's story is one segment; a comment thread or an author's
 * biography after a share bar is another. Lines `aside` neither join nor part segments.
 */
export function segmentPlaces(p: readonly number[], counts: readonly number[], aside: readonly boolean[] = []): SegmentPlace[] {
  const n = p.length;
  const spans: { start: number; end: number; words: number }[] = [];
  // Furniture-like lines before each index, so that a count between two lines is one subtraction.
  const before = new Array<number>(n + 1).fill(0);
  for (let k = 0; k < n; k++) before[k + 1] = before[k]! + (p[k]! < CORE_CUT && !aside[k] ? 1 : 0);
  const furnitureBetween = (from: number, to: number): number => (to > from ? before[to]! - before[from]! : 0);
  for (let b = 0; b < n; b++) {
    if (p[b]! < CORE_CUT || aside[b]) continue;
    const last = spans[spans.length - 1];
    if (last && furnitureBetween(last.end + 1, b) <= SEGMENT_GAP) {
      last.end = b;
      last.words += counts[b]!;
    } else spans.push({ start: b, end: b, words: counts[b]! });
  }
  const total = spans.reduce((s, x) => s + x.words, 0);
  if (spans.length === 0 || total === 0) return p.map(() => ({ main: false, share: 0, fromMain: 1 }));
  let main = spans[0]!;
  for (const x of spans) if (x.words > main.words) main = x;
  let s = 0;
  return p.map((_, b) => {
    while (s + 1 < spans.length && spans[s]!.end < b && spans[s + 1]!.start - b <= b - spans[s]!.end) s++;
    const own = spans[s]!;
    const fromMain = b < main.start ? furnitureBetween(b + 1, main.start) : b > main.end ? furnitureBetween(main.end + 1, b) : 0;
    return { main: b >= main.start && b <= main.end, share: own.words / total, fromMain: logScale(fromMain, 50) };
  });
}

/** First and last index of the lines of `SPAN_WORDS` or more words with a story probability of `SPAN_P` or more. */
export function storySpan(p: readonly number[], counts: readonly number[]): [number, number] {
  let first = -1;
  let last = -2;
  for (let b = 0; b < p.length; b++) {
    if (p[b]! < SPAN_P || counts[b]! < SPAN_WORDS) continue;
    if (first < 0) first = b;
    last = b;
  }
  return first < 0 ? [0, -1] : [first, last];
}
