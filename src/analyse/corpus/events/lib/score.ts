/**
 * Scoring: profile the articles and give each candidate pair the
 * probability that its two reports are of one event (steps 1 to 3 of
 * `clusterEvents`).
 */
import type { EnrichedArticle } from '../../../../model/types.ts';
import { createStemmer, type Stemmer } from '../../../../text/stem.ts';
import { DATE_CLOSE_DAYS, DATE_CLOSE_PRIOR, DATE_CLOSE_SAME_EVENT_SHARE, DATE_WEIGHT_STEP, WEIGHTS } from '../settings.ts';
import { candidatePairs, type CandidateOptions } from './candidates.ts';
import type { Edge } from './cluster.ts';
import { closeDateWeight } from './dates.ts';
import { pairFeatures, pairProbability, type Weights } from './features.ts';
import { buildProfiles, type Profile } from './profile.ts';
import type { ProfileBase } from './profile-base.ts';

/** Options of `scorePairs`. */
export interface ScoreOptions {
  /** Weights of the same-event score (default: `WEIGHTS`). */
  weights?: Weights;
  /** Blocking settings (defaults: see `candidatePairs`). */
  candidates?: CandidateOptions;
  /** A stemmer to reuse (default: a new one). */
  stemmer?: Stemmer;
  /** Profile bases computed per article beforehand, by article index (see `buildProfiles`; default: none). */
  bases?: readonly (ProfileBase | undefined)[];
}

/** Same-event probability of every candidate pair: the scored edges. */
export interface ScoredPairs {
  profiles: Profile[];
  /** Each article's story blocks: its kept blocks that are not links to other stories. */
  storyBlocks: string[][];
  edges: Edge[];
}

/**
 * Profile articles and score their candidate pairs (steps 1 to 3 of `clusterEvents`).
 * Exported for the evaluation, which correlates these scores with human ones.
 */
export function scorePairs(articles: readonly EnrichedArticle[], options: ScoreOptions = {}): ScoredPairs {
  const stemmer = options.stemmer ?? createStemmer();
  const { profiles, storyBlocks } = buildProfiles(articles, { stemmer, ...(options.bases ? { bases: options.bases } : {}) });
  const weights = archiveWeights(options.weights ?? WEIGHTS, profiles);
  const edges = candidatePairs(profiles, options.candidates).map(([i, j]) => ({
    i,
    j,
    w: pairProbability(pairFeatures(profiles[i] as Profile, profiles[j] as Profile), weights),
  }));
  return { profiles, storyBlocks, edges };
}

/** The weights of the score in an archive: a close date weighs what it tells there (see `closeDateWeight`). */
export function archiveWeights(weights: Weights, profiles: readonly Profile[]): Weights {
  const days = profiles.flatMap((p) => (p.day === null ? [] : [p.day]));
  return { ...weights, dateClose: closeDateWeight(days, DATE_CLOSE_DAYS, DATE_CLOSE_SAME_EVENT_SHARE, DATE_CLOSE_PRIOR, weights.dateClose, DATE_WEIGHT_STEP) };
}
