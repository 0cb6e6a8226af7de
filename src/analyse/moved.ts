/** Articles whose address changed since the published site, and where their old addresses lead now. */
import type { Article } from '../model/types.ts';

/** An old article id and the id its article has now. */
export interface ArticleRedirect {
  from: string;
  to: string;
}

/**
 * Articles whose id changed since the published site (their title was
 * edited, so their slug did): the old id and the new one, and the previous
 * build's redirects carried on to where their article is now. An old id that
 * is some article's id now, or whose article is gone, leads nowhere and is
 * left out.
 *
 * @param articles The articles of this build, with their ids.
 * @param previousIds File → article id of the published site (default: none, and no redirects).
 * @param previous The published site's article redirects (default: none).
 */
export function movedArticles(
  articles: readonly Pick<Article, 'file' | 'id'>[],
  previousIds?: ReadonlyMap<string, string>,
  previous: readonly ArticleRedirect[] = [],
): ArticleRedirect[] {
  if (!previousIds) return [];
  const idOfFile = new Map(articles.map((a) => [a.file, a.id]));
  const live = new Set(articles.map((a) => a.id));
  // Old id → id now, for every file that was published under another id.
  const now = new Map<string, string>();
  for (const [file, old] of previousIds) {
    const id = idOfFile.get(file);
    if (id !== undefined && id !== old) now.set(old, id);
  }
  const out = new Map<string, string>();
  for (const r of previous) {
    const to = live.has(r.to) ? r.to : now.get(r.to);
    if (to !== undefined) out.set(r.from, to);
  }
  for (const [from, to] of now) out.set(from, to);
  return [...out]
    .filter(([from]) => !live.has(from))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => ({ from, to }));
}
