/**
 * Syndication groups, their canonical articles, and what each copy adds to
 * or drops from its canonical.
 */
import type { Article } from '../../../../model/types.ts';
import { blockShingles, shingleSet, type ArticleFingerprint } from '../../../per-article/fingerprint/index.ts';
import { intersectionSize } from '../../../../text/shingles.ts';
import { SAME_PARAGRAPH } from '../settings.ts';
import { isProse } from '../../../per-article/enrich/index.ts';
import type { CopyDiff, SyndicationGroup } from './types.ts';

/** How complete and how clean a report is: words of story prose it keeps, and words of its page removed as furniture. */
interface Quality {
  story: number;
  removed: number;
}

function qualityOf(article: Article, fp: ArticleFingerprint): Quality {
  const q = { story: 0, removed: 0 };
  for (let b = 0; b < fp.blockCount; b++) {
    const block = article.blocks[b]!;
    if (block.removed) q.removed += fp.blockWords[b]!;
    else if (isProse(block.text)) q.story += fp.blockWords[b]!;
  }
  return q;
}

/** The canonical of a group first: the most complete, then the cleanest, then the earliest dated (undated last), then by id. */
function canonicalOrder(articles: readonly Article[], quality: readonly Quality[]): (x: number, y: number) => number {
  return (x, y) => {
    const qx = quality[x]!;
    const qy = quality[y]!;
    if (qx.story !== qy.story) return qy.story - qx.story;
    if (qx.removed !== qy.removed) return qx.removed - qy.removed;
    const dx = articles[x]!.date;
    const dy = articles[y]!.date;
    if (dx !== dy) {
      if (dx === null) return 1;
      if (dy === null) return -1;
      return dx < dy ? -1 : 1;
    }
    return articles[x]!.id < articles[y]!.id ? -1 : articles[x]!.id > articles[y]!.id ? 1 : 0;
  };
}

/**
 * The groups of articles joined as copies (`rootOf` gives each article's
 * group root), ordered by canonical id; each group's canonical is the
 * most complete report, then the cleanest, then the earliest dated, then
 * the smallest id (`canonicalOrder`).
 * `canonicalIndex` is each article's canonical, or -1 outside a group.
 */
export function groupsOf(
  articles: readonly Article[],
  fpList: readonly ArticleFingerprint[],
  rootOf: (i: number) => number,
): { groups: SyndicationGroup[]; groupOf: Map<string, string>; canonicalIndex: Int32Array } {
  const n = articles.length;
  const components = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = rootOf(i);
    let list = components.get(r);
    if (!list) components.set(r, (list = []));
    list.push(i);
  }
  const order = canonicalOrder(articles, articles.map((a, i) => qualityOf(a, fpList[i]!)));
  const groups: SyndicationGroup[] = [];
  const groupOf = new Map<string, string>();
  const canonicalIndex = new Int32Array(n).fill(-1);
  for (const members of components.values()) {
    if (members.length < 2) continue;
    const best = [...members].sort(order)[0]!;
    const ids = members.map((m) => articles[m]!.id).sort();
    groups.push({ canonical: articles[best]!.id, members: ids });
    for (const m of members) {
      canonicalIndex[m] = best;
      groupOf.set(articles[m]!.id, articles[best]!.id);
    }
  }
  groups.sort((x, y) => (x.canonical < y.canonical ? -1 : x.canonical > y.canonical ? 1 : 0));
  return { groups, groupOf, canonicalIndex };
}

/** What each copy (an article whose `canonicalIndex` is another) adds to and drops from its canonical, by copy id. */
export function copyDiffs(articles: readonly Article[], fpList: readonly ArticleFingerprint[], canonicalIndex: Int32Array): Map<string, CopyDiff> {
  const n = articles.length;
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
  return copies;
}
