/**
 * Events: reports of one real-world event on one event page. The build
 * calls `clusterEvents`, and a worker `profileBase`; the evaluation also
 * scores pairs and clusters them itself (`tools/eval/events.ts`).
 */
export { clusterEvents } from './lib/events.ts';
export type { ClusterEventsOptions, ClusterEventsResult } from './lib/events.ts';
export type { Redirect } from './lib/ids.ts';
export { profileBase } from './lib/profile-base.ts';
export type { ProfileBase } from './lib/profile-base.ts';
export { scorePairs } from './lib/score.ts';
export { buildProfiles } from './lib/profile.ts';
export type { Profile } from './lib/profile.ts';
export { FEATURE_NAMES, pairFeatures, pairProbability } from './lib/features.ts';
export type { PairFeatures, Weights } from './lib/features.ts';
export { averageLink } from './lib/cluster.ts';
export { cosine } from './lib/vectors.ts';
/** Word shingles of a quote's text, as the events compare quotes (the view model finds which reports carry one). */
export { shingles } from './lib/quotes.ts';
/** How lines are compared with the archive's furniture when an event is named (the evaluation checks titles with it). */
export { foldLine, furnitureLines } from './lib/naming.ts';
