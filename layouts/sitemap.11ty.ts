/** sitemap.xml and robots.txt. */
import type { Archive } from '../src/types.ts';
import { escape } from './_lib/html.ts';
import { absoluteUrl } from './_lib/urls.ts';

export const data = { permalink: 'sitemap.xml', eleventyExcludeFromCollections: true };

export function render({ archive }: { archive: Archive }): string {
  const abs = (u: string) => absoluteUrl(archive.site, '/sitemap.xml', u);
  const rows = [
    ...archive.listPages.map((p) => ({ url: p.url, date: null as string | null })),
    ...archive.events.map((e) => ({ url: e.url, date: e.end })),
    ...archive.articles.filter((a) => !a.duplicateOf).map((a) => ({ url: a.url, date: a.date })),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${rows.map((r) => `<url><loc>${escape(abs(r.url))}</loc>${r.date ? `<lastmod>${r.date}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
}
