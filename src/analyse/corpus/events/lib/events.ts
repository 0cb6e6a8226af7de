/**
 * Events: reports of one real-world event clustered into one
 * event, with a stable id, a title, dates, shared quotes and related events.
 *
 *   1 profiles     term, title, lead and name vectors; quotes; dates
 *   2 candidates   pairs that share a rare key, within a date window
 *   3 score        same-event probability of each candidate pair
 *   4 cluster      average link from syndication groups; no merge of
 *                  clusters whose dates or years lie far apart (unless
 *                  both are about the same person: follow-up coverage),
 *                  nor of clusters naming different participants or
 *                  giving different figures (tolls, sums); then
 *                  small clusters join the one event they clearly lean to,
 *                  pass after pass until none moves
 *   5 describe     ids (stable across builds), titles, dates, quotes, related
 */
import type { Copies, EnrichedArticle, Event } from '../../../../model/types.ts';
import { byCodeUnits } from '../../../../text/compare.ts';
import { slugify } from '../../../../text/slug.ts';
import { EVENT_ID_MAX } from '../settings.ts';
import type { Edge } from './cluster.ts';
import { dateKey, describeCluster, relatedEvents, sharedQuotes } from './describe.ts';
import { furnitureLines } from './naming.ts';
import { assignEventIds, type PreviousEvents, type Redirect } from './ids.ts';
import { clusterLabels, syndicationGroups, type ClusterLabelOptions } from './labels.ts';
import { scorePairs, type ScoredPairs, type ScoreOptions } from './score.ts';

/** Options of `clusterEvents`: those of scoring (`ScoreOptions`) and of clustering (`ClusterLabelOptions`), and these. */
export interface ClusterEventsOptions extends ScoreOptions, ClusterLabelOptions {
  /** Article id → event id of the previous build, for stable ids (default: none). */
  previous?: PreviousEvents;
  /** Redirects of the previous build, kept and pointed on (default: none; see `assignEventIds`). */
  previousRedirects?: readonly Redirect[];
  /** Called once with the profiles and scored candidate pairs, for evaluations (default: none). */
  onScored?: (scored: ScoredPairs) => void;
}

/** What the clustering did, for reports and benchmarks. */
export interface ClusterStats {
  articles: number;
  /** Candidate pairs scored (the all-pairs count would be `n (n − 1) / 2`). */
  candidatePairs: number;
  events: number;
}

/** Result of `clusterEvents`. */
export interface ClusterEventsResult {
  /** The input articles, in order, undated ones dated from their event. */
  articles: EnrichedArticle[];
  /** Article id → the id of the event it reports, for every article. */
  eventOf: Map<string, string>;
  /** Events by start date (undated last), then their first article id. */
  events: Event[];
  /** Old event ids that are no longer used, by `from`. */
  redirects: Redirect[];
  stats: ClusterStats;
}

/**
 * Cluster articles into events.
 *
 * Every report of one real-world event goes to one event; syndicated copies
 * (`copies`) always go with their canonical article. Features: TF-IDF
 * similarity of texts, titles and leads; shared people, places and
 * organisations; shared quotes; date proximity. Cost grows about linearly
 * with the archive: only candidate pairs (shared rare keys) are scored.
 * Event ids are slugs of the event title; with `options.previous` a cluster
 * keeps the old id most of its articles had, and old ids no longer used
 * get redirects.
 *
 * @param articles Enriched articles.
 * @param copies The syndicated copies among them, each with its canonical.
 * @param options See `ClusterEventsOptions`.
 */
export function clusterEvents(articles: readonly EnrichedArticle[], copies: Copies, options: ClusterEventsOptions = {}): ClusterEventsResult {
  const scored = scorePairs(articles, options);
  options.onScored?.(scored);
  const { profiles, edges } = scored;
  const labels = clusterLabels(articles, copies, scored, options);
  const groups = syndicationGroups(articles, copies, profiles);
  const centrality = centralityOf(edges, labels);
  // Deterministic cluster order for ids and output: start date (undated last), then first article id.
  const naming = { articles, profiles, groups, centrality, furniture: furnitureLines(articles), storyBlocks: scored.storyBlocks };
  const order = clustersOf(labels)
    .map((members) => describeCluster(members, naming))
    .sort(
      (x, y) => byCodeUnits(x.start ?? '9999-99-99', y.start ?? '9999-99-99') || byCodeUnits((x.ordered[0] as EnrichedArticle).id, (y.ordered[0] as EnrichedArticle).id),
  );
  const { ids, redirects } = assignEventIds(
    order.map((d) => ({
      articles: d.ordered.map((a) => a.id),
      slug: slugify(d.title, { maxLength: EVENT_ID_MAX, ascii: true }),
      fallback: (d.ordered[0] as EnrichedArticle).id,
    })),
    options.previous,
    options.previousRedirects,
  );
  const eventOf = new Int32Array(articles.length);
  order.forEach((d, e) => {
    for (const i of d.members) eventOf[i] = e;
  });
  const related = relatedEvents(order, profiles, edges, eventOf, ids);
  const events: Event[] = order.map((d, e) => ({
    id: ids[e] as string,
    title: d.title,
    description: d.description,
    articles: d.ordered.map((a) => a.id),
    start: d.start,
    end: d.end,
    sharedQuotes: sharedQuotes(d.members, profiles, groups),
    related: related[e] as string[],
  }));
  const membership = new Map<string, string>();
  const out = articles.map((a, i): EnrichedArticle => {
    const ev = events[eventOf[i] as number] as Event;
    membership.set(a.id, ev.id);
    return a.date === null && ev.start !== null ? { ...a, date: ev.start, dateSource: 'event' } : a;
  });
  // With undated reports now dated, order each event's articles again.
  const byId = new Map(out.map((a) => [a.id, a]));
  for (const ev of events) {
    ev.articles.sort((x, y) => byCodeUnits(dateKey(byId.get(x) as EnrichedArticle), dateKey(byId.get(y) as EnrichedArticle)) || byCodeUnits(x, y));
  }
  return {
    articles: out,
    eventOf: membership,
    events,
    redirects,
    stats: { articles: articles.length, candidatePairs: edges.length, events: events.length },
  };
}

/** Members of each cluster, ascending, clusters in order of their smallest index. */
function clustersOf(labels: readonly number[]): number[][] {
  const byLabel = new Map<number, number[]>();
  labels.forEach((l, i) => {
    let m = byLabel.get(l);
    if (!m) byLabel.set(l, (m = []));
    m.push(i);
  });
  return [...byLabel.entries()].sort((a, b) => a[0] - b[0]).map(([, m]) => m);
}

/** Centrality of each article: its summed probability to the other members of its cluster. */
function centralityOf(edges: readonly Edge[], labels: readonly number[]): Float64Array {
  const centrality = new Float64Array(labels.length);
  for (const e of edges) {
    if (labels[e.i] !== labels[e.j]) continue;
    centrality[e.i] = (centrality[e.i] as number) + e.w;
    centrality[e.j] = (centrality[e.j] as number) + e.w;
  }
  return centrality;
}
