/**
 * Candidate pairs by blocking: two articles are compared only when they
 * share a rare key (one of their top terms, a name, a quoted shingle) and
 * their dates, when both are known, are close enough.
 */
import { BLOCK_MAX_POSTING, BLOCK_NAMES, BLOCK_TERMS, CANDIDATE_WINDOW_DAYS } from '../settings.ts';
import type { Profile } from './profile.ts';

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
}

/**
 * Candidate pairs `[i, j]` (profile indexes, `i < j`), sorted. The number of
 * pairs is at most about `n · keys · maxPosting`, linear in the archive.
 */
export function candidatePairs(profiles: readonly Profile[], options: CandidateOptions = {}): [number, number][] {
  const nTerms = options.terms ?? BLOCK_TERMS;
  const nNames = options.names ?? BLOCK_NAMES;
  const maxPosting = options.maxPosting ?? BLOCK_MAX_POSTING;
  const window = options.windowDays ?? CANDIDATE_WINDOW_DAYS;
  const postings = new Map<string, number[]>();
  const post = (key: string, i: number) => {
    let list = postings.get(key);
    if (!list) postings.set(key, (list = []));
    if (list[list.length - 1] !== i) list.push(i);
  };
  for (const p of profiles) {
    for (const id of p.topTerms.slice(0, nTerms)) post(`t${id}`, p.index);
    for (const id of p.topNames.slice(0, nNames)) post(`n${id}`, p.index);
    for (const h of p.quoteShingles) post(`q${h}`, p.index);
  }
  // Text shingles meet quote shingles: a quote in one report, the same words in another.
  for (const p of profiles) {
    for (const h of p.textShingles) {
      const list = postings.get(`q${h}`);
      if (list && list[list.length - 1] !== p.index && list.length <= maxPosting) list.push(p.index);
    }
  }
  const n = profiles.length;
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const keys = [...postings.keys()].sort();
  for (const key of keys) {
    const list = [...new Set(postings.get(key) as number[])].sort((a, b) => a - b);
    if (list.length < 2 || list.length > maxPosting) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        const code = i * n + j;
        if (seen.has(code)) continue;
        seen.add(code);
        const a = profiles[i] as Profile;
        const b = profiles[j] as Profile;
        if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) > window) continue;
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
