/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the whole archive, and each topic. */
import type { Archive, Feed } from '../src/model/types.ts';
import { absoluteUrl } from './_lib/urls.ts';

export const data = {
  pagination: { data: 'archive.feeds', size: 1, alias: 'feed', addAllPagesToCollections: false },
  permalink: (d: { feed: Feed }) => d.feed.json.slice(1),
  eleventyExcludeFromCollections: true,
};

export function render({ archive, feed: f }: { archive: Archive; feed: Feed }): string {
  const abs = (u: string) => absoluteUrl(archive.site, f.json, u);
  // The feed's own addresses are given only when they can be absolute; item links resolve against the feed's address.
  const own = archive.site.url ? { home_page_url: abs(f.home), feed_url: abs(f.json) } : {};
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: f.title,
      ...own,
      description: archive.site.description,
      language: archive.site.lang,
      authors: [{ name: archive.site.title }],
      items: f.entries.map((e) => ({
        id: e.guid,
        url: abs(e.url),
        title: e.title,
        summary: e.description,
        content_text: e.description,
        date_published: `${e.date}T00:00:00Z`,
        language: e.lang,
        ...(e.source ? { authors: [{ name: e.source }] } : {}),
        ...(e.tags.length ? { tags: e.tags } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}
