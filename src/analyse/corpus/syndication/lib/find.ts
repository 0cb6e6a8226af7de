import type { Article } from '../../../../model/types.ts';
import { blockShingles, shingleSet, type ArticleFingerprint, type Fingerprints } from '../../../per-article/fingerprint/index.ts';
import { intersectionSize } from '../../../../text/shingles.ts';
import { combine } from '../../../../text/hash.ts';
import {
  LSH_BANDS,
  LSH_ROWS,
  MAX_BUCKET,
  MAX_OUTLET_REPEATS,
  MIN_CANDIDATE_BLOCK_WORDS,
  MIN_CONTAINMENT,
  MIN_SHARED_SHINGLES,
  SAME_PARAGRAPH,
} from '../settings.ts';
import type { CopyDiff, SyndicationGroup, SyndicationResult } from './types.ts';

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

function keptWords(article: Article, fp: ArticleFingerprint): number {
  let n = 0;
  for (let b = 0; b < fp.blockCount; b++) if (!article.blocks[b]!.removed) n += fp.blockWords[b]!;
  return n;
}

/**
 * Stage 4: find syndicated copies — articles that carry the same story,
 * whole or cut short, with or without a line added, under any outlet.
 *
 * Candidates come from locality-sensitive hashing of each block's MinHash
 * (cost about linear in the archive); each candidate pair is confirmed by the
 * containment of the shorter article's shingle set in the longer one's, so a
 * cut copy is still a copy. Blocks already `removed` are ignored, so calling
 * this again on the output of the boilerplate stage, with the same
 * fingerprints, confirms the groups on the clean text. Blocks that recur in
 * many articles of one outlet are left out of the measure, so an outlet's
 * furniture does not make its articles look alike.
 *
 * One canonical per group: the earliest date (undated last), then the
 * fullest (most kept words), then the smallest id. `duplicateOf` is set on
 * the others and cleared everywhere else.
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
  const minWords = options.minCandidateBlockWords ?? MIN_CANDIDATE_BLOCK_WORDS;
  const bands = options.bands ?? LSH_BANDS;
  const rows = options.rows ?? LSH_ROWS;
  const maxBucket = options.maxBucket ?? MAX_BUCKET;
  const maxRepeats = options.maxOutletRepeats ?? MAX_OUTLET_REPEATS;
  const k = fps.signatureSize;
  if (bands * rows > k) throw new Error(`findSyndication: ${bands} bands × ${rows} rows exceed the signature size ${k}`);
  const n = articles.length;
  if (n >= 2 ** 21) throw new Error('findSyndication: more than 2,097,151 articles');

  const fpList: ArticleFingerprint[] = articles.map((a) => {
    const fp = fps.byId.get(a.id);
    if (!fp) throw new Error(`findSyndication: no fingerprint for article ${a.id}`);
    if (fp.blockCount !== a.blocks.length) throw new Error(`findSyndication: fingerprint of ${a.id} is stale`);
    return fp;
  });

  // Outlet furniture: block texts that recur in many articles of one outlet.
  const outletKey = (a: Article): string => a.source ?? options.outletOf?.get(a.id) ?? `\u0000${a.id}`;
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
  const frequent = (a: Article, fp: ArticleFingerprint, b: number): boolean =>
    (counts.get(outletKey(a))!.get(fp.blockKeys[b]!) ?? 0) > maxRepeats;

  // Shingle set of an article's kept text, outlet furniture left out: made
  // when a candidate pair first asks for it (most articles are in none).
  const sets: (Uint32Array | undefined)[] = new Array(n);
  const setOf = (i: number): Uint32Array => {
    let s = sets[i];
    if (s) return s;
    const a = articles[i]!;
    const fp = fpList[i]!;
    const kept = (b: number): boolean => !a.blocks[b]!.removed;
    const measured = shingleSet(fp, (b) => kept(b) && !frequent(a, fp, b));
    s = measured.length >= minShared ? measured : shingleSet(fp, kept);
    sets[i] = s;
    return s;
  };

  // Candidates: articles whose blocks share an LSH band.
  const entries: number[] = [];
  articles.forEach((a, i) => {
    const fp = fpList[i]!;
    for (let b = 0; b < fp.blockCount; b++) {
      if (a.blocks[b]!.removed || fp.blockWords[b]! < minWords || frequent(a, fp, b)) continue;
      for (let band = 0; band < bands; band++) {
        let h = combine(0x1b873593, band);
        for (let r = 0; r < rows; r++) h = combine(h, fp.blockSignatures[b * k + band * rows + r]!);
        entries.push(h * 2 ** 21 + i);
      }
    }
  });
  const sorted = Float64Array.from(entries).sort();
  const pairCodes: number[] = [];
  for (let start = 0; start < sorted.length; ) {
    const key = Math.floor(sorted[start]! / 2 ** 21);
    let end = start;
    const members: number[] = [];
    while (end < sorted.length && Math.floor(sorted[end]! / 2 ** 21) === key) {
      const i = sorted[end]! - key * 2 ** 21;
      if (members[members.length - 1] !== i) members.push(i);
      end++;
    }
    if (members.length >= 2 && members.length <= maxBucket) {
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length; y++) pairCodes.push(members[x]! * n + members[y]!);
    }
    start = end;
  }
  const pairs = Float64Array.from(pairCodes).sort();

  // Confirm by containment.
  const uf = makeUnionFind(n);
  const containmentOf = new Map<number, number>();
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
    const c = shared / shorter;
    if (shared >= minShared && c >= minContainment) {
      uf.union(i, j);
      containmentOf.set(code, c);
    }
  }

  // Groups and canonicals.
  const components = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    let list = components.get(r);
    if (!list) components.set(r, (list = []));
    list.push(i);
  }
  const fullness = articles.map((a, i) => keptWords(a, fpList[i]!));
  const groups: SyndicationGroup[] = [];
  const groupOf = new Map<string, string>();
  const canonicalIndex = new Int32Array(n).fill(-1);
  for (const members of components.values()) {
    if (members.length < 2) continue;
    const best = [...members].sort((x, y) => {
      const dx = articles[x]!.date;
      const dy = articles[y]!.date;
      if (dx !== dy) {
        if (dx === null) return 1;
        if (dy === null) return -1;
        return dx < dy ? -1 : 1;
      }
      if (fullness[x] !== fullness[y]) return fullness[y]! - fullness[x]!;
      return articles[x]!.id < articles[y]!.id ? -1 : articles[x]!.id > articles[y]!.id ? 1 : 0;
    })[0]!;
    const ids = members.map((m) => articles[m]!.id).sort();
    groups.push({ canonical: articles[best]!.id, members: ids });
    for (const m of members) {
      canonicalIndex[m] = best;
      groupOf.set(articles[m]!.id, articles[best]!.id);
    }
  }
  groups.sort((x, y) => (x.canonical < y.canonical ? -1 : x.canonical > y.canonical ? 1 : 0));

  // What each copy adds and drops.
  const copies = new Map<string, CopyDiff>();
  const fullSets = new Map<number, Uint32Array>();
  const fullSet = (i: number): Uint32Array => {
    let s = fullSets.get(i);
    if (!s) fullSets.set(i, (s = shingleSet(fpList[i]!, (b) => !articles[i]!.blocks[b]!.removed)));
    return s;
  };
  const missing = (from: number, into: number): string[] => {
    const fp = fpList[from]!;
    const target = fullSet(into);
    const keys = new Set<number>();
    const tfp = fpList[into]!;
    for (let b = 0; b < tfp.blockCount; b++) if (!articles[into]!.blocks[b]!.removed) keys.add(tfp.blockKeys[b]!);
    const out: string[] = [];
    for (let b = 0; b < fp.blockCount; b++) {
      const block = articles[from]!.blocks[b]!;
      if (block.removed || keys.has(fp.blockKeys[b]!)) continue;
      const s = blockShingles(fp, b);
      if (s.length > 0 && intersectionSize(s, target) / s.length >= SAME_PARAGRAPH) continue;
      out.push(block.text);
    }
    return out;
  };
  for (let i = 0; i < n; i++) {
    const c = canonicalIndex[i]!;
    if (c < 0 || c === i) continue;
    const si = fullSet(i);
    const sc = fullSet(c);
    const shorter = Math.min(si.length, sc.length);
    copies.set(articles[i]!.id, {
      id: articles[i]!.id,
      canonical: articles[c]!.id,
      containment: shorter === 0 ? 0 : intersectionSize(si, sc) / shorter,
      added: missing(i, c),
      dropped: missing(c, i),
    });
  }

  const out = articles.map((a, i) => {
    const c = canonicalIndex[i]!;
    return { ...a, duplicateOf: c >= 0 && c !== i ? articles[c]!.id : null };
  });
  return { articles: out, groups, groupOf, copies, candidatePairs: measuredPairs, fingerprints: fps };
}
