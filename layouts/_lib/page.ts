/** The frame every page shares: head, skip link, header, navigation, footer. */
import type { Link, SiteSettings } from '../../src/types.ts';
import { html, raw, relative, type Raw } from './html.ts';

export interface PageOptions {
  site: SiteSettings;
  /** Site-absolute URL of this page. */
  url: string;
  title: string;
  description?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  breadcrumbs?: Link[];
  /** Site-absolute canonical URL (default: the page's own). */
  canonical?: string;
  feed?: { atom: string; json: string } | null;
  /** Extra markup for `<head>` (JSON-LD, OpenGraph). */
  head?: Raw;
  /** `article`, `event`, `list`, … for styling. */
  kind: string;
  /** Whether robots may index the page (default: `true`). */
  index?: boolean;
  body: Raw;
}

const NAV: Link[] = [
  { url: '/', title: 'Latest' },
  { url: '/topics/', title: 'Topics' },
  { url: '/sources/', title: 'Outlets' },
  { url: '/timeline/', title: 'Timeline' },
  { url: '/search/', title: 'Search' },
];

/** A whole HTML document. Every site-absolute link in it is made relative to `url`. */
export function page(o: PageOptions): string {
  // A 404 page is served at any address, so its links cannot be relative: they start at the site's root.
  const root = o.site.url ? new URL(o.site.url).pathname.replace(/\/?$/, '/') : '/';
  const rel = (to: string) => (o.url === '/404.html' && to.startsWith('/') ? root + to.slice(1) : relative(o.url, to));
  const absolute = (to: string) =>
    o.site.url ? new URL(to.replace(/^\//, ''), o.site.url.endsWith('/') ? o.site.url : `${o.site.url}/`).href : null;
  const canonical = absolute(o.canonical ?? o.url);
  const title = o.url === '/' ? o.site.title : `${o.title} · ${o.site.title}`;
  const current = (l: Link) => (l.url === '/' ? o.url === '/' || o.url.startsWith('/page/') : o.url.startsWith(l.url));
  const doc = html`<!doctype html>
<html lang="${o.lang ?? o.site.lang}" dir="${o.dir ?? 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${o.description ? html`<meta name="description" content="${o.description}">` : ''}
${o.index === false ? html`<meta name="robots" content="noindex">` : ''}
<meta name="color-scheme" content="light dark">
${canonical ? html`<link rel="canonical" href="${canonical}">` : html`<link rel="canonical" href="${rel(o.canonical ?? o.url)}">`}
<link rel="stylesheet" href="${rel('/assets/site.css')}">
<link rel="alternate" type="application/atom+xml" title="${o.site.title}" href="${rel('/feed.xml')}">
<link rel="alternate" type="application/feed+json" title="${o.site.title}" href="${rel('/feed.json')}">
${o.feed && o.feed.atom !== '/feed.xml' ? html`<link rel="alternate" type="application/atom+xml" title="${o.title}" href="${rel(o.feed.atom)}">
<link rel="alternate" type="application/feed+json" title="${o.title}" href="${rel(o.feed.json)}">` : ''}
${o.head ?? ''}
<script src="${rel('/assets/site.js')}" defer></script>
</head>
<body class="page-${o.kind}">
<a class="skip" href="#main">Skip to the content</a>
<header class="site-header">
<div class="wrap">
<a class="site-title" href="${rel('/')}">${o.site.title}</a>
<nav aria-label="Sections">
<ul>
${NAV.map((l) => html`<li><a href="${rel(l.url)}"${current(l) ? raw(' aria-current="page"') : ''}>${l.title}</a></li>`)}
</ul>
</nav>
</div>
</header>
${o.breadcrumbs && o.breadcrumbs.length
    ? html`<nav class="breadcrumbs wrap" aria-label="Breadcrumbs"><ol>${o.breadcrumbs.map((b) => html`<li><a href="${rel(b.url)}">${b.title}</a></li>`)}<li aria-current="page">${o.title}</li></ol></nav>`
    : ''}
<main id="main" class="wrap" tabindex="-1">
${o.body}
</main>
<footer class="site-footer">
<div class="wrap">
<p>${o.site.title} · <a href="${rel('/feed.xml')}">Atom feed</a> · <a href="${rel('/feed.json')}">JSON feed</a> · <a href="${rel('/archive.json')}">archive.json</a> · <a href="${rel('/sitemap.xml')}">Sitemap</a></p>
</div>
</footer>
</body>
</html>
`;
  return doc.value;
}
