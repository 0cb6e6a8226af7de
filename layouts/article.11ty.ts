/** One page per article: the clean story, where it came from, its event and the other reports. */
import type { Archive, ArchiveArticle } from '../src/types.ts';
import { html, jsonForScript, raw, relative, safeExternalUrl } from './_lib/html.ts';
import { page } from './_lib/page.ts';
import { reportLine, topicList } from './_lib/parts.ts';

export const data = {
  pagination: { data: 'archive.articles', size: 1, alias: 'article', addAllPagesToCollections: false },
  permalink: (d: { article: ArchiveArticle }) => `${d.article.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render({ archive, article: a }: { archive: Archive; article: ArchiveArticle }): string {
  const rel = (u: string) => relative(a.url, u);
  const original = safeExternalUrl(a.sourceUrl);
  const year = a.date ? a.date.slice(0, 4) : null;
  const og = html`<meta property="og:type" content="article">
<meta property="og:title" content="${a.title}">
<meta property="og:description" content="${a.description}">
${archive.site.url ? html`<meta property="og:url" content="${new URL(a.canonicalUrl.slice(1), archive.site.url.endsWith('/') ? archive.site.url : `${archive.site.url}/`).href}">` : ''}
${a.date ? html`<meta property="article:published_time" content="${a.date}">` : ''}
<script type="application/ld+json">${jsonForScript(a.jsonLd)}</script>`;
  const body = html`<article class="story" lang="${a.lang}" dir="${a.dir}" data-pagefind-body>
<header class="story-head">
${a.event ? html`<p class="kicker"><a href="${rel(a.event.url)}">${a.event.title}</a></p>` : ''}
<h1 data-pagefind-meta="title">${a.title}</h1>
<p class="byline">
${a.sourcePage ? html`<a class="outlet" href="${rel(a.sourcePage.url)}">${a.sourcePage.title}</a>` : html`<span class="outlet">Outlet not named</span>`}
${a.author ? html` · <span class="author">${a.author}</span>` : ''}
 · ${a.date ? html`<time datetime="${a.date}">${a.dateLabel}</time>` : html`<span>Undated</span>`}
</p>
<p class="date-note">${a.dateNote.charAt(0).toUpperCase() + a.dateNote.slice(1)}.</p>
${original ? html`<p class="original"><a href="${original}" rel="noopener noreferrer nofollow">Original article</a></p>` : ''}
${a.source ? html`<span hidden data-pagefind-filter="outlet">${a.source}</span>` : ''}
${year ? html`<span hidden data-pagefind-filter="year">${year}</span>` : ''}
${a.topics.map((t) => html`<span hidden data-pagefind-filter="topic">${t.title}</span>`)}
${a.date ? html`<span hidden data-pagefind-sort="date">${a.date}</span>` : ''}
</header>
${a.duplicateOf ? html`<aside class="notice" aria-label="Syndicated copy">
<p>This is a syndicated copy of <a href="${rel(a.duplicateOf.url)}">${a.duplicateOf.title}</a> (${a.duplicateOf.source ?? 'outlet not named'}, ${a.duplicateOf.dateLabel}).</p>
${a.differences && (a.differences.added.length || a.differences.dropped.length) ? html`<p>Compared with it, this copy ${a.differences.added.length ? `adds ${a.differences.added.length} paragraph${a.differences.added.length === 1 ? '' : 's'}` : ''}${a.differences.added.length && a.differences.dropped.length ? ' and ' : ''}${a.differences.dropped.length ? `drops ${a.differences.dropped.length} paragraph${a.differences.dropped.length === 1 ? '' : 's'}` : ''}.</p>
${a.differences.added.length ? html`<details><summary>Paragraphs added</summary><ul>${a.differences.added.map((p) => html`<li>${p}</li>`)}</ul></details>` : ''}
${a.differences.dropped.length ? html`<details><summary>Paragraphs dropped</summary><ul>${a.differences.dropped.map((p) => html`<li>${p}</li>`)}</ul></details>` : ''}` : html`<p>The text is the same as the original's.</p>`}
</aside>` : ''}
<div class="story-body">
${raw(a.html)}
</div>
</article>
<div class="story-aside">
${a.otherReports.length ? html`<section aria-labelledby="other-reports"><h2 id="other-reports">Other reports of this event</h2><ul class="reports">${a.otherReports.map((r) => html`<li>${reportLine(a.url, r)}</li>`)}</ul>${a.event ? html`<p><a href="${rel(a.event.url)}">Full coverage of the event</a></p>` : ''}</section>` : ''}
${a.copies.length ? html`<section aria-labelledby="copies"><h2 id="copies">Also published by</h2><ul class="reports">${a.copies.map((r) => html`<li>${reportLine(a.url, r)}</li>`)}</ul></section>` : ''}
${a.relatedEvents.length ? html`<section aria-labelledby="related"><h2 id="related">Related coverage</h2><ul class="reports">${a.relatedEvents.map((e) => html`<li><a href="${rel(e.url)}">${e.title}</a></li>`)}</ul></section>` : ''}
${a.topics.length ? html`<section aria-labelledby="topics"><h2 id="topics">Topics</h2>${topicList(a.url, a.topics)}</section>` : ''}
${a.removed.length ? html`<section aria-labelledby="removed"><h2 id="removed">Removed page furniture</h2>
<details><summary>${a.removed.length} block${a.removed.length === 1 ? '' : 's'} removed from the original page</summary>
<ul class="removed">${a.removed.map((r) => html`<li><q>${r.text}</q> <span class="meta">${r.reason}</span></li>`)}</ul>
</details></section>` : ''}
<p class="file">Source file: <code>${a.file}</code></p>
</div>`;
  return page({
    site: archive.site,
    url: a.url,
    title: a.title,
    description: a.description,
    lang: a.lang,
    dir: a.dir,
    canonical: a.canonicalUrl,
    kind: 'article',
    head: og,
    breadcrumbs: [{ url: '/', title: 'Home' }, ...(a.event ? [a.event] : [])],
    body,
  });
}
