/**
 * Stable event ids: a slug of the event's title, or the id the previous build
 * gave most of its reports; redirects for ids that are no longer used.
 */
import { byCodeUnits } from '../../../../text/compare.ts';

/** A map article id → event id, from the previous build's `archive.json`. */
export type PreviousEvents = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

/** A redirect from an event id no longer used to the event now holding most of its reports. */
export interface Redirect {
  from: string;
  to: string;
}

function previousOf(previous: PreviousEvents | undefined, articleId: string): string | undefined {
  if (!previous) return undefined;
  if (previous instanceof Map) return previous.get(articleId);
  const record = previous as Readonly<Record<string, string>>;
  return Object.prototype.hasOwnProperty.call(record, articleId) ? record[articleId] : undefined;
}

/** One new cluster, as the id assignment sees it. */
export interface IdCluster {
  /** Article ids of the cluster. */
  articles: readonly string[];
  /** Slug wanted for it (from its title); may be empty. */
  slug: string;
  /** Fallback id when the slug is empty: its earliest article's id. */
  fallback: string;
}

/**
 * Give every cluster an id. With `previous`, clusters first keep old ids,
 * greedily by overlap (most shared articles first; ties by old id, then by
 * cluster order), each old id used once. The others get their slug; a slug
 * already taken (or a previous id) gets `-2`, `-3`, … in cluster order.
 * Every old id left unused redirects to the event that holds most of its
 * former articles (ties by id); an old id none of whose articles remain
 * gets no redirect.
 *
 * The previous build's redirects are kept, so that a URL once published
 * keeps leading somewhere however many builds later: each points on to
 * where its target is now (the same id, or the event the target id now
 * redirects to). One whose id is an event's again, or whose target's
 * articles are all gone, is dropped. Ids they redirect from are not given
 * to new events.
 *
 * @param clusters Clusters in a deterministic order (it breaks ties).
 * @param previous Article id → previous event id (default: none).
 * @param previousRedirects The previous build's redirects (default: none).
 */
export function assignEventIds(
  clusters: readonly IdCluster[],
  previous?: PreviousEvents,
  previousRedirects: readonly Redirect[] = [],
): { ids: string[]; redirects: Redirect[] } {
  const ids = new Array<string>(clusters.length).fill('');
  const overlaps: { old: string; cluster: number; count: number }[] = [];
  const formerCounts: Map<string, number>[] = clusters.map(() => new Map());
  const oldIds = new Set<string>();
  clusters.forEach((c, k) => {
    const counts = formerCounts[k] as Map<string, number>;
    for (const a of c.articles) {
      const old = previousOf(previous, a);
      if (old === undefined) continue;
      oldIds.add(old);
      counts.set(old, (counts.get(old) ?? 0) + 1);
    }
    for (const [old, count] of counts) overlaps.push({ old, cluster: k, count });
  });
  if (previous) {
    const all = previous instanceof Map ? [...previous.values()] : Object.values(previous);
    for (const old of all) oldIds.add(old);
  }
  overlaps.sort((x, y) => y.count - x.count || byCodeUnits(x.old, y.old) || x.cluster - y.cluster);
  const usedOld = new Set<string>();
  for (const o of overlaps) {
    if (ids[o.cluster] !== '' || usedOld.has(o.old)) continue;
    ids[o.cluster] = o.old;
    usedOld.add(o.old);
  }
  const taken = new Set<string>([...oldIds, ...previousRedirects.map((r) => r.from)]);
  clusters.forEach((c, k) => {
    if (ids[k] !== '') return;
    const base = c.slug !== '' ? c.slug : c.fallback;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    ids[k] = id;
    taken.add(id);
  });
  const redirects: Redirect[] = [];
  for (const old of [...oldIds].sort(byCodeUnits)) {
    if (usedOld.has(old)) continue;
    let best = -1;
    let bestCount = 0;
    clusters.forEach((_, k) => {
      const count = (formerCounts[k] as Map<string, number>).get(old) ?? 0;
      if (count > bestCount || (count === bestCount && count > 0 && byCodeUnits(ids[k] as string, ids[best] as string) < 0)) {
        best = k;
        bestCount = count;
      }
    });
    if (best >= 0) redirects.push({ from: old, to: ids[best] as string });
  }
  const current = new Set(ids);
  const movedTo = new Map(redirects.map((r) => [r.from, r.to]));
  const seen = new Set(movedTo.keys());
  for (const r of previousRedirects) {
    if (current.has(r.from) || seen.has(r.from)) continue;
    const to = current.has(r.to) ? r.to : movedTo.get(r.to);
    if (to === undefined) continue;
    redirects.push({ from: r.from, to });
    seen.add(r.from);
  }
  redirects.sort((x, y) => byCodeUnits(x.from, y.from));
  return { ids, redirects };
}
