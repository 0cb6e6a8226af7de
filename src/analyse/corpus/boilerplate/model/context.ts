/**
 * The context features of the furniture model: where a line stands against
 * the page's story text, what its neighbours are, whether blank lines set it
 * apart as they set the story's paragraphs apart, and where it recurs.
 */
import { normalizedKey, words } from '../../../../text/words.ts';
import { endsLikeSentence } from '../lib/shape.ts';
import type { FurniturePage } from './features.ts';
import { SHORT_LINE_WORDS, WIDE_CORE_CUT, segmentPlaces, shortRuns, storyCore, storySpan, type SegmentPlace } from './layout.ts';
import { logScale } from './shape.ts';

/** Names of the context features, in the order `contextRows` fills them. */
export const CONTEXT_FEATURES: readonly string[] = [
  'p', 'p:logit', 'p:rank', 'pos', 'pos:first-tenth', 'pos:last-tenth',
  'core:inside', 'core:before', 'core:after', 'core:dist-before', 'core:dist-after', 'core:next-to-start', 'core:share',
  'wide-core:inside', 'span:inside', 'span:before', 'span:after', 'segment:main', 'segment:share', 'segment:from-main',
  'prev:p', 'next:p', 'around:p', 'prev:log-words', 'next:log-words', 'prev:removed', 'next:removed',
  'list-run', 'gap:before', 'gap:after', 'gap:none', 'gap:core-share', 'gap:like-core',
  'repeat:page', 'repeat:outlet', 'repeat:outlet-any', 'repeat:archive', 'repeat:archive-any', 'title:equal',
  'inside:short', 'outside:sentence', 'outside:short', 'page:lines',
];

/** Other stories carrying a line (a count) from which the model tells no more: a line in three is a template line. */
export const REPEAT_CAP = 3;

/** Lines before the core (a count) where a headline, a by-line and a date stand. */
const NEXT_TO_START = 4;
/** What the context features are measured from, once per page. */
interface Layout {
  n: number;
  counts: number[];
  core: [number, number];
  wide: [number, number];
  span: [number, number];
  segments: SegmentPlace[];
  runs: number[];
  gapBefore: number[];
  gapAfter: number[];
  coreGapShare: number;
  keys: string[];
  onPage: Map<string, number>;
  titleKey: string;
  /** The story probabilities of the page, sorted, for ranks. */
  sorted: number[];
}

function measure(page: FurniturePage, p: readonly number[]): Layout {
  const n = page.texts.length;
  const counts = page.texts.map((t) => words(t).length);
  const core = storyCore(p, counts, undefined, page.removed);
  const gapBefore = page.lines.map((l, b) => (b > 0 && page.gapsMeaningful && l - page.lines[b - 1]! > 1 ? 1 : 0));
  const gapAfter = page.lines.map((l, b) => (b + 1 < n && page.gapsMeaningful && page.lines[b + 1]! - l > 1 ? 1 : 0));
  let coreGaps = 0;
  for (let b = core[0] + 1; b <= core[1]; b++) coreGaps += gapBefore[b]!;
  const keys = page.texts.map(normalizedKey);
  const onPage = new Map<string, number>();
  for (const k of keys) if (k) onPage.set(k, (onPage.get(k) ?? 0) + 1);
  return {
    n,
    counts,
    core,
    wide: storyCore(p, counts, WIDE_CORE_CUT, page.removed),
    span: storySpan(p, counts),
    segments: segmentPlaces(p, counts, page.removed),
    runs: shortRuns(page.texts, counts),
    gapBefore,
    gapAfter,
    coreGapShare: core[1] > core[0] ? coreGaps / (core[1] - core[0]) : 0,
    keys,
    onPage,
    titleKey: normalizedKey(page.title),
    sorted: [...p].sort((x, y) => x - y),
  };
}

/** Share of the page's lines with a lower story probability than `v`. */
function rank(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length > 1 ? lo / (sorted.length - 1) : 0;
}

/** The context row of line `b`, in `CONTEXT_FEATURES` order. */
function contextRow(page: FurniturePage, p: readonly number[], at: Layout, b: number): number[] {
  const { n, counts } = at;
  const [cs, ce] = at.core;
  const [ws, we] = at.wide;
  const [ss, se] = at.span;
  const inside = b >= cs && b <= ce;
  const before = b < cs;
  const after = b > ce && ce >= cs;
  const around = [b - 2, b - 1, b + 1, b + 2].filter((k) => k >= 0 && k < n);
  const gapped = at.gapBefore[b]! || at.gapAfter[b]! ? 1 : 0;
  const pb = Math.min(Math.max(p[b]!, 1e-6), 1 - 1e-6);
  const sentence = endsLikeSentence(page.texts[b]!) && counts[b]! >= 12;
  const key = at.keys[b]!;
  return [
    p[b]!,
    Math.max(-1, Math.min(1, Math.log(pb / (1 - pb)) / 8)),
    rank(at.sorted, p[b]!),
    n > 1 ? b / (n - 1) : 0,
    b < n / 10 ? 1 : 0,
    b >= n - n / 10 ? 1 : 0,
    inside ? 1 : 0,
    before ? 1 : 0,
    after ? 1 : 0,
    before ? logScale(cs - b, 100) : 0,
    after ? logScale(b - ce, 100) : 0,
    before && cs - b <= NEXT_TO_START ? 1 : 0,
    n ? (ce - cs + 1) / n : 0,
    b >= ws && b <= we ? 1 : 0,
    b >= ss && b <= se ? 1 : 0,
    b < ss ? 1 : 0,
    b > se && se >= ss ? 1 : 0,
    at.segments[b]!.main ? 1 : 0,
    at.segments[b]!.share,
    at.segments[b]!.fromMain,
    b > 0 ? p[b - 1]! : 0,
    b + 1 < n ? p[b + 1]! : 0,
    around.length ? around.reduce((s, k) => s + p[k]!, 0) / around.length : 0,
    b > 0 ? logScale(counts[b - 1]!, 200) : 0,
    b + 1 < n ? logScale(counts[b + 1]!, 200) : 0,
    b > 0 && page.removed[b - 1] ? 1 : 0,
    b + 1 < n && page.removed[b + 1] ? 1 : 0,
    logScale(at.runs[b]!, 40),
    at.gapBefore[b]!,
    at.gapAfter[b]!,
    page.gapsMeaningful && !gapped ? 1 : 0,
    page.gapsMeaningful ? at.coreGapShare : 0,
    page.gapsMeaningful ? (gapped ? at.coreGapShare : 1 - at.coreGapShare) : 0,
    key && (at.onPage.get(key) ?? 0) > 1 ? 1 : 0,
    Math.min(page.outletRepeats[b]!, REPEAT_CAP) / REPEAT_CAP,
    page.outletRepeats[b]! > 0 ? 1 : 0,
    Math.min(page.archiveRepeats[b]!, REPEAT_CAP) / REPEAT_CAP,
    page.archiveRepeats[b]! > 0 ? 1 : 0,
    at.titleKey !== '' && key === at.titleKey ? 1 : 0,
    inside && counts[b]! <= SHORT_LINE_WORDS ? 1 : 0,
    !inside && sentence ? 1 : 0,
    !inside && counts[b]! <= SHORT_LINE_WORDS ? 1 : 0,
    logScale(n, 500),
  ];
}

/**
 * Context features (`CONTEXT_FEATURES` order) of every block, measured with
 * the story probabilities `p` of the pass before, and the story core.
 */
export function contextRows(page: FurniturePage, p: readonly number[]): { rows: number[][]; core: [number, number] } {
  const at = measure(page, p);
  return { rows: page.texts.map((_, b) => contextRow(page, p, at, b)), core: at.core };
}
