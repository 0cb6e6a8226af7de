/**
 * Stage 7, events: reports of one real-world event clustered into one
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
import { createStemmer, type Stemmer } from '../../../../text/stem.ts';
import { byCodeUnits } from '../../../../text/compare.ts';
import type { Article, Event } from '../../../../model/types.ts';
import {
  ATTACH_MARGIN,
  ATTACH_MAX_SIZE,
  ATTACH_MIN_MEAN,
  ATTACH_YEAR_MIN_REPORTS,
  CLUSTER_DATE_GAP_DAYS,
  CONFLICT_MAX,
  COPY_MIN_COSINE,
  CONFLICT_MIN_SIZE,
  EVENT_ID_MAX,
  EVENT_QUOTES,
  EVENT_TITLE_MAX,
  MERGE_THRESHOLD,
  QUOTE_MIN_SHARED,
  RELATED_EVENTS,
  RELATED_MIN,
  WEIGHTS,
  YEAR_GAP,
  YEAR_MIN_REPORTS,
} from '../settings.ts';
import { candidatePairs, type CandidateOptions } from './candidates.ts';
import { attachUntilStable, averageLink, type Edge } from './cluster.ts';
import { clusterProfile, conflict, figuresDiffer, sharedParticipant, sumVectors, type ClusterProfile } from './conflict.ts';
import { pairFeatures, pairProbability, type Weights } from './features.ts';
import { assignEventIds, type PreviousEvents, type Redirect } from './ids.ts';
import { slugify } from '../../../../text/slug.ts';
import { buildProfiles, type Profile } from './profile.ts';
import type { ProfileBase } from './profile-base.ts';
import { cosine } from './vectors.ts';
import { intersectionSize } from '../../../../text/shingles.ts';
import { hasOwnHeadline } from '../../../per-article/parse/index.ts';

/** Options of `clusterEvents`. */
export interface ClusterEventsOptions {
  /** Article id → event id of the previous build, for stable ids (default: none). */
  previous?: PreviousEvents;
  /** Redirects of the previous build, kept and pointed on (default: none; see `assignEventIds`). */
  previousRedirects?: readonly Redirect[];
  /** Weights of the same-event score (default: `WEIGHTS`). */
  weights?: Weights;
  /** Lowest mean probability that merges two clusters (default: `MERGE_THRESHOLD`, 0.4). */
  threshold?: number;
  /** Widest gap between the median dates of merged clusters, days (default: `CLUSTER_DATE_GAP_DAYS`, 90). */
  dateGapDays?: number;
  /** Highest conflict of merged clusters (default: `CONFLICT_MAX`, 0.8); `Infinity` turns the check off. */
  conflictMax?: number;
  /** Blocking settings (defaults: see `candidatePairs`). */
  candidates?: CandidateOptions;
  /** A stemmer to reuse (default: a new one). */
  stemmer?: Stemmer;
  /** Profile bases computed per article beforehand, by article index (see `buildProfiles`; default: none). */
  bases?: readonly (ProfileBase | undefined)[];
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
  /** The input articles, in order, with `event` set and undated ones dated from their event. */
  articles: Article[];
  /** Events by start date (undated last), then their first article id. */
  events: Event[];
  /** Old event ids that are no longer used, by `from`. */
  redirects: Redirect[];
  stats: ClusterStats;
}

/** Same-event probability of every candidate pair: the scored edges. */
export interface ScoredPairs {
  profiles: Profile[];
  edges: Edge[];
}

/**
 * Profile articles and score their candidate pairs (stages 1 to 3 above).
 * Exported for the evaluation, which correlates these scores with human ones.
 */
export function scorePairs(articles: readonly Article[], options: ClusterEventsOptions = {}): ScoredPairs {
  const stemmer = options.stemmer ?? createStemmer();
  const { profiles } = buildProfiles(articles, { stemmer, ...(options.bases ? { bases: options.bases } : {}) });
  const edges = candidatePairs(profiles, options.candidates).map(([i, j]) => ({
    i,
    j,
    w: pairProbability(pairFeatures(profiles[i] as Profile, profiles[j] as Profile), options.weights ?? WEIGHTS),
  }));
  return { profiles, edges };
}

/**
 * Syndication groups: each article labelled by the index of its group's
 * root (canonical) article. With `profiles`, a copy whose story text
 * shares almost nothing with its canonical article (TF-IDF cosine under
 * `COPY_MIN_COSINE`) is left out of the group: what made the two look
 * alike to the syndication stage was page furniture they share, such as a
 * list of headlines, not the story.
 */
export function syndicationGroups(articles: readonly Article[], profiles?: readonly Profile[]): number[] {
  const index = new Map<string, number>();
  articles.forEach((a, i) => index.set(a.id, i));
  const parent = articles.map((_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  articles.forEach((a, i) => {
    const j = a.duplicateOf === null ? undefined : index.get(a.duplicateOf);
    if (j === undefined) return;
    if (profiles && cosine((profiles[i] as Profile).text, (profiles[j] as Profile).text) < COPY_MIN_COSINE) return;
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  });
  return articles.map((_, i) => find(i));
}

/**
 * Cluster articles into labels (stage 4): the label of an article is the
 * smallest index in its cluster.
 */
export function clusterLabels(articles: readonly Article[], scored: ScoredPairs, options: ClusterEventsOptions = {}): number[] {
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
  const labels = averageLink(articles.length, edges, options.threshold ?? MERGE_THRESHOLD, syndicationGroups(articles, profiles), { days, maxGap }, veto, bridge);
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
  return attachUntilStable(labels, edges, {
    maxSize: ATTACH_MAX_SIZE,
    minMean: ATTACH_MIN_MEAN,
    margin: ATTACH_MARGIN,
    allowed: (a, b) => (!dateGap(a, b) || bridge(a, b)) && !datedYearApart(a, b) && !veto(a, b),
  });
}

/** Median of the days of the members that are dated, or null. */
function medianDay(members: readonly number[], days: readonly (number | null)[]): number | null {
  const ds = members.map((i) => days[i]).filter((d): d is number => d !== null && d !== undefined).sort((x, y) => x - y);
  if (ds.length === 0) return null;
  const m = ds.length >> 1;
  return ds.length % 2 ? (ds[m] as number) : ((ds[m - 1] as number) + (ds[m] as number)) / 2;
}

/** Median of the years of the members that have one (see `Profile.year`), or null. */
export function medianYear(members: readonly number[], profiles: readonly Profile[], min = 1): number | null {
  const ys = members.map((i) => (profiles[i] as Profile).year).filter((y): y is number => y !== null).sort((x, y) => x - y);
  if (ys.length === 0 || ys.length < min) return null;
  const m = ys.length >> 1;
  return ys.length % 2 ? (ys[m] as number) : ((ys[m - 1] as number) + (ys[m] as number)) / 2;
}

/** A title cut at a word to at most `max` characters, with an ellipsis when cut. */
export function shortTitle(title: string, max = EVENT_TITLE_MAX): string {
  const t = title.replace(/\s+/gu, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
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

const dateKey = (a: Article) => a.date ?? '9999-99-99';

/**
 * Cluster articles into events (stage 7).
 *
 * Every report of one real-world event goes to one event; syndicated copies
 * (`duplicateOf`) always go with their canonical article. Features: TF-IDF
 * similarity of texts, titles and leads; shared people, places and
 * organisations; shared quotes; date proximity. Cost grows about linearly
 * with the archive: only candidate pairs (shared rare keys) are scored.
 * Event ids are slugs of the event title; with `options.previous` a cluster
 * keeps the old id most of its articles had, and old ids no longer used
 * get redirects.
 *
 * @param articles Enriched articles (stage 6 output).
 * @param options See `ClusterEventsOptions`.
 */
export function clusterEvents(articles: readonly Article[], options: ClusterEventsOptions = {}): ClusterEventsResult {
  const scored = scorePairs(articles, options);
  options.onScored?.(scored);
  const { profiles, edges } = scored;
  const labels = clusterLabels(articles, scored, options);
  const groups = syndicationGroups(articles, profiles);

  // Members of each cluster, clusters in order of their smallest index.
  const byLabel = new Map<number, number[]>();
  labels.forEach((l, i) => {
    let m = byLabel.get(l);
    if (!m) byLabel.set(l, (m = []));
    m.push(i);
  });
  const clusters = [...byLabel.entries()].sort((a, b) => a[0] - b[0]).map(([, m]) => m);

  // Centrality: summed probability to the other members of the cluster.
  const centrality = new Float64Array(articles.length);
  for (const e of edges) {
    if (labels[e.i] !== labels[e.j]) continue;
    centrality[e.i] = (centrality[e.i] as number) + e.w;
    centrality[e.j] = (centrality[e.j] as number) + e.w;
  }

  const described = clusters.map((members) => {
    const arts = members.map((i) => articles[i] as Article);
    const dated = arts.filter((a) => a.date !== null).map((a) => a.date as string).sort(byCodeUnits);
    const start = dated[0] ?? null;
    const end = dated[dated.length - 1] ?? null;
    // The most central canonical report with a headline of its own names the event.
    const canonical = members.filter((i) => groups[i] === i);
    const pool = canonical.length > 0 ? canonical : members;
    let central = pool[0] as number;
    for (const i of pool) {
      const ci = centrality[i] as number;
      const cc = centrality[central] as number;
      const ti = hasOwnHeadline(articles[i] as Article);
      const tc = hasOwnHeadline(articles[central] as Article);
      if ((ti && !tc) || (ti === tc && (ci > cc || (ci === cc && byCodeUnits((articles[i] as Article).id, (articles[central] as Article).id) < 0)))) central = i;
    }
    const title = shortTitle((articles[central] as Article).title);
    const ordered = [...arts].sort((a, b) => byCodeUnits(dateKey(a), dateKey(b)) || byCodeUnits(a.id, b.id));
    return { members, title, start, end, ordered };
  });

  // Deterministic cluster order for ids and output: start date (undated last), then first article id.
  const order = described
    .map((d, k) => ({ d, k }))
    .sort(
      (x, y) =>
        byCodeUnits(x.d.start ?? '9999-99-99', y.d.start ?? '9999-99-99') ||
        byCodeUnits((x.d.ordered[0] as Article).id, (y.d.ordered[0] as Article).id),
    );
  const { ids, redirects } = assignEventIds(
    order.map(({ d }) => ({
      articles: d.ordered.map((a) => a.id),
      slug: slugify(d.title, { maxLength: EVENT_ID_MAX, ascii: true }),
      fallback: (d.ordered[0] as Article).id,
    })),
    options.previous,
    options.previousRedirects,
  );

  // Related events: clusters joined by a candidate pair, by the mean cosine of their summed vectors.
  const eventOf = new Int32Array(articles.length);
  order.forEach(({ d }, e) => {
    for (const i of d.members) eventOf[i] = e;
  });
  const vectors = order.map(({ d }) => ({
    text: sumVectors(d.members.map((i) => (profiles[i] as Profile).text)),
    names: sumVectors(d.members.map((i) => (profiles[i] as Profile).names)),
  }));
  const neighbours = order.map(() => new Set<number>());
  for (const e of edges) {
    const a = eventOf[e.i] as number;
    const b = eventOf[e.j] as number;
    if (a === b) continue;
    (neighbours[a] as Set<number>).add(b);
    (neighbours[b] as Set<number>).add(a);
  }

  const events: Event[] = order.map(({ d }, e) => {
    const related = [...(neighbours[e] as Set<number>)]
      .map((o) => {
        const va = vectors[e] as (typeof vectors)[number];
        const vb = vectors[o] as (typeof vectors)[number];
        return { id: ids[o] as string, score: (cosine(va.text, vb.text) + cosine(va.names, vb.names)) / 2 };
      })
      .filter((r) => r.score >= RELATED_MIN)
      .sort((x, y) => y.score - x.score || byCodeUnits(x.id, y.id))
      .slice(0, RELATED_EVENTS)
      .map((r) => r.id);
    return {
      id: ids[e] as string,
      title: d.title,
      articles: d.ordered.map((a) => a.id),
      start: d.start,
      end: d.end,
      sharedQuotes: sharedQuotes(d.members, profiles, groups),
      related,
    };
  });

  const out = articles.map((a, i): Article => {
    const ev = events[eventOf[i] as number] as Event;
    if (a.date === null && ev.start !== null) return { ...a, event: ev.id, date: ev.start, dateSource: 'event' };
    return { ...a, event: ev.id };
  });
  // With undated reports now dated, order each event's articles again.
  const byId = new Map(out.map((a) => [a.id, a]));
  for (const ev of events) {
    ev.articles.sort((x, y) => byCodeUnits(dateKey(byId.get(x) as Article), dateKey(byId.get(y) as Article)) || byCodeUnits(x, y));
  }
  return {
    articles: out,
    events,
    redirects,
    stats: { articles: articles.length, candidatePairs: edges.length, events: events.length },
  };
}
