import type { Article, Copies } from '../../../../model/types.ts';
import type { ArticleFingerprint, Fingerprints } from '../../../per-article/fingerprint/index.ts';
import { shingleSet } from '../../../per-article/fingerprint/index.ts';
import { isProse } from '../../../per-article/enrich/index.ts';
import { intersectionSize } from '../../../../text/shingles.ts';
import {
  LSH_BANDS,
  LSH_ROWS,
  MAX_BUCKET,
  MAX_OUTLET_REPEATS,
  MIN_CANDIDATE_BLOCK_WORDS,
  MIN_CONTAINMENT,
  MIN_SHARED_SHINGLES,
} from '../settings.ts';
import { lshPairs, type IsFurniture } from './candidates.ts';
import { copyDiffs, groupsOf } from './groups.ts';
import type { SyndicationResult } from './types.ts';

/** Options of {@link findSyndication}. */
export interface SyndicationOptions {
  /** Containment that confirms a copy, 0–1 (default: `MIN_CONTAINMENT` = `0.6`). */
  minContainment?: number;
  /** Shared shingles a copy needs (default: `MIN_SHARED_SHINGLES` = `12`). */
  minSharedShingles?: number;
  /** Words a block needs to generate candidates (default: `MIN_CANDIDATE_BLOCK_WORDS` = `8`). */
  minCandidateBlockWords?: number;
  /** LSH bands per block signature (default: `LSH_BANDS` = `4`). */
  bands?: number;
  /** Rows per LSH band (default: `LSH_ROWS` = `4`). */
  rows?: number;
  /** Largest LSH bucket turned into pairs (default: `MAX_BUCKET` = `48`). */
  maxBucket?: number;
  /** Outlet repeats above which a block is left out of the measure (default: `MAX_OUTLET_REPEATS` = `4`). */
  maxOutletRepeats?: number;
  /**
   * Outlet of articles whose `source` is null, e.g. the boilerplate stage's
   * guesses (default: none; such an article is an outlet of its own).
   */
  outletOf?: ReadonlyMap<string, string>;
}

/** Union-find over article indices, smallest index as root. */
function makeUnionFind(n: number): { find: (x: number) => number; union: (a: number, b: number) => void } {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[x] !== r) {
      const next = parent[x]!;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    if (ra < rb) parent[rb] = ra;
    else parent[ra] = rb;
  };
  return { find, union };
}

/**
 * Find syndicated copies — articles that carry the same story,
 * whole or cut short, with or without a line added, under any outlet.
 *
 * Candidates come from locality-sensitive hashing of each block's MinHash
 * (cost about linear in the archive); each candidate pair is confirmed by the
 * containment of the shorter article's shingle set in the longer one's, so a
 * cut copy is still a copy. Blocks already `removed` are ignored, so calling
 * this again on the output of the boilerplate stage, with the same
 * fingerprints, confirms the groups on the clean text. The measure is taken
 * on story prose (sentences, long paragraphs: `isProse`) when an article has
 * enough of it, and blocks that recur in many articles of one outlet are
 * left out, so neither a shared list of headlines nor an outlet's furniture
 * makes two articles look alike.
 *
 * One canonical per group: the most complete report (most words of story
 * prose kept), then the cleanest (least of its page removed as furniture),
 * then the earliest date (undated last), then the smallest id. The others
 * are its copies (`copies`); the articles themselves are left as they are.
 *
 * @param articles Articles, with any removed blocks marked.
 * @param fps Their fingerprints from `fingerprint()`.
 * @param options See {@link SyndicationOptions}; every option has a default.
 */
export function findSyndication(
  articles: readonly Article[],
  fps: Fingerprints,
  options: SyndicationOptions = {},
): SyndicationResult {
  const minContainment = options.minContainment ?? MIN_CONTAINMENT;
  const minShared = options.minSharedShingles ?? MIN_SHARED_SHINGLES;
  const bands = options.bands ?? LSH_BANDS;
  const rows = options.rows ?? LSH_ROWS;
  const k = fps.signatureSize;
  if (bands * rows > k) throw new Error(`findSyndication: ${bands} bands × ${rows} rows exceed the signature size ${k}`);
  const n = articles.length;
  if (n >= 2 ** 21) throw new Error('findSyndication: more than 2,097,151 articles');
  const fpList = fingerprintsOf(articles, fps);
  const frequent = outletFurniture(articles, fpList, options.maxOutletRepeats ?? MAX_OUTLET_REPEATS, options.outletOf);

  // Shingle set of an article's kept text, outlet furniture left out: made
  // when a candidate pair first asks for it (most articles are in none).
  const sets: (Uint32Array | undefined)[] = new Array(n);
  const setOf = (i: number): Uint32Array => {
    let s = sets[i];
    if (s) return s;
    const a = articles[i]!;
    const fp = fpList[i]!;
    const kept = (b: number): boolean => !a.blocks[b]!.removed;
    const story = (b: number): boolean => kept(b) && !frequent(a, fp, b);
    // Story prose first: a list of headlines or links two pages share is no story they share.
    const prose = shingleSet(fp, (b) => story(b) && isProse(a.blocks[b]!.text));
    const measured = prose.length >= minShared ? prose : shingleSet(fp, story);
    s = measured.length >= minShared ? measured : shingleSet(fp, kept);
    sets[i] = s;
    return s;
  };

  const pairs = lshPairs(articles, fpList, frequent, {
    bands,
    rows,
    minWords: options.minCandidateBlockWords ?? MIN_CANDIDATE_BLOCK_WORDS,
    maxBucket: options.maxBucket ?? MAX_BUCKET,
    signatureSize: k,
  });
  const uf = makeUnionFind(n);
  const measuredPairs = confirmByContainment(pairs, n, setOf, uf.union, minShared, minContainment);
  const { groups, groupOf, canonicalIndex } = groupsOf(articles, fpList, uf.find);
  const copies = copyDiffs(articles, fpList, canonicalIndex);
  return { groups, groupOf, copies, candidatePairs: measuredPairs, fingerprints: fps };
}

/** The copies a syndication result found: copy id → the id of its canonical article. */
export function copiesOf(result: Pick<SyndicationResult, 'copies'>): Copies {
  return new Map([...result.copies].map(([id, d]) => [id, d.canonical]));
}

/** The fingerprint of each article, in order; throws when one is missing or was made from other blocks. */
function fingerprintsOf(articles: readonly Article[], fps: Fingerprints): ArticleFingerprint[] {
  return articles.map((a) => {
    const fp = fps.byId.get(a.id);
    if (!fp) throw new Error(`findSyndication: no fingerprint for article ${a.id}`);
    if (fp.blockCount !== a.blocks.length) throw new Error(`findSyndication: fingerprint of ${a.id} is stale`);
    return fp;
  });
}

/**
 * Outlet furniture: whether a block's text recurs in more than `maxRepeats`
 * articles of its outlet (kept blocks counted once per article).
 */
function outletFurniture(
  articles: readonly Article[],
  fpList: readonly ArticleFingerprint[],
  maxRepeats: number,
  outletOf: ReadonlyMap<string, string> | undefined,
): IsFurniture {
  const outletKey = (a: Article): string => a.source ?? outletOf?.get(a.id) ?? `\u0000${a.id}`;
  const counts = new Map<string, Map<number, number>>();
  articles.forEach((a, i) => {
    const fp = fpList[i]!;
    let m = counts.get(outletKey(a));
    if (!m) counts.set(outletKey(a), (m = new Map()));
    const seen = new Set<number>();
    for (let b = 0; b < fp.blockCount; b++) {
      if (a.blocks[b]!.removed) continue;
      const key = fp.blockKeys[b]!;
      if (seen.has(key)) continue;
      seen.add(key);
      m.set(key, (m.get(key) ?? 0) + 1);
    }
  });
  return (a, fp, b) => (counts.get(outletKey(a))!.get(fp.blockKeys[b]!) ?? 0) > maxRepeats;
}

/**
 * Confirm candidate pairs (codes `i · n + j`, sorted, repeats allowed) by
 * containment: two articles are copies when they share at least
 * `minShared` shingles and that is at least `minContainment` of the
 * shorter's set. Joins each confirmed pair; returns the number of distinct
 * pairs measured.
 */
function confirmByContainment(
  pairs: Float64Array,
  n: number,
  setOf: (i: number) => Uint32Array,
  join: (a: number, b: number) => void,
  minShared: number,
  minContainment: number,
): number {
  let measuredPairs = 0;
  for (let p = 0; p < pairs.length; p++) {
    const code = pairs[p]!;
    if (p > 0 && pairs[p - 1] === code) continue;
    measuredPairs++;
    const i = Math.floor(code / n);
    const j = code - i * n;
    const si = setOf(i);
    const sj = setOf(j);
    const shorter = Math.min(si.length, sj.length);
    if (shorter === 0) continue;
    const shared = intersectionSize(si, sj);
    if (shared >= minShared && shared / shorter >= minContainment) join(i, j);
  }
  return measuredPairs;
}
