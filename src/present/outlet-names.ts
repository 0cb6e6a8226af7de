/**
 * One name per outlet: an outlet names itself several ways across its pages
 * ("@globalview" on a share bar, "GlobalView News" in a source line,
 * "Harbour Times Media Group" in a copyright line, "Harbour Times" in front
 * matter); the site files them under one outlet.
 */
import type { AnalysedArticle } from '../model/types.ts';
import { byCodeUnits } from '../text/compare.ts';
import { OUTLET_NAME_ENDINGS } from './settings.ts';

/** A name written compactly: lowercase letters and digits only, no handle sign, no leading "the", no web domain ending. */
const compact = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^\s*@/u, '')
    .replace(/^the\s+/u, '')
    .replace(/\.(?:com|net|org|co\.uk|co|news)$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The name without the words that say what kind of business it is ("Media Group", "News", "Inc."), compact. */
function core(name: string): string {
  let words = name.replace(/^\s*@/u, '').split(/[\s,]+/u).filter((w) => w !== '');
  while (words.length > 1 && OUTLET_NAME_ENDINGS.has(words[words.length - 1]!.toLowerCase().replace(/\.$/u, ''))) words = words.slice(0, -1);
  return compact(words.join(' '));
}

/** The keys a name is matched by: written in full, and its core. Two names that share a key are one outlet. */
const keysOf = (name: string): string[] => [...new Set([compact(name), core(name)])].filter((k) => k.length >= 2);

/**
 * Each outlet name of the archive mapped to the name its outlet is filed
 * under: names that share a key (`keysOf`) are one outlet, named as most
 * of its reports name it (ties: a name that is not a handle, then the
 * shorter, then A to Z).
 */
export function outletNames(articles: readonly Pick<AnalysedArticle, 'source'>[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const a of articles) if (a.source) uses.set(a.source, (uses.get(a.source) ?? 0) + 1);
  const names = [...uses.keys()].sort(byCodeUnits);
  // Union-find over the names, joined through their keys.
  const parent = names.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const byKey = new Map<string, number>();
  names.forEach((n, i) => {
    for (const k of keysOf(n)) {
      const j = byKey.get(k);
      if (j === undefined) byKey.set(k, i);
      else parent[root(i)] = root(j);
    }
  });
  const groups = new Map<number, string[]>();
  names.forEach((n, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), n]));
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    const best = [...group].sort(
      (a, b) => uses.get(b)! - uses.get(a)! || Number(a.startsWith('@')) - Number(b.startsWith('@')) || a.length - b.length || byCodeUnits(a, b),
    )[0]!;
    for (const n of group) out.set(n, best);
  }
  return out;
}

/** The articles with each outlet named as its outlet is filed (`outletNames`); an article whose name is unchanged is the same object. */
export function withOutletNames<A extends Pick<AnalysedArticle, 'source'>>(articles: readonly A[]): A[] {
  const names = outletNames(articles);
  return articles.map((a) => (a.source && names.get(a.source) !== a.source ? { ...a, source: names.get(a.source)! } : a));
}
