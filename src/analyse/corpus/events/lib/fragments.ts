/**
 * Fragments: an event of one story (one report and its copies) or of a few
 * reports whose story matches a larger event joins it. Pair by pair such a
 * report may share little with each of the event's reports (a headline and
 * a line, another angle), but the event's reports together tell its story,
 * and the fragment tells the same one (part of step 4 of `clusterEvents`).
 */
import { clearBest } from './clear-best.ts';
import { FRAGMENT_MARGIN, FRAGMENT_MAX_REPORTS, FRAGMENT_MIN_COSINE } from '../settings.ts';
import type { Edge } from './cluster.ts';
import { sumVectors } from './conflict.ts';
import type { Profile } from './profile.ts';
import { cosine, type SparseVector } from './vectors.ts';

/** Options of `joinFragments`. */
export interface FragmentOptions {
  /** The canonical article of each article's syndication group, by index. */
  groups: readonly number[];
  /** Whether a fragment may join a cluster (date and conflict checks). */
  allowed: (fragment: readonly number[], cluster: readonly number[]) => boolean;
  /** Lowest cosine of the fragment's story to the larger event's (default: `FRAGMENT_MIN_COSINE`). */
  minCosine?: number;
  /** Lowest ratio of the best cosine to the second best (default: `FRAGMENT_MARGIN`). */
  margin?: number;
  /** Most reports of a fragment that is not one syndication group (default: `FRAGMENT_MAX_REPORTS`). */
  maxReports?: number;
}

/** Members of each label. */
function membersOf(labels: readonly number[]): Map<number, number[]> {
  const members = new Map<number, number[]>();
  labels.forEach((l, i) => {
    let m = members.get(l);
    if (!m) members.set(l, (m = []));
    m.push(i);
  });
  return members;
}

/**
 * Join each fragment (a cluster of at most `maxReports` members, or whose
 * members are one syndication group) to
 * the larger cluster whose summed story text (TF-IDF) its own is closest to,
 * when that cosine is at least `minCosine` and `margin` times the second
 * best. Only clusters a candidate pair links it to are compared. Every
 * fragment is judged against the clusters as they were, so the order does
 * not matter. Returns new labels (a label is the smallest member).
 */
export function joinFragments(labels: readonly number[], edges: readonly Edge[], profiles: readonly Profile[], options: FragmentOptions): number[] {
  const members = membersOf(labels);
  const maxReports = options.maxReports ?? FRAGMENT_MAX_REPORTS;
  const isSmall = (m: readonly number[]) => m.length <= maxReports || m.every((i) => options.groups[i] === options.groups[m[0] as number]);
  const fragments = new Set([...members].filter(([, m]) => isSmall(m)).map(([l]) => l));
  const isFragment = (l: number) => fragments.has(l);
  const neighbours = new Map<number, Set<number>>();
  for (const e of edges) {
    const a = labels[e.i] as number;
    const b = labels[e.j] as number;
    if (a === b) continue;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      if (!isFragment(x) || isFragment(y)) continue;
      let s = neighbours.get(x);
      if (!s) neighbours.set(x, (s = new Set()));
      s.add(y);
    }
  }
  const centroids = new Map<number, SparseVector>();
  const centroid = (l: number) => {
    let c = centroids.get(l);
    if (!c) centroids.set(l, (c = sumVectors((members.get(l) as number[]).map((i) => (profiles[i] as Profile).text))));
    return c;
  };
  const minCosine = options.minCosine ?? FRAGMENT_MIN_COSINE;
  const margin = options.margin ?? FRAGMENT_MARGIN;
  const target = new Map<number, number>();
  for (const fragment of [...neighbours.keys()].sort((x, y) => x - y)) {
    const own = centroid(fragment);
    const others = [...(neighbours.get(fragment) as Set<number>)].sort((x, y) => x - y);
    const best = clearBest(
      others.map((other) => [other, cosine(own, centroid(other))] as const),
      minCosine,
      margin,
    );
    if (best < 0) continue;
    if (!options.allowed(members.get(fragment) as number[], members.get(best) as number[])) continue;
    target.set(fragment, best);
  }
  const out = labels.map((l) => target.get(l) ?? l);
  const first = new Map<number, number>();
  out.forEach((l, i) => {
    if (!first.has(l)) first.set(l, i);
  });
  return out.map((l) => first.get(l) as number);
}
