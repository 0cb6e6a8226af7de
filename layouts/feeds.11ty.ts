/** Atom feeds (RFC 4287): the whole archive, and each topic. */
import type { Archive, Feed } from '../src/model/types.ts';
import { escape } from './_lib/html.ts';
import { absoluteUrl } from './_lib/urls.ts';

export const data = {
  pagination: { data: 'archive.feeds', size: 1, alias: 'feed', addAllPagesToCollections: false },
  permalink: (d: { feed: Feed }) => d.feed.atom.slice(1),
  eleventyExcludeFromCollections: true,
};

/** An ISO date as an RFC 3339 date-time (midnight UTC: articles carry a day, not a time). */
const stamp = (date: string) => `${date}T00:00:00Z`;

export function render({ archive, feed: f }: { archive: Archive; feed: Feed }): string {
  // Without the site's address, links are relative to the feed's own address, which RFC 4287 allows.
  const abs = (u: string) => escape(absoluteUrl(archive.site, f.atom, u));
  const entries = f.entries.map(
    (e) => `<entry xml:lang="${escape(e.lang)}">
<title type="text">${escape(e.title)}</title>
<link rel="alternate" type="text/html" href="${abs(e.url)}"/>
<id>${escape(e.guid)}</id>
<published>${stamp(e.date)}</published>
<updated>${stamp(e.date)}</updated>
${e.source ? `<author><name>${escape(e.source)}</name></author>` : ''}
${e.tags.map((t) => `<category term="${escape(t)}"/>`).join('')}
<summary type="text">${escape(e.description)}</summary>
</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(archive.site.lang)}">
<title type="text">${escape(f.title)}</title>
<subtitle type="text">${escape(archive.site.description)}</subtitle>
<link rel="alternate" type="text/html" href="${abs(f.home)}"/>
<link rel="self" type="application/atom+xml" href="${abs(f.atom)}"/>
<id>${escape(f.guid)}</id>
<updated>${stamp(f.updated ?? '1970-01-01')}</updated>
<author><name>${escape(archive.site.title)}</name></author>
<generator>Dateline</generator>
${entries.join('\n')}
</feed>
`;
}
