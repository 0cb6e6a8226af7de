/** JSON Feed 1.1: the whole archive and each topic. */
import type { Archive, Feed } from '../src/types.ts';
import { absoluteUrl } from './_lib/urls.ts';

export const data = {
  pagination: { data: 'archive.feeds', size: 1, alias: 'feed', addAllPagesToCollections: false },
  permalink: (d: { feed: Feed }) => d.feed.json.slice(1),
  eleventyExcludeFromCollections: true,
};

export function render({ archive, feed: f }: { archive: Archive; feed: Feed }): string {
  const abs = (u: string) => absoluteUrl(archive.site, f.json, u);
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: f.title,
      home_page_url: abs(f.home),
      feed_url: abs(f.json),
      language: archive.site.lang,
      items: f.entries.map((e) => ({
        id: abs(e.url),
        url: abs(e.url),
        title: e.title,
        summary: e.description,
        content_html: e.html,
        date_published: `${e.date}T00:00:00Z`,
        ...(e.source ? { authors: [{ name: e.source }] } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}
