/** Search over the whole archive, by Pagefind, on any static host. */
import type { Archive } from '../src/types.ts';
import { html, relative } from './_lib/html.ts';
import { page } from './_lib/page.ts';

export const data = { permalink: 'search/index.html', eleventyExcludeFromCollections: true };

export function render({ archive }: { archive: Archive }): string {
  const url = '/search/';
  const rel = (u: string) => relative(url, u);
  return page({
    site: archive.site,
    url,
    title: 'Search',
    kind: 'search',
    head: html`<link rel="stylesheet" href="${rel('/pagefind/pagefind-ui.css')}">
<script src="${rel('/pagefind/pagefind-ui.js')}" defer></script>`,
    body: html`<h1>Search</h1>
<div id="search" data-bundle="${rel('/pagefind/')}"><noscript><p>Search needs JavaScript. Browse by <a href="${rel('/topics/')}">topic</a>, <a href="${rel('/sources/')}">outlet</a> or <a href="${rel('/timeline/')}">date</a> instead.</p></noscript></div>`,
  });
}
