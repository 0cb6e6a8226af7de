/**
 * Average-link agglomerative clustering over a sparse similarity graph, and
 * the attaching of small clusters it leaves alone.
 */
import { clearBest } from './clear-best.ts';
import { median } from './dates.ts';
import { Heap, type Entry } from './heap.ts';

/** A weighted edge between items `i` and `j`. */
export interface Edge {
  i: number;
  j: number;
  /** Similarity, 0…1. Pairs without an edge count as 0. */
  w: number;
}

/**
 * Cluster `n` items by average link: repeatedly merge the two clusters whose
 * mean pairwise similarity (missing pairs counting 0) is highest, while it is
 * at least `threshold`. Items with the same `initial` label start in one
 * cluster (syndicated copies). Returns a cluster label per item: the
 * smallest item index of its cluster.
 *
 * @param n Number of items.
 * @param edges Similarities between items.
 * @param threshold Lowest mean similarity that merges two clusters.
 * @param initial Starting cluster label per item (default: each item alone).
 * @param dates Day number per item and the widest gap between the median days of two merged clusters (default: no date check).
 * @param veto Whether two clusters must not merge (default: never).
 * @param bridge Whether two clusters whose dates are too far apart may merge all the same (default: never).
 */
export function averageLink(
  n: number,
  edges: readonly Edge[],
  threshold: number,
  initial?: readonly number[],
  dates?: { days: readonly (number | null)[]; maxGap: number },
  veto?: (a: readonly number[], b: readonly number[]) => boolean,
  bridge?: (a: readonly number[], b: readonly number[]) => boolean,
): number[] {
  const label = startingLabels(n, initial);
  const clusters = startingClusters(label, edges, dates?.days);
  const { size, links, members, days } = clusters;
  const heap = new Heap();
  const mean = (a: number, b: number) => ((links.get(a)?.get(b) ?? 0) / ((size.get(a) as number) * (size.get(b) as number)));
  // Only pairs at or above the threshold go in the heap: a pair's mean changes only when one of its two
  // clusters merges, and then it is pushed again, so a pair below the threshold is never the one to merge.
  const offer = (a: number, b: number) => {
    const score = mean(a, b);
    if (score >= threshold) heap.push({ score, a, b });
  };
  // The heap orders its entries fully (score, then labels), so the order they go in does not matter.
  for (const [a, la] of links) {
    for (const b of la.keys()) if (a < b) offer(a, b);
  }
  const compatible = (a: number, b: number) => {
    if (!dates) return true;
    const da = days.get(a);
    const db = days.get(b);
    if (!da || !db) return true;
    return Math.abs(median(da) - median(db)) <= dates.maxGap;
  };
  const membersOf = (l: number) => members.get(l) as number[];
  while (heap.size > 0) {
    const e = heap.pop() as Entry;
    if (e.score < threshold) break;
    if (!size.has(e.a) || !size.has(e.b)) continue;
    if (mean(e.a, e.b) !== e.score) continue; // stale: a fresher entry is in the heap
    if (!compatible(e.a, e.b) && !(bridge && bridge(membersOf(e.a), membersOf(e.b)))) continue;
    if (veto && veto(membersOf(e.a), membersOf(e.b))) continue;
    const a = e.a;
    for (const c of mergeClusters(clusters, a, e.b).keys()) {
      if (a < c) offer(a, c);
      else offer(c, a);
    }
  }
  const find = (x: number): number => {
    let r = x;
    while (clusters.parent.has(r)) r = clusters.parent.get(r) as number;
    return r;
  };
  return label.map((l) => find(l));
}

/** Starting clusters: items with one `initial` label share the label of their smallest member. */
function startingLabels(n: number, initial: readonly number[] | undefined): number[] {
  const label = new Array<number>(n);
  const firstOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const g = initial ? (initial[i] as number) : i;
    const f = firstOf.get(g);
    if (f === undefined) firstOf.set(g, i);
    label[i] = f ?? i;
  }
  return label;
}

/** The clusters of average link as they merge, by label. */
interface Clusters {
  size: Map<number, number>;
  /** Summed similarity between clusters, both ways. */
  links: Map<number, Map<number, number>>;
  /** Members of each cluster, ascending. */
  members: Map<number, number[]>;
  /** Dates of each cluster's dated members, ascending: a cluster's date is their median. */
  days: Map<number, number[]>;
  /** The cluster each merged label went into. */
  parent: Map<number, number>;
}

/** The clusters of the starting labels, with their summed similarities and, when given, their members' days. */
function startingClusters(label: readonly number[], edges: readonly Edge[], itemDays: readonly (number | null)[] | undefined): Clusters {
  const n = label.length;
  const size = new Map<number, number>();
  for (let i = 0; i < n; i++) size.set(label[i] as number, (size.get(label[i] as number) ?? 0) + 1);
  const links = new Map<number, Map<number, number>>();
  const addLink = (a: number, b: number, w: number) => {
    let m = links.get(a);
    if (!m) links.set(a, (m = new Map()));
    m.set(b, (m.get(b) ?? 0) + w);
  };
  for (const e of edges) {
    const a = label[e.i] as number;
    const b = label[e.j] as number;
    if (a === b || e.w <= 0) continue;
    addLink(a, b, e.w);
    addLink(b, a, e.w);
  }
  const days = new Map<number, number[]>();
  if (itemDays) {
    for (let i = 0; i < n; i++) {
      const d = itemDays[i];
      if (d === null || d === undefined) continue;
      const l = label[i] as number;
      let list = days.get(l);
      if (!list) days.set(l, (list = []));
      list.push(d);
    }
    for (const list of days.values()) list.sort((x, y) => x - y);
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const l = label[i] as number;
    let m = members.get(l);
    if (!m) members.set(l, (m = []));
    m.push(i);
  }
  return { size, links, members, days, parent: new Map() };
}

/** Merge cluster `b` into `a` (a < b, so a stays the smallest member's label); returns `a`'s links after the merge. */
function mergeClusters(clusters: Clusters, a: number, b: number): Map<number, number> {
  const { size, links, members, days, parent } = clusters;
  size.set(a, (size.get(a) as number) + (size.get(b) as number));
  size.delete(b);
  parent.set(b, a);
  members.set(a, mergeSorted(members.get(a) as number[], members.get(b) as number[]));
  members.delete(b);
  const db = days.get(b);
  if (db) {
    days.set(a, mergeSorted(days.get(a) ?? [], db));
    days.delete(b);
  }
  const la = links.get(a) ?? new Map<number, number>();
  const lb = links.get(b) ?? new Map<number, number>();
  la.delete(b);
  lb.delete(a);
  for (const [c, w] of lb) {
    la.set(c, (la.get(c) ?? 0) + w);
    const lc = links.get(c) as Map<number, number>;
    lc.set(a, (lc.get(a) ?? 0) + w);
    lc.delete(b);
  }
  links.set(a, la);
  links.delete(b);
  return la;
}

/** The union of two ascending lists, ascending (duplicates kept). */
function mergeSorted(x: readonly number[], y: readonly number[]): number[] {
  const out = new Array<number>(x.length + y.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < x.length && j < y.length) out[k++] = (x[i] as number) <= (y[j] as number) ? (x[i++] as number) : (y[j++] as number);
  while (i < x.length) out[k++] = x[i++] as number;
  while (j < y.length) out[k++] = y[j++] as number;
  return out;
}

/** Options of `attachSmall`. */
export interface AttachOptions {
  /** Largest cluster that is attached (items). */
  maxSize: number;
  /** Lowest mean similarity to the cluster it joins. */
  minMean: number;
  /** Lowest ratio of the best mean to the second best (the choice must be clear). */
  margin: number;
  /** Whether two clusters may merge (date and conflict checks; default: always). */
  allowed?: (small: readonly number[], big: readonly number[]) => boolean;
}

/**
 * Attach small clusters that average link left alone to the one larger
 * cluster they clearly belong to: the cluster with the highest mean
 * similarity, when that mean is at least `minMean` and `margin` times the
 * second best. A report that shares little text with each of the event's
 * many reports (a short follow-up, a different angle) still leans to one
 * event. Every small cluster is judged against the clusters as average
 * link left them, so the order does not matter. Returns new labels.
 *
 * @param labels Cluster label per item (see `averageLink`).
 * @param edges Similarities between items.
 * @param options See `AttachOptions`.
 */
export function attachSmall(labels: readonly number[], edges: readonly Edge[], options: AttachOptions): number[] {
  const members = new Map<number, number[]>();
  labels.forEach((l, i) => {
    let m = members.get(l);
    if (!m) members.set(l, (m = []));
    m.push(i);
  });
  const size = (l: number) => (members.get(l) as number[]).length;
  // Summed similarity from each small cluster to each other cluster.
  const sums = new Map<number, Map<number, number>>();
  const add = (small: number, other: number, w: number) => {
    let m = sums.get(small);
    if (!m) sums.set(small, (m = new Map()));
    m.set(other, (m.get(other) ?? 0) + w);
  };
  for (const e of edges) {
    const a = labels[e.i] as number;
    const b = labels[e.j] as number;
    if (a === b || e.w <= 0) continue;
    if (size(a) <= options.maxSize) add(a, b, e.w);
    if (size(b) <= options.maxSize) add(b, a, e.w);
  }
  const target = new Map<number, number>();
  for (const small of [...sums.keys()].sort((x, y) => x - y)) {
    const n = size(small);
    const means = [...(sums.get(small) as Map<number, number>)]
      .sort((x, y) => x[0] - y[0])
      .filter(([other]) => size(other) > n)
      .map(([other, s]) => [other, s / (n * size(other))] as const);
    const best = clearBest(means, options.minMean, options.margin);
    if (best < 0) continue;
    if (options.allowed && !options.allowed(members.get(small) as number[], members.get(best) as number[])) continue;
    target.set(small, best);
  }
  // A label is the smallest member of its cluster.
  const joined = new Map<number, number[]>();
  labels.forEach((l, i) => {
    const t = target.get(l) ?? l;
    let m = joined.get(t);
    if (!m) joined.set(t, (m = []));
    m.push(i);
  });
  const out = new Array<number>(labels.length);
  for (const m of joined.values()) {
    const first = Math.min(...m);
    for (const i of m) out[i] = first;
  }
  return out;
}

/**
 * `attachSmall` again and again until no cluster moves. Once small clusters
 * have joined, an event is larger, and another small cluster that was torn
 * between two events may now lean clearly to one of them. Every pass that
 * moves a cluster leaves fewer clusters, so the passes end.
 *
 * @param labels Cluster label per item (see `averageLink`).
 * @param edges Similarities between items.
 * @param options See `AttachOptions`.
 */
export function attachUntilStable(labels: readonly number[], edges: readonly Edge[], options: AttachOptions): number[] {
  let out = labels;
  for (;;) {
    const next = attachSmall(out, edges, options);
    if (next.every((l, i) => l === out[i])) return next;
    out = next;
  }
}
