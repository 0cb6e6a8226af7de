/**
 * Clusters of reports compared as wholes. A cluster says more than any of
 * its reports: the names most of its reports mention are the event's
 * participants. Two clusters of one kind of event (two celebrities in rehab,
 * two title fights of one boxer) share their topic words, but each names a
 * participant the other never names.
 */
import { CLUSTER_CORE_SHARE, CLUSTER_PERSON_SHARE, FIGURE_MIN_REPORTS } from '../settings.ts';
import { shareValue } from './figures.ts';
import type { Profile } from './profile.ts';
import { sparse, type SparseVector } from './vectors.ts';

/** What the conflict check knows about a cluster. */
export interface ClusterProfile {
  /** Smallest member index: the cluster's label. */
  label: number;
  members: number[];
  /** Number of members whose text contains a word, for the words of members' core names. */
  wordCounts: Map<string, number>;
  /** Core words most members contain, with their IDF: the event's participants. */
  core: Map<string, number>;
  /** The words of `core` that are people's names. */
  people: Set<string>;
  /** For each kind of figure (see `Profile.figures`): how many members give one, and every value they give. */
  figures: Map<string, { reports: number; values: Set<number> }>;
}

/** Sum of sparse vectors, L2-normalised. */
export function sumVectors(vectors: readonly SparseVector[]): SparseVector {
  const m = new Map<number, number>();
  for (const v of vectors) {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      m.set(id, (m.get(id) ?? 0) + (v.weights[k] as number));
    }
  }
  return sparse(m);
}

/** Profile a cluster from its members' profiles. */
export function clusterProfile(members: readonly number[], profiles: readonly Profile[]): ClusterProfile {
  const sorted = [...members].sort((a, b) => a - b);
  const ps = sorted.map((i) => profiles[i] as Profile);
  const coreIdf = new Map<string, number>();
  for (const p of ps) for (const [w, idf] of p.core) coreIdf.set(w, idf);
  const wordCounts = new Map<string, number>();
  for (const w of [...coreIdf.keys()].sort()) {
    let c = 0;
    for (const p of ps) if (p.words.has(w)) c++;
    wordCounts.set(w, c);
  }
  const core = new Map<string, number>();
  for (const [w, c] of wordCounts) if (c >= CLUSTER_CORE_SHARE * ps.length) core.set(w, coreIdf.get(w) as number);
  const people = new Set<string>();
  for (const w of core.keys()) {
    let named = 0;
    for (const p of ps) if (p.corePeople.has(w)) named++;
    if (named >= CLUSTER_CORE_SHARE * ps.length * CLUSTER_PERSON_SHARE) people.add(w);
  }
  const figures = new Map<string, { reports: number; values: Set<number> }>();
  for (const p of ps) {
    for (const [unit, values] of p.figures) {
      let f = figures.get(unit);
      if (!f) figures.set(unit, (f = { reports: 0, values: new Set() }));
      f.reports++;
      for (const v of values) f.values.add(v);
    }
  }
  return {
    label: sorted[0] as number,
    members: sorted,
    wordCounts,
    core,
    people,
    figures,
  };
}

/** Share of a cluster's members whose text contains a word. */
export function wordShare(c: ClusterProfile, w: string, profiles: readonly Profile[]): number {
  let n = c.wordCounts.get(w);
  if (n === undefined) {
    n = 0;
    for (const i of c.members) if ((profiles[i] as Profile).words.has(w)) n++;
  }
  return n / c.members.length;
}

/**
 * Conflict between two clusters: the largest gap, over one cluster's core
 * words, between the share of its members and the share of the other's
 * members that contain the word. Two reports of different events of one
 * kind each name a participant the other never names (0…1).
 */
export function conflict(a: ClusterProfile, b: ClusterProfile, profiles: readonly Profile[]): number {
  const gaps = ([[a, b], [b, a]] as const).map(([x, y]) => {
    let worst = 0;
    for (const w of x.core.keys()) {
      // Shares smoothed by half a member, so one report is not taken for a certainty.
      const sx = (wordShare(x, w, profiles) * x.members.length + 0.5) / (x.members.length + 1);
      const sy = (wordShare(y, w, profiles) * y.members.length + 0.5) / (y.members.length + 1);
      const gap = sx - sy;
      if (gap > worst) worst = gap;
    }
    return worst;
  });
  return Math.max(gaps[0] as number, gaps[1] as number);
}

/**
 * Whether two clusters are about the same person: a person's name is a
 * core word of both (most members of each name them in their title or
 * lead). Follow-up coverage (a trial, a sentence, a sequel) names the
 * people of the first reports months later; two events of one kind at
 * different times name different people.
 */
export function sharedParticipant(a: ClusterProfile, b: ClusterProfile): boolean {
  for (const w of a.people) if (b.people.has(w)) return true;
  return false;
}

/**
 * Whether two clusters give different figures: of the kinds of figure that
 * at least `FIGURE_MIN_REPORTS` members of each give, more have no value in
 * common between the two than have one. Reports of one event repeat its
 * toll, its sum, its strength, even as a count goes up; two events of one
 * kind (two heists in one city, two quakes on one island) give other ones.
 */
export function figuresDiffer(a: ClusterProfile, b: ClusterProfile): boolean {
  let differ = 0;
  let agree = 0;
  for (const [unit, fa] of a.figures) {
    const fb = b.figures.get(unit);
    if (!fb || fa.reports < FIGURE_MIN_REPORTS || fb.reports < FIGURE_MIN_REPORTS) continue;
    if (shareValue(fa.values, fb.values)) agree++;
    else differ++;
  }
  return differ > agree;
}
