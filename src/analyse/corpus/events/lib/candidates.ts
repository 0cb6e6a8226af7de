/**
 * Candidate pairs by blocking: two articles are compared only when they
 * share a rare key (one of their top terms, a name, a quoted shingle) and
 * their dates, when both are known, are close enough.
 */
import { BLOCK_MAX_POSTING, BLOCK_MIN_SHARED, BLOCK_NAMES, BLOCK_RARE_POSTING, BLOCK_TERMS, CANDIDATE_WINDOW_DAYS } from '../settings.ts';
import type { Profile } from './profile.ts';

/**
 * Bits of the filter that tells a text shingle that is no report's quote
 * shingle (a power of two): 2^22 bits, half a megabyte, leave a few per cent
 * of the text shingles to look up at 150,000 quote shingles (50,000 reports).
 */
const QUOTE_FILTER_BITS = 1 << 22;

/** Options of `candidatePairs`. */
export interface CandidateOptions {
  /** Top terms per article used as keys (default: `BLOCK_TERMS`). */
  terms?: number;
  /** Rarest names per article used as keys (default: `BLOCK_NAMES`). */
  names?: number;
  /** Longest posting list of a key (default: `BLOCK_MAX_POSTING`). */
  maxPosting?: number;
  /** Widest date gap of a candidate pair of dated articles (default: `CANDIDATE_WINDOW_DAYS`). */
  windowDays?: number;
  /** Keys a pair must share, a quote or a rare key counting for all (default: `BLOCK_MIN_SHARED`). */
  minShared?: number;
  /** Longest posting list of a key that is rare enough to make a pair alone (default: `BLOCK_RARE_POSTING`). */
  rarePosting?: number;
}

/** The blocking keys, by id: each key's articles (its posting list, ascending) and weight, and each article's keys. */
interface Postings {
  lists: number[][];
  weights: number[];
  keysOf: number[][];
}

/**
 * Candidate pairs `[i, j]` (profile indexes, `i < j`), sorted. Two articles
 * are a pair when they share at least `minShared` keys (a quote counts
 * twice: a shared quote alone makes a pair) and, when both are dated, their
 * dates are within the window. The work is at most about
 * `n · keys · maxPosting`, linear in the archive, and no set of all pairs
 * seen is kept: each article's partners are counted in one array.
 */
export function candidatePairs(profiles: readonly Profile[], options: CandidateOptions = {}): [number, number][] {
  const nTerms = options.terms ?? BLOCK_TERMS;
  const nNames = options.names ?? BLOCK_NAMES;
  const maxPosting = options.maxPosting ?? BLOCK_MAX_POSTING;
  const window = options.windowDays ?? CANDIDATE_WINDOW_DAYS;
  const minShared = options.minShared ?? BLOCK_MIN_SHARED;
  const rarePosting = options.rarePosting ?? BLOCK_RARE_POSTING;
  const { postings, quoteKeys } = postKeys(profiles, nTerms, nNames, minShared);
  postQuotedText(profiles, postings, quoteKeys, maxPosting);
  const usable = postings.lists.map((list) => list.length >= 2);
  const neighbourhoods = longListOrders(profiles, postings, maxPosting);
  // A long list is a common key however it was posted: it needs another beside it.
  for (const k of neighbourhoods.keys()) postings.weights[k] = 1;
  // A key few articles share is evidence enough on its own; a commoner one needs another beside it.
  postings.lists.forEach((list, k) => {
    if (list.length <= rarePosting) postings.weights[k] = minShared;
  });
  return pairsSharing(profiles, postings, usable, minShared, window, { orders: neighbourhoods, reach: Math.floor(maxPosting / 2) });
}

/** The lists longer than the longest posting: each one's articles in date order, and where each article stands in it. */
interface LongLists {
  orders: Map<number, { order: number[]; position: Map<number, number> }>;
  /** Neighbours on either side an article is paired with in a long list. */
  reach: number;
}

/**
 * Each posting list longer than `maxPosting`, in date order (undated last,
 * then by index). A key that many articles share (the word of a story
 * with hundreds of reports) pairs each article only with those nearest in
 * date, so the work stays linear and a large event's reports still meet.
 */
function longListOrders(profiles: readonly Profile[], postings: Postings, maxPosting: number): LongLists['orders'] {
  const orders: LongLists['orders'] = new Map();
  postings.lists.forEach((list, k) => {
    if (list.length <= maxPosting) return;
    const day = (i: number) => (profiles[i] as Profile).day ?? Number.MAX_SAFE_INTEGER;
    const order = [...list].sort((a, b) => day(a) - day(b) || a - b);
    orders.set(k, { order, position: new Map(order.map((i, p) => [i, p])) });
  });
  return orders;
}

/**
 * Post every article under its keys: its top `nTerms` terms and rarest
 * `nNames` names (weight 1) and its quote shingles (weight `minShared`).
 * Terms, names and quote shingles are numbers, each kind in a map of its
 * own from key to id; the quote shingles' map is returned with the postings.
 */
function postKeys(
  profiles: readonly Profile[],
  nTerms: number,
  nNames: number,
  minShared: number,
): { postings: Postings; quoteKeys: Map<number, number> } {
  const termKeys = new Map<number, number>();
  const nameKeys = new Map<number, number>();
  const quoteKeys = new Map<number, number>();
  const postings: Postings = { lists: [], weights: [], keysOf: profiles.map(() => []) };
  const post = (keys: Map<number, number>, key: number, i: number, weight: number) => {
    let id = keys.get(key);
    if (id === undefined) {
      keys.set(key, (id = postings.lists.length));
      postings.lists.push([]);
      postings.weights.push(weight);
    }
    const list = postings.lists[id] as number[];
    if (list[list.length - 1] !== i) {
      list.push(i);
      (postings.keysOf[i] as number[]).push(id);
    }
  };
  for (const p of profiles) {
    for (const id of p.topTerms.slice(0, nTerms)) post(termKeys, id, p.index, 1);
    for (const id of p.topNames.slice(0, nNames)) post(nameKeys, id, p.index, 1);
    for (const h of p.quoteShingles) post(quoteKeys, h, p.index, minShared);
  }
  return { postings, quoteKeys };
}

/**
 * Text shingles meet quote shingles: a quote in one report, the same words
 * in another. Adds each report to the lists of the quote shingles its text
 * has, while a list is no longer than `maxPosting`.
 */
function postQuotedText(profiles: readonly Profile[], postings: Postings, quoteKeys: ReadonlyMap<number, number>, maxPosting: number): void {
  // A report is in a quote shingle's list already when it quotes those words itself: both lists are
  // sorted, so one walk along its quote shingles tells. Few of the text's shingles are anyone's quote:
  // a bit per hash value (its low bits) rules out most of them before the map is asked, whose keys,
  // above the small integers, make each lookup cost an allocation.
  const bits = new Int32Array(QUOTE_FILTER_BITS >>> 5);
  for (const h of quoteKeys.keys()) bits[(h & (QUOTE_FILTER_BITS - 1)) >>> 5]! |= 1 << (h & 31);
  for (const p of profiles) {
    const own = p.quoteShingles;
    let q = 0;
    for (const h of p.textShingles) {
      if ((bits[(h & (QUOTE_FILTER_BITS - 1)) >>> 5]! & (1 << (h & 31))) === 0) continue;
      const id = quoteKeys.get(h);
      if (id === undefined) continue;
      while (q < own.length && (own[q] as number) < h) q++;
      if (q < own.length && own[q] === h) continue;
      const list = postings.lists[id] as number[];
      if (list.length <= maxPosting) {
        list.push(p.index);
        (postings.keysOf[p.index] as number[]).push(id);
      }
    }
  }
}

/** The pairs whose shared usable keys weigh at least `minShared` and whose dates, when both are known, are within `window` days. */
function pairsSharing(
  profiles: readonly Profile[],
  postings: Postings,
  usable: readonly boolean[],
  minShared: number,
  window: number,
  long: LongLists,
): [number, number][] {
  const n = profiles.length;
  const shared = new Int32Array(n);
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    for (const k of postings.keysOf[i] as number[]) {
      if (!usable[k]) continue;
      const w = postings.weights[k] as number;
      const ordered = long.orders.get(k);
      const partners = ordered ? neighboursIn(ordered, i, long.reach) : (postings.lists[k] as number[]);
      for (const j of partners) {
        if (j <= i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] as number) + w;
      }
    }
    touched.sort((a, b) => a - b);
    const a = profiles[i] as Profile;
    for (const j of touched) {
      const enough = (shared[j] as number) >= minShared;
      shared[j] = 0;
      if (!enough) continue;
      const b = profiles[j] as Profile;
      if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) > window) continue;
      pairs.push([i, j]);
    }
  }
  return pairs;
}

/** The articles within `reach` places of article `i` in a long list's date order. */
function neighboursIn(ordered: { order: number[]; position: Map<number, number> }, i: number, reach: number): number[] {
  const p = ordered.position.get(i) as number;
  return ordered.order.slice(Math.max(0, p - reach), p + reach + 1);
}
