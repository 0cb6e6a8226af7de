/** One page per article: the clean story, where it came from, its event and the other reports. The story is what search indexes (data-pagefind-body); the page furniture around it, the sidebar and the provenance are not. */
import type { Archive, ArchiveArticle } from '../src/model/types.ts';
import { html, jsonForScript, raw, relative } from './_lib/html.ts';
import { page } from './_lib/page.ts';
import { dateText, langAttrs, link, reportLine, topicList } from './_lib/parts.ts';

export const data = {
  pagination: { data: 'archive.articles', size: 1, alias: 'article', addAllPagesToCollections: false },
  permalink: (d: { article: ArchiveArticle }) => `${d.article.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render({ archive, article: a }: { archive: Archive; article: ArchiveArticle }): string {
  const rel = (u: string) => relative(a.url, u);
  const lang = html` lang="${a.lang}" dir="${a.dir}"`;
  const head = html`<meta property="og:type" content="article">
<meta property="og:title" content="${a.title}">
<meta property="og:description" content="${a.description}">
${a.canonicalAbsolute ? html`<meta property="og:url" content="${a.canonicalAbsolute}">` : ''}
<meta property="og:locale" content="${a.lang.replace('-', '_')}">
${a.date ? html`<meta property="article:published_time" content="${a.date}">` : ''}
${a.topics.map((t) => html`<meta property="article:tag" content="${t.title}">`)}
${a.leadImageAbsolute ? html`<meta property="og:image" content="${a.leadImageAbsolute}">` : ''}
<meta name="twitter:card" content="${a.leadImageAbsolute ? 'summary_large_image' : 'summary'}">
<script type="application/ld+json">${jsonForScript(a.jsonLd)}</script>`;
  const body = html`<div class="article-layout">
<article class="story" data-pagefind-body>
<header class="story-head">
${a.event ? html`<p class="kicker" data-pagefind-ignore>${link(a.url, a.event)}</p>` : ''}
<h1${lang}>${a.title}</h1>
<dl class="story-meta" data-pagefind-ignore>
<div><dt>Outlet</dt><dd>${a.sourcePage ? html`<a class="outlet" href="${rel(a.sourcePage.url)}"><bdi>${a.sourcePage.title}</bdi></a>` : html`<span class="outlet">Not named</span>`}</dd></div>
${a.author ? html`<div><dt>By</dt><dd class="byline"><bdi>${a.author}</bdi></dd></div>` : ''}
<div><dt>Date</dt><dd>${dateText(a.date, a.dateLabel)} <span class="date-note">${a.dateSentence}</span></dd></div>
${a.originalLink ? html`<div><dt>Original</dt><dd><a class="original" href="${a.originalLink}" rel="noopener noreferrer nofollow">${a.originalLink}</a></dd></div>` : ''}
<div><dt>Length</dt><dd>${a.lengthLabel}</dd></div>
</dl>
</header>
${a.duplicateOf ? html`<aside class="notice" aria-labelledby="copy-note" data-pagefind-ignore>
<h2 id="copy-note" class="notice-title">A syndicated copy</h2>
<p>This is a copy of <a href="${rel(a.duplicateOf.url)}"${langAttrs(a.duplicateOf.language)}>${a.duplicateOf.title}</a> (${a.duplicateOf.source ? html`<bdi>${a.duplicateOf.source}</bdi>` : 'outlet not named'}, ${a.duplicateOf.dateLabel}). ${a.differencesLabel}</p>
${a.differences && a.differences.added.length ? html`<details><summary>Paragraphs this copy adds</summary><ul${lang}>${a.differences.added.map((p) => html`<li>${p}</li>`)}</ul></details>` : ''}
${a.differences && a.differences.dropped.length ? html`<details><summary>Paragraphs this copy drops</summary><ul${lang}>${a.differences.dropped.map((p) => html`<li>${p}</li>`)}</ul></details>` : ''}
</aside>` : ''}
<div class="story-body"${lang}>
${raw(a.html)}
</div>
${a.topics.length ? html`<footer class="story-foot" data-pagefind-ignore><h2 class="visually-hidden">Topics of this story</h2>${topicList(a.url, a.topics)}</footer>` : ''}
</article>
<aside class="story-aside" aria-label="Coverage and sources" data-pagefind-ignore="all">
${a.event ? html`<section class="event-box" aria-labelledby="event-reports">
<h2 id="event-reports">Other reports of this event</h2>
${a.otherReports.length
    ? html`<ul class="reports">${a.otherReports.map((r) => html`<li>${reportLine(a.url, r)}</li>`)}</ul>${a.otherReportsMore ? html`<p class="more-note">…${a.otherReportsMore}.</p>` : ''}`
    : html`<p class="meta">No other outlet's report of it is in the archive.</p>`}
<p class="more"><a href="${rel(a.event.url)}">Full coverage of the event</a></p>
</section>` : ''}
${a.copies.length ? html`<section aria-labelledby="copies"><h2 id="copies">Also published by</h2><ul class="reports">${a.copies.map((r) => html`<li>${reportLine(a.url, r)}</li>`)}</ul></section>` : ''}
${a.relatedEvents.length ? html`<section aria-labelledby="related"><h2 id="related">Related coverage</h2><ul class="reports">${a.relatedEvents.map((e) => html`<li>${link(a.url, e)}</li>`)}</ul></section>` : ''}
<section class="provenance" aria-labelledby="provenance"><h2 id="provenance">Provenance</h2>
<p class="file">From the file <code>${a.file}</code>.</p>
${a.removed.length ? html`<details class="removed-box"><summary>${a.removedLabel}</summary>
<ul class="removed">${a.removed.map((r) => html`<li><q${lang}>${r.text}</q> <span class="meta">${r.reason}</span></li>`)}</ul>
</details>` : ''}
</section>
</aside>
</div>`;
  return page({
    site: archive.site,
    url: a.url,
    title: a.title,
    titleLanguage: a.language,
    description: a.description,
    canonical: a.canonicalUrl,
    kind: 'article',
    head,
    breadcrumbs: a.breadcrumbs,
    body,
  });
}
