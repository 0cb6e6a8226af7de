import type { SiteSettings } from '../../src/model/types.ts';
import { relative } from './html.ts';

/**
 * An absolute URL when the site's address is set (feeds and sitemaps want
 * them); else a URL relative to the file at `from`.
 */
export function absoluteUrl(site: SiteSettings, from: string, to: string): string {
  if (!site.url) return relative(from, to);
  return new URL(to.replace(/^\//, ''), site.url.endsWith('/') ? site.url : `${site.url}/`).href;
}
