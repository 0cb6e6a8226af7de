import type { Archive } from '../src/model/types.ts';
import { absoluteUrl } from './_lib/urls.ts';

export const data = { permalink: 'robots.txt', eleventyExcludeFromCollections: true };

export function render({ archive }: { archive: Archive }): string {
  const sitemap = archive.site.url ? `Sitemap: ${absoluteUrl(archive.site, '/robots.txt', '/sitemap.xml')}\n` : '';
  return `User-agent: *\nAllow: /\n${sitemap}`;
}
