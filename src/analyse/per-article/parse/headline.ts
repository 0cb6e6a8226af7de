/**
 * The head of a copied page: its headline, the line near the start of its
 * story (`headlineCandidates`) that a small logistic model, learned offline
 * from real copied pages (`tools/headline/train.ts`), scores highest, when
 * it scores above the model's threshold (promo, cookie, menu and section
 * lines lose on their shape, their place and their words); the byline and
 * the publication stamp next to it; and, for a page without a headline,
 * the lead its title is made from.
 */
import type { Block, SourceFile } from '../../../model/types.ts';
import { findByline } from './byline.ts';
import { headlineCandidates, isDateStamp, isProse, sharesLeadWords, type HeadlineCandidate } from './headline-features.ts';
import { findHeadline, readsAsHeadline } from './infer.ts';
import model from './headline-weights.json' with { type: 'json' };

/** Weights of the headline model, as `tools/headline/train.ts` writes them. */
export interface HeadlineModel {
  /** Feature name → weight; features without a weight count 0. */
  weights: Record<string, number>;
  /** Least score (log-odds) for the best line to be taken as the headline. */
  threshold: number;
}

/** The headline the model picks from a page. */
export interface PickedHeadline {
  /** Index of the headline's block. */
  block: number;
  /** The headline: the block's text, or the text with a site name cut off (`cut`). */
  text: string;
  cut: boolean;
  /** The model's score (log-odds). */
  score: number;
}

/** The shipped model. */
export const HEADLINE_MODEL: HeadlineModel = model;

/**
 * A line's cut is taken over the whole line when what the separator sets
 * off recurs elsewhere on the page (a site or section name) and the cut
 * scores at most this much below it (log-odds).
 */
const RECURRING_CUT_MARGIN = 2;
/** A month and year alone ("Dec 2025", "December 2025"). */
const MONTH_YEAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2}$/iu;

/** A date stamp set after a headline has at most this many words ("Tuesday, 3 October 2023 10:02"). */
const MAX_TRAILING_DATE_WORDS = 5;

/** A line's text without a date that a separator sets after it ("Headline / Dec 2025"), or null when it has none. */
export function withoutTrailingDate(text: string): string | null {
  const m = /^(.*?\p{L}.*?)\s+[|/·•–—-]\s+([^|/·•–—]+)$/u.exec(text);
  if (!m) return null;
  const rest = m[2]!.trim();
  const date = MONTH_YEAR.test(rest) || (rest.split(/\s+/u).length <= MAX_TRAILING_DATE_WORDS && isDateStamp(rest));
  return date ? m[1]!.trim() : null;
}

/** Whether a line is one question alone: it ends in a question mark and no sentence ends before it. */
export function isOneQuestion(text: string): boolean {
  return /\?["”’]?$/u.test(text) && !/[.!?…]["”’]?\s+\p{Lu}/u.test(text);
}

/** A candidate's score under a model: the sum of its features' weights (log-odds). */
export function scoreCandidate(candidate: HeadlineCandidate, weights: Readonly<Record<string, number>>): number {
  let s = 0;
  for (const [name, value] of Object.entries(candidate.features)) s += (weights[name] ?? 0) * value;
  return s;
}

/**
 * The headline of a page of plain lines, or null when no line scores above
 * the threshold (a page that opens with its story). A line shaped as a story
 * sentence is never taken.
 *
 * @param blocks The page's blocks, one per line.
 * @param headlineModel Weights and threshold (default: `HEADLINE_MODEL`).
 */
export function pickHeadline(blocks: readonly Block[], headlineModel: HeadlineModel = HEADLINE_MODEL): PickedHeadline | null {
  const best = bestHeadline(blocks, headlineModel);
  return best && best.score >= headlineModel.threshold ? best : null;
}

/**
 * The line of a page that the model scores highest, whatever its score
 * (`pickHeadline` holds it to the threshold), with the scores of the
 * page's whole lines by block index; null when no line may be a headline.
 */
export function bestHeadline(
  blocks: readonly Block[],
  headlineModel: HeadlineModel = HEADLINE_MODEL,
): (PickedHeadline & { lineScores: ReadonlyMap<number, number> }) | null {
  const candidates = headlineCandidates(blocks.map((b) => ({ text: b.text, line: b.line })));
  let best: PickedHeadline | null = null;
  const lineScores = new Map<number, number>();
  for (const c of candidates) {
    // A story sentence is no headline, however its words score; a headline in title case may end in a full
    // stop, and a headline may be one long question ("… vs. graphic design: Which program is right for you?").
    if (isProse(c.text, c.text.split(/\s+/u).length) && !readsAsHeadline(c.text) && !isOneQuestion(c.text)) continue;
    const score = scoreCandidate(c, headlineModel.weights);
    if (!c.cut) lineScores.set(c.index, score);
    // Ties go to the earlier line, and to the whole line over its cut.
    if (best === null || score > best.score) best = { block: c.index, text: c.text, cut: c.cut, score };
  }
  if (best === null) return null;
  // "Headline – Artlyst" with "Artlyst" again in the page's footer: the name is the site's, not the headline's.
  const chosen = best;
  const named = chosen.cut
    ? undefined
    : candidates.find((c) => c.index === chosen.block && c.cut && c.features.cutRestRecurs && scoreCandidate(c, headlineModel.weights) >= chosen.score - RECURRING_CUT_MARGIN);
  if (named) best = { ...chosen, text: named.text, cut: true };
  // A date after the headline's separator ("Headline / Dec 2025") is the page's stamp, not the headline's words.
  const undated = withoutTrailingDate(best.text);
  return { ...(undated ? { ...best, text: undated, cut: true } : best), lineScores };
}

/** Below the threshold, a first line is passed over for a line the model scores at least this much higher (log-odds). */
const OUTSCORED_MARGIN = 2;

/** Lines searched above the headline for its publication stamp (lines). */
const STAMP_LINES_BEFORE = 3;
/** Lines searched below the headline for its publication stamp (lines): a dek, a byline, a caption may come first. */
const STAMP_LINES_AFTER = 8;

/** Rule ids of the lines the parse stage sets apart under a headline; enrich reads the date in them first. */
export const HEAD_RULES = {
  byline: { ruleId: 'byline/author', reason: 'the article’s byline: its author' },
  stamp: { ruleId: 'byline/stamp', reason: 'the article’s publication stamp, by its headline' },
} as const;

/** What the start of a page gives: its headline, its byline and its publication stamp. */
export interface PageHead {
  /** The headline, or null when the page opens with its story. */
  headline: PickedHeadline | null;
  /** The author the byline names, or null. */
  author: string | null;
  /** The blocks without the headline's block, the byline and the stamp marked removed (`HEAD_RULES`). */
  blocks: Block[];
}

/**
 * The publication stamp by the headline: of the date stamps near it, one
 * labelled "Published" or "Posted", else the nearest below it, else above
 * it; a stamp that says it is an update ("Updated …") only when there is no
 * other.
 */
function findStamp(lines: readonly string[], headline: number): number {
  const order: number[] = [];
  for (let i = headline + 1; i <= Math.min(lines.length - 1, headline + STAMP_LINES_AFTER); i++) order.push(i);
  for (let i = headline - 1; i >= Math.max(0, headline - STAMP_LINES_BEFORE); i--) order.push(i);
  const stamps = order.filter((i) => isDateStamp(lines[i]!));
  return (
    stamps.find((i) => /\b(?:published|posted)\b/iu.test(lines[i]!)) ??
    stamps.find((i) => !/^\W*(?:last\s+)?(?:updated|modified)\b/iu.test(lines[i]!)) ??
    stamps[0] ??
    -1
  );
}

/**
 * Reads the head of a page whose front matter gives no title: the headline
 * (`pickHeadline`, else `findHeadline`; in markdown, `findHeadline`), the
 * byline near it (`findByline`) and the publication stamp near it
 * (`findStamp`). The byline and the stamp stay in the blocks, marked
 * removed, so that the page shows why and enrich reads the date.
 *
 * @param blocks The page's blocks.
 * @param format The file's format.
 * @param headlineModel Weights and threshold (default: `HEADLINE_MODEL`).
 */
export function readPageHead(blocks: readonly Block[], format: SourceFile['format'], headlineModel: HeadlineModel = HEADLINE_MODEL): PageHead {
  const lines = blocks.map((b) => b.text);
  // The model reads copied pages; a page it finds no headline on with confidence is more likely a clean
  // file, whose first line is its headline when it reads as one (`findHeadline`), as markdown's is, and
  // when it shares a word with the story under it ("Toggle navigation" above a story is no headline).
  const best = format === 'markdown' ? null : bestHeadline(blocks, headlineModel);
  const picked = best && best.score >= headlineModel.threshold ? best : null;
  let first = picked ? -1 : findHeadline([...blocks]);
  if (first >= 0 && format !== 'markdown' && !sharesLeadWords(lines, first)) first = -1;
  // A first line that the model scores far below another line is the copied page's furniture ("Solutions",
  // a cookie notice), not a clean file's headline: the line the model prefers is the better guess. A first
  // line the model does not score (a headline that states a date) stays.
  const firstScore = best?.lineScores.get(first);
  const outscored = best !== null && firstScore !== undefined && best.block !== first && best.score - firstScore >= OUTSCORED_MARGIN;
  const fallback = first >= 0 ? { block: first, text: lines[first]!, cut: false, score: -Infinity } : null;
  const chosen = picked ?? (outscored ? best : fallback);
  const headline = chosen && { block: chosen.block, text: chosen.text, cut: chosen.cut, score: chosen.score };
  const at = headline?.block ?? -1;
  const byline = findByline(lines, at, isDateStamp);
  // A headline taken from beside its date ("Dec 18 2025 Preparing a transition") leaves its line as the stamp.
  const stamp = at >= 0 ? (headline!.cut && isDateStamp(lines[at]!) ? at : findStamp(lines, at)) : -1;
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    if (i === at && i !== stamp) return;
    if (b.removed) out.push(b);
    else if (i === byline?.index) out.push({ ...b, removed: { ...HEAD_RULES.byline } });
    else if (i === stamp) out.push({ ...b, removed: { ...HEAD_RULES.stamp } });
    else out.push(b);
  });
  return { headline, author: byline?.author ?? null, blocks: out };
}

/** A lead paragraph has at least this many words (words). */
const LEAD_MIN_WORDS = 6;

/**
 * The block a title is made from when a page has no headline: its first
 * story paragraph (`isProse`) that shares a word with the story under it
 * (a promotion between the menus and the story shares none), else its
 * first story paragraph, else its first paragraph of `LEAD_MIN_WORDS`
 * words, else its first block: a short furniture line ("© 2025 Example
 * Inc. All rights reserved.") is no lead.
 */
export function leadBlock(blocks: readonly Block[]): Block {
  const paragraphs = blocks.filter((b) => !b.removed && b.kind === 'paragraph');
  const texts = paragraphs.map((b) => b.text);
  const prose = paragraphs.map((b, i) => [b, i] as const).filter(([b]) => isProse(b.text, b.text.split(' ').length));
  return (
    prose.find(([, i]) => sharesLeadWords(texts, i) && texts.slice(i + 1).some((t) => isProse(t, t.split(' ').length)))?.[0] ??
    prose[0]?.[0] ??
    paragraphs.find((b) => b.text.split(' ').length >= LEAD_MIN_WORDS) ??
    blocks[0]!
  );
}
