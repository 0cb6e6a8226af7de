/**
 * Clustering: the reports of one event under one label, by average link
 * from the syndication groups, then small clusters attached to the event
 * they clearly lean to (step 4 of `clusterEvents`).
 */
import type { Article } from '../../../../model/types.ts';
import type { Copies } from '../../../../model/types.ts';
import {
  ATTACH_MARGIN,
  ATTACH_MAX_SIZE,
  ATTACH_MIN_MEAN,
  ATTACH_YEAR_MIN_REPORTS,
  CLUSTER_DATE_GAP_DAYS,
  CONFLICT_MAX,
  CONFLICT_MIN_SIZE,
  COPY_MIN_COSINE,
  MERGE_THRESHOLD,
  YEAR_GAP,
  YEAR_MIN_REPORTS,
} from '../settings.ts';
import { attachUntilStable, averageLink } from './cluster.ts';
import { median } from './dates.ts';
import { joinFragments } from './fragments.ts';
import { clusterProfile, conflict, figuresDiffer, sharedParticipant, type ClusterProfile } from './conflict.ts';
import type { Profile } from './profile.ts';
import type { ScoredPairs } from './score.ts';
import { cosine } from './vectors.ts';

/** Options of `clusterLabels`. */
export interface ClusterLabelOptions {
  /** Lowest mean probability that merges two clusters (default: `MERGE_THRESHOLD`, 0.4). */
  threshold?: number;
  /** Widest gap between the median dates of merged clusters, days (default: `CLUSTER_DATE_GAP_DAYS`, 90). */
  dateGapDays?: number;
  /** Highest conflict of merged clusters (default: `CONFLICT_MAX`, 0.8); `Infinity` turns the check off. */
  conflictMax?: number;
  /** How fragments join larger events (default: the settings' `FRAGMENT_…`); `false` leaves them alone. */
  fragments?: { minCosine?: number; margin?: number; maxReports?: number } | false;
}

/**
 * Syndication groups: each article labelled by the index of its group's
 * root (canonical) article. With `profiles`, a copy whose story text
 * shares almost nothing with its canonical article (TF-IDF cosine under
 * `COPY_MIN_COSINE`) is left out of the group: what made the two look
 * alike to the syndication stage was page furniture they share, such as a
 * list of headlines, not the story.
 */
export function syndicationGroups(articles: readonly Article[], copies: Copies, profiles?: readonly Profile[]): number[] {
  const index = new Map<string, number>();
  articles.forEach((a, i) => index.set(a.id, i));
  const parent = articles.map((_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  articles.forEach((a, i) => {
    const canonical = copies.get(a.id);
    const j = canonical === undefined ? undefined : index.get(canonical);
    if (j === undefined) return;
    if (profiles && cosine((profiles[i] as Profile).text, (profiles[j] as Profile).text) < COPY_MIN_COSINE) return;
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  });
  return articles.map((_, i) => find(i));
}

/**
 * Cluster articles into labels (step 4 of `clusterEvents`): the label of an article is the
 * smallest index in its cluster.
 */
export function clusterLabels(articles: readonly Article[], copies: Copies, scored: ScoredPairs, options: ClusterLabelOptions = {}): number[] {
  const { profiles, edges } = scored;
  const conflictMax = options.conflictMax ?? CONFLICT_MAX;
  const yearsApart = (a: readonly number[], b: readonly number[], min = YEAR_MIN_REPORTS) => {
    const ya = medianYear(a, profiles, min);
    const yb = medianYear(b, profiles, min);
    return ya !== null && yb !== null && Math.abs(ya - yb) > YEAR_GAP;
  };
  // Profiles of clusters, by their member list: a merge makes a new list, so an entry is never stale.
  const clusterProfiles = new WeakMap<readonly number[], ClusterProfile>();
  const profileOf = (members: readonly number[]) => {
    let p = clusterProfiles.get(members);
    if (!p) clusterProfiles.set(members, (p = clusterProfile(members, profiles)));
    return p;
  };
  const veto = (a: readonly number[], b: readonly number[]) => {
    if (yearsApart(a, b)) return true;
    const pa = profileOf(a);
    const pb = profileOf(b);
    if (figuresDiffer(pa, pb)) return true;
    if (Math.min(a.length, b.length) < CONFLICT_MIN_SIZE) return false;
    return conflict(pa, pb, profiles) > conflictMax && !sharedParticipant(pa, pb);
  };
  const days = profiles.map((p) => p.day);
  const maxGap = options.dateGapDays ?? CLUSTER_DATE_GAP_DAYS;
  const bridge = (a: readonly number[], b: readonly number[]) => sharedParticipant(profileOf(a), profileOf(b));
  const groups = syndicationGroups(articles, copies, profiles);
  const labels = averageLink(articles.length, edges, options.threshold ?? MERGE_THRESHOLD, groups, { days, maxGap }, veto, bridge);
  const dateGap = (a: readonly number[], b: readonly number[]) => {
    const da = medianDay(a, days);
    const db = medianDay(b, days);
    return da !== null && db !== null && Math.abs(da - db) > maxGap;
  };
  // A small cluster's dated report is sure of its year; the larger cluster's is the median of what its reports write.
  const datedYearApart = (small: readonly number[], big: readonly number[]) => {
    const dated = small.filter((i) => (profiles[i] as Profile).day !== null);
    const ys = medianYear(dated, profiles);
    const yb = medianYear(big, profiles, ATTACH_YEAR_MIN_REPORTS);
    return ys !== null && yb !== null && Math.abs(ys - yb) > YEAR_GAP;
  };
  const allowed = (a: readonly number[], b: readonly number[]) => (!dateGap(a, b) || bridge(a, b)) && !datedYearApart(a, b) && !veto(a, b);
  const attached = attachUntilStable(labels, edges, { maxSize: ATTACH_MAX_SIZE, minMean: ATTACH_MIN_MEAN, margin: ATTACH_MARGIN, allowed });
  if (options.fragments === false) return attached;
  return joinFragments(attached, edges, profiles, { groups, allowed, ...options.fragments });
}

/** Median of the days of the members that are dated, or null. */
function medianDay(members: readonly number[], days: readonly (number | null)[]): number | null {
  const ds = members.map((i) => days[i]).filter((d): d is number => d !== null && d !== undefined).sort((x, y) => x - y);
  return ds.length === 0 ? null : median(ds);
}

/** Median of the years of the members that have one (see `Profile.year`), or null. */
export function medianYear(members: readonly number[], profiles: readonly Profile[], min = 1): number | null {
  const ys = members.map((i) => (profiles[i] as Profile).year).filter((y): y is number => y !== null).sort((x, y) => x - y);
  return ys.length === 0 || ys.length < min ? null : median(ys);
}
