/**
 * Pair features and the same-event score of two articles.
 */
import { CORE_UNKNOWN, DATE_CLOSE_DAYS, QUOTE_MIN_SHARED, WEIGHTS } from '../settings.ts';
import { shareValue } from './figures.ts';
import type { Profile } from './profile.ts';
import { cosine } from './vectors.ts';
import { intersectionSize } from '../../../../text/shingles.ts';

/** Features of a pair of articles; see `WEIGHTS` for their meaning. */
export interface PairFeatures {
  text: number;
  names: number;
  title: number;
  lead: number;
  core: number;
  quote: number;
  dateClose: number;
  figures: number;
}

/** The names of the features, in a fixed order (for fitting and printing). */
export const FEATURE_NAMES = ['text', 'names', 'title', 'lead', 'core', 'quote', 'dateClose', 'figures'] as const;

/** Weights of the score: a bias and one weight per feature (logit units). */
export type Weights = { bias: number } & { [K in keyof PairFeatures]: number };

/** Shingles of quotes in one report found anywhere in the other (count, larger direction). */
export function sharedQuoteShingles(a: Profile, b: Profile): number {
  return Math.max(intersectionSize(a.quoteShingles, b.textShingles), intersectionSize(b.quoteShingles, a.textShingles));
}

/**
 * Share of one report's core words (IDF-weighted) that the other report
 * contains anywhere; `null` when the first report has no core words.
 */
export function coreCoverage(a: Profile, b: Profile): number | null {
  let total = 0;
  let found = 0;
  for (const [w, weight] of a.core) {
    total += weight;
    if (b.words.has(w)) found += weight;
  }
  return total === 0 ? null : found / total;
}

/**
 * Whether two reports give different figures: of the kinds of figure both
 * give ("… people", "… euros", a magnitude), more have no value in common
 * than have one. The pair's side of `figuresDiffer`, which compares whole
 * clusters: two reports of one kind of event (two quakes on one island)
 * share their words but not their toll or their strength.
 */
export function figuresClash(a: Profile, b: Profile): boolean {
  let agree = 0;
  let clash = 0;
  for (const [unit, va] of a.figures) {
    const vb = b.figures.get(unit);
    if (!vb) continue;
    if (shareValue(va, vb)) agree++;
    else clash++;
  }
  return clash > agree;
}

/** Compute the features of a pair. */
export function pairFeatures(a: Profile, b: Profile): PairFeatures {
  const dated = a.day !== null && b.day !== null;
  const gap = dated ? Math.abs((a.day as number) - (b.day as number)) : 0;
  return {
    text: cosine(a.text, b.text),
    names: cosine(a.names, b.names),
    title: cosine(a.title, b.title),
    lead: cosine(a.lead, b.lead),
    core: Math.min(coreCoverage(a, b) ?? CORE_UNKNOWN, coreCoverage(b, a) ?? CORE_UNKNOWN),
    quote: sharedQuoteShingles(a, b) >= QUOTE_MIN_SHARED ? 1 : 0,
    dateClose: dated && gap <= DATE_CLOSE_DAYS ? 1 : 0,
    figures: figuresClash(a, b) ? 1 : 0,
  };
}

/** The score of a pair (logit units): `bias + Σ weight · feature`. */
export function pairLogit(f: PairFeatures, weights: Weights = WEIGHTS): number {
  let s = weights.bias;
  for (const k of FEATURE_NAMES) s += weights[k] * f[k];
  return s;
}

/** The probability that a pair reports one event: the logistic of its score. */
export function pairProbability(f: PairFeatures, weights: Weights = WEIGHTS): number {
  return 1 / (1 + Math.exp(-pairLogit(f, weights)));
}
