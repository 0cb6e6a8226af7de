/** The page a static server shows for an address that does not exist. */
import type { Archive } from '../src/model/types.ts';
import { html } from './_lib/html.ts';
import { page } from './_lib/page.ts';

export const data = { permalink: '404.html', eleventyExcludeFromCollections: true };

/** The page not found, with the site's search form (id "search", as on the search page), which sends its words to the search page. */
export function render({ archive }: { archive: Archive }): string {
  const root = archive.site.url ? new URL(archive.site.url).pathname.replace(/\/?$/, '/') : '/';
  return page({
    site: archive.site,
    url: '/404.html',
    title: 'Page not found',
    kind: 'not-found',
    index: false,
    body: html`<h1>Page not found</h1>
<p>There is no page at this address. It may have been an article that was removed from the archive.</p>
<form id="search" class="search-form not-found-search" action="${root}search/" method="get" role="search" aria-label="Archive">
<div class="search-row">
<label for="not-found-q">Search the archive for</label>
<div class="search-box">
<input id="not-found-q" name="q" type="search" autocomplete="off" enterkeyhint="search">
<button type="submit">Search</button>
</div>
</div>
</form>
<ul class="children-list"><li><a href="${root}">Latest events</a></li><li><a href="${root}topics/">Topics</a></li><li><a href="${root}timeline/">Browse by date</a></li></ul>`,
  });
}
