/**
 * Search over the whole archive, on any static host: a small interface of
 * our own on Pagefind's JavaScript API (layouts/assets/site.js), with filters
 * by outlet, topic and year, results by relevance or by date, each with its
 * full date, outlet and event, grouped by event on request. The topics
 * offered are the archive's current ones, from a list written beside the
 * page (the index holds only their keys: see src/output/search.ts). Without
 * scripts the form stays hidden and the page points to the browsable lists.
 */
import type { Archive } from '../src/model/types.ts';
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
    description: `Search every report in ${archive.site.title}, by words, outlet, topic and year.`,
    kind: 'search',
    breadcrumbs: [{ url: '/', title: 'Home' }],
    body: html`<h1>Search the archive</h1>
<form id="search" class="search-form" action="./" method="get" role="search" aria-label="Reports" data-bundle="${rel('/pagefind/')}" data-topics="${rel('/search/topics.json')}" hidden>
<div class="search-row">
<label for="search-q">Words to look for</label>
<div class="search-box">
<input id="search-q" name="q" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search">
<button type="submit">Search</button>
</div>
</div>
<fieldset class="search-filters">
<legend>Narrow down and order</legend>
<div><label for="search-outlet">Outlet</label><select id="search-outlet" name="outlet" data-filter="outlet"><option value="">Any outlet</option></select></div>
<div><label for="search-topic">Topic</label><select id="search-topic" name="topic" data-filter="topic"><option value="">Any topic</option></select></div>
<div><label for="search-year">Year</label><select id="search-year" name="year" data-filter="year"><option value="">Any year</option></select></div>
<div><label for="search-sort">Order</label><select id="search-sort" name="sort"><option value="">Best match first</option><option value="date-desc">Newest first</option><option value="date-asc">Oldest first</option></select></div>
<div class="search-check"><input id="search-group" name="group" type="checkbox" value="event"><label for="search-group">Group the reports of one event</label></div>
</fieldset>
</form>
<p id="search-status" class="search-status" role="status">Search needs JavaScript, which is off or still loading.</p>
<section class="search-results-box" aria-labelledby="search-results-heading">
<h2 id="search-results-heading" class="visually-hidden">Results</h2>
<ol id="search-results" class="items search-results"></ol>
<p><button id="search-more" class="more-button" type="button" hidden>Show more results</button></p>
</section>
<div class="search-browse">
<h2>Or browse</h2>
<ul class="children-list">
<li><a href="${rel('/')}">Latest events</a></li>
<li><a href="${rel('/topics/')}">Topics: people, places, organisations, subjects</a></li>
<li><a href="${rel('/sources/')}">Outlets</a></li>
<li><a href="${rel('/timeline/')}">The timeline, year by year</a></li>
</ul>
</div>`,
  });
}
