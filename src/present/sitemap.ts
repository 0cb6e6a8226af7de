/** The addresses sitemap.xml lists. */
import type { ArchiveArticle, ArchiveEvent, ListPage, SitemapEntry } from '../model/types.ts';

/** Every list page, then every event (changed at its latest report), then every original report; copies point at their original. */
export function sitemapOf(listPages: ListPage[], events: ArchiveEvent[], articles: ArchiveArticle[]): SitemapEntry[] {
  return [
    ...listPages.map((p) => ({ url: p.url, lastmod: null })),
    ...events.map((e) => ({ url: e.url, lastmod: e.end })),
    ...articles.filter((a) => !a.duplicateOf).map((a) => ({ url: a.url, lastmod: a.date })),
  ];
}
