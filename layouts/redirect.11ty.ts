/**
 * Where an event used to be, a page sending readers to the event that now
 * holds its reports; or where an article used to be before its title was
 * edited, sending readers to its address now.
 */
import type { Archive, Redirect } from '../src/model/types.ts';
import { html, raw, relative } from './_lib/html.ts';
import { page } from './_lib/page.ts';
import { link } from './_lib/parts.ts';

export const data = {
  pagination: { data: 'archive.redirects', size: 1, alias: 'redirect', addAllPagesToCollections: false },
  permalink: (d: { redirect: Redirect }) => `${d.redirect.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render({ archive, redirect: r }: { archive: Archive; redirect: Redirect }): string {
  const to = relative(r.url, r.to.url);
  return page({
    site: archive.site,
    url: r.url,
    title: `Moved: ${r.to.title}`,
    kind: 'redirect',
    index: false,
    canonical: r.to.url,
    head: html`<meta http-equiv="refresh" content="0; url=${raw(encodeURI(to).replace(/"/g, '%22'))}">`,
    body: r.url.startsWith('/articles/')
      ? html`<h1>This article has moved</h1><p>It is now at ${link(r.url, r.to)}.</p>`
      : html`<h1>This event has moved</h1><p>Its reports are now on ${link(r.url, r.to)}.</p>`,
  });
}
