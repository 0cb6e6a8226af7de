/**
 * Describing events: each cluster's title, dates and articles in order, the
 * quotes its reports share, and the events related to it (step 5 of
 * `clusterEvents`).
 */
import type { Article } from '../../../../model/types.ts';
import { byCodeUnits } from '../../../../text/compare.ts';
import { intersectionSize } from '../../../../text/shingles.ts';
import { EVENT_QUOTES, QUOTE_MIN_SHARED, RELATED_EVENTS, RELATED_MIN } from '../settings.ts';
import type { Edge } from './cluster.ts';
import { sumVectors } from './conflict.ts';
import { nameCluster, type NamingContext } from './naming.ts';
import type { Profile } from './profile.ts';
import { cosine } from './vectors.ts';

/** A cluster of reports, described. */
export interface DescribedCluster {
  /** Article indexes, ascending. */
  members: number[];
  title: string;
  /** The sentence that sums the event up (`''` when no report has one). */
  description: string;
  /** First and last dated report, ISO dates; null when none is dated. */
  start: string | null;
  end: string | null;
  /** The articles by date (undated last), then id. */
  ordered: Article[];
}

/** The sort key of an article's date: undated articles last. */
export const dateKey = (a: Article): string => a.date ?? '9999-99-99';

/**
 * Describe one cluster: its name (see `nameCluster`), dates and articles in order.
 */
export function describeCluster(members: number[], context: NamingContext): DescribedCluster {
  const arts = members.map((i) => context.articles[i] as Article);
  const dated = arts.filter((a) => a.date !== null).map((a) => a.date as string).sort(byCodeUnits);
  const start = dated[0] ?? null;
  const end = dated[dated.length - 1] ?? null;
  const { title, description } = nameCluster(members, context);
  const ordered = [...arts].sort((a, b) => byCodeUnits(dateKey(a), dateKey(b)) || byCodeUnits(a.id, b.id));
  return { members, title, description, start, end, ordered };
}

/**
 * Related events, for each of `clusters` (the events in order): the events
 * a candidate pair joins it to, by the mean cosine of their summed text and
 * name vectors, most related first, as ids.
 *
 * @param eventOf The position in `clusters` of each article's event.
 * @param ids The events' ids, in the order of `clusters`.
 */
export function relatedEvents(
  clusters: readonly DescribedCluster[],
  profiles: readonly Profile[],
  edges: readonly Edge[],
  eventOf: Int32Array,
  ids: readonly string[],
): string[][] {
  const vectors = clusters.map((d) => ({
    text: sumVectors(d.members.map((i) => (profiles[i] as Profile).text)),
    names: sumVectors(d.members.map((i) => (profiles[i] as Profile).names)),
  }));
  const neighbours = clusters.map(() => new Set<number>());
  for (const e of edges) {
    const a = eventOf[e.i] as number;
    const b = eventOf[e.j] as number;
    if (a === b) continue;
    (neighbours[a] as Set<number>).add(b);
    (neighbours[b] as Set<number>).add(a);
  }
  return clusters.map((_, e) =>
    [...(neighbours[e] as Set<number>)]
      .map((o) => {
        const va = vectors[e] as (typeof vectors)[number];
        const vb = vectors[o] as (typeof vectors)[number];
        return { id: ids[o] as string, score: (cosine(va.text, vb.text) + cosine(va.names, vb.names)) / 2 };
      })
      .filter((r) => r.score >= RELATED_MIN)
      .sort((x, y) => y.score - x.score || byCodeUnits(x.id, y.id))
      .slice(0, RELATED_EVENTS)
      .map((r) => r.id),
  );
}

/**
 * Quotes that two or more reports share: a quote of one report whose
 * shingles another report (not a syndicated copy of it) contains. Most
 * shared first, then longest; overlapping quotes listed once.
 */
export function sharedQuotes(members: readonly number[], profiles: readonly Profile[], groups: readonly number[], max = EVENT_QUOTES): string[] {
  const found: { text: string; reports: number; shingles: number[] }[] = [];
  for (const i of members) {
    const p = profiles[i] as Profile;
    for (let k = 0; k < p.quotes.length; k++) {
      const q = p.quotes[k] as string;
      const qs = p.quoteShingleLists[k] as number[];
      if (qs.length === 0) continue;
      const need = Math.min(QUOTE_MIN_SHARED, qs.length);
      const reporting = new Set<number>([groups[i] as number]);
      for (const j of members) {
        if (groups[j] === groups[i]) continue;
        if (intersectionSize(qs, (profiles[j] as Profile).textShingles) >= need) reporting.add(groups[j] as number);
      }
      if (reporting.size >= 2) found.push({ text: q, reports: reporting.size, shingles: qs });
    }
  }
  found.sort((a, b) => b.reports - a.reports || b.text.length - a.text.length || byCodeUnits(a.text, b.text));
  const out: string[] = [];
  const chosen: number[][] = [];
  for (const f of found) {
    if (out.length >= max) break;
    if (chosen.some((c) => intersectionSize(c, f.shingles) > 0)) continue;
    out.push(f.text);
    chosen.push(f.shingles);
  }
  return out;
}
