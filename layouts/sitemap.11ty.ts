/** sitemap.xml (sitemaps.org 0.9): the list pages, the events and every article that is not a copy. */
import type { Archive } from '../src/model/types.ts';
import { escape } from './_lib/html.ts';
import { absoluteUrl } from './_lib/urls.ts';

export const data = { permalink: 'sitemap.xml', eleventyExcludeFromCollections: true };

export function render({ archive }: { archive: Archive }): string {
  const abs = (u: string) => escape(absoluteUrl(archive.site, '/sitemap.xml', u));
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${archive.sitemap.map((r) => `<url><loc>${abs(r.url)}</loc>${r.lastmod ? `<lastmod>${r.lastmod}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
}
