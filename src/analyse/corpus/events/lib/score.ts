/**
 * Scoring: profile the articles and give each candidate pair the
 * probability that its two reports are of one event (steps 1 to 3 of
 * `clusterEvents`).
 */
import type { EnrichedArticle } from '../../../../model/types.ts';
import { createStemmer, type Stemmer } from '../../../../text/stem.ts';
import { WEIGHTS } from '../settings.ts';
import { candidatePairs, type CandidateOptions } from './candidates.ts';
import type { Edge } from './cluster.ts';
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
  const edges = candidatePairs(profiles, options.candidates).map(([i, j]) => ({
    i,
    j,
    w: pairProbability(pairFeatures(profiles[i] as Profile, profiles[j] as Profile), options.weights ?? WEIGHTS),
  }));
  return { profiles, storyBlocks, edges };
}
