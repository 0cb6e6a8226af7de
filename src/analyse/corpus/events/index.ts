/**
 * Stage 7, events: reports of one real-world event on one event page.
 */
export { clusterEvents, clusterLabels, scorePairs, sharedQuotes, shortTitle, syndicationGroups } from './lib/events.ts';
export type { ClusterEventsOptions, ClusterEventsResult, ClusterStats, ScoredPairs } from './lib/events.ts';
export { assignEventIds } from './lib/ids.ts';
export type { IdCluster, PreviousEvents, Redirect } from './lib/ids.ts';
export { attachSmall, attachUntilStable, averageLink } from './lib/cluster.ts';
export type { AttachOptions, Edge } from './lib/cluster.ts';
export { candidatePairs } from './lib/candidates.ts';
export type { CandidateOptions } from './lib/candidates.ts';
export { FEATURE_NAMES, coreCoverage, figuresClash, pairFeatures, pairLogit, pairProbability } from './lib/features.ts';
export type { PairFeatures, Weights } from './lib/features.ts';
export { buildProfiles, nameKeys } from './lib/profile.ts';
export type { Profile, Vocabulary } from './lib/profile.ts';
export { profileBase } from './lib/profile-base.ts';
export type { ProfileBase } from './lib/profile-base.ts';
export { cosine } from './lib/vectors.ts';
export type { SparseVector } from './lib/vectors.ts';
export { dayNumber } from './lib/dates.ts';
export { WordIds, wordIdSets } from './lib/word-ids.ts';
export { clusterProfile, conflict, figuresDiffer } from './lib/conflict.ts';
export type { ClusterProfile } from './lib/conflict.ts';
export { extractQuotes, shingles } from './lib/quotes.ts';
export { figures } from './lib/figures.ts';
export type { Figures } from './lib/figures.ts';
