/** Atom feeds: the whole archive and each topic. */
import type { Archive, Feed } from '../src/types.ts';
import { escape } from './_lib/html.ts';
import { absoluteUrl } from './_lib/urls.ts';

export const data = {
  pagination: { data: 'archive.feeds', size: 1, alias: 'feed', addAllPagesToCollections: false },
  permalink: (d: { feed: Feed }) => d.feed.atom.slice(1),
  eleventyExcludeFromCollections: true,
};

export function render({ archive, feed: f }: { archive: Archive; feed: Feed }): string {
  const abs = (u: string) => absoluteUrl(archive.site, f.atom, u);
  const updated = `${f.updated ?? '1970-01-01'}T00:00:00Z`;
  const entries = f.entries.map(
    (e) => `<entry>
<title>${escape(e.title)}</title>
<link href="${escape(abs(e.url))}"/>
<id>${escape(abs(e.url))}</id>
<updated>${e.date}T00:00:00Z</updated>
${e.source ? `<author><name>${escape(e.source)}</name></author>` : ''}
<summary>${escape(e.description)}</summary>
<content type="html">${escape(e.html)}</content>
</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${escape(f.title)}</title>
<link href="${escape(abs(f.home))}"/>
<link rel="self" href="${escape(abs(f.atom))}"/>
<id>${escape(abs(f.home))}</id>
<updated>${updated}</updated>
<author><name>${escape(archive.site.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
