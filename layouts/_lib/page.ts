/** The frame every page shares: head, skip link, header, navigation, footer. */
import { readFileSync } from 'node:fs';
import type { Link, SiteSettings, TextLanguage } from '../../src/model/types.ts';
import { html, raw, relative, type Raw } from './html.ts';
import { titleText } from './parts.ts';

export interface PageOptions {
  site: SiteSettings;
  /** Site-absolute URL of this page. */
  url: string;
  title: string;
  /** Language of the title, when it is not the site's (an article's headline). */
  titleLanguage?: TextLanguage | null;
  description?: string;
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

/**
 * The stylesheet, for the one page that cannot link to it: a 404 page is
 * served at any address, and without the site's address (`--url`) its root
 * is unknown, so it carries its styles inline to look right wherever it is served.
 */
const INLINE_CSS = readFileSync(new URL('../assets/site.css', import.meta.url), 'utf8');

const NAV: Link[] = [
  { url: '/', title: 'Latest' },
  { url: '/topics/', title: 'Topics' },
  { url: '/sources/', title: 'Outlets' },
  { url: '/timeline/', title: 'Timeline' },
  { url: '/search/', title: 'Search' },
];

/**
 * Which section of the navigation a page belongs to. An event or an article
 * belongs to none: it is reached from every section, and marking "Latest"
 * would say it came from the home page.
 */
function section(url: string): string {
  if (url === '/' || url.startsWith('/page/')) return '/';
  if (url.startsWith('/topics/')) return '/topics/';
  if (url.startsWith('/sources/')) return '/sources/';
  if (url.startsWith('/search/')) return '/search/';
  if (/^\/(timeline|undated|\d{4})\//.test(url)) return '/timeline/';
  return '';
}

/**
 * A whole HTML document, in the site's language; text taken from an article
 * carries its own language and direction. Every site-absolute link in it is
 * made relative to `url`.
 */
export function page(o: PageOptions): string {
  // A 404 page is served at any address, so its links cannot be relative: they start at the site's root.
  const root = o.site.url ? new URL(o.site.url).pathname.replace(/\/?$/, '/') : '/';
  const rel = (to: string) => (o.url === '/404.html' && to.startsWith('/') ? root + to.slice(1) : relative(o.url, to));
  const absolute = (to: string) =>
    o.site.url ? new URL(to.replace(/^\//, ''), o.site.url.endsWith('/') ? o.site.url : `${o.site.url}/`).href : null;
  const canonical = absolute(o.canonical ?? o.url) ?? rel(o.canonical ?? o.url);
  const title = o.url === '/' ? o.site.title : `${o.title} · ${o.site.title}`;
  const here = section(o.url);
  const crumbs = o.breadcrumbs ?? [];
  const doc = html`<!doctype html>
<html lang="${o.site.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${o.description ? html`<meta name="description" content="${o.description}">` : ''}
${o.index === false ? html`<meta name="robots" content="noindex">` : ''}
<meta name="color-scheme" content="light dark">
${o.url === '/404.html' && !o.site.url ? '' : html`<link rel="icon" href="${rel('/assets/icon.svg')}" type="image/svg+xml">`}
<meta name="theme-color" content="#fbfaf7" media="(prefers-color-scheme: light)">
<meta name="theme-color" content="#161513" media="(prefers-color-scheme: dark)">
${o.url === '/404.html' ? '' : html`<link rel="canonical" href="${canonical}">`}
${o.url === '/404.html' && !o.site.url ? html`<style>${raw(INLINE_CSS)}</style>` : html`<link rel="stylesheet" href="${rel('/assets/site.css')}">`}
<link rel="alternate" type="application/atom+xml" title="${o.site.title}" href="${rel('/feed.xml')}">
<link rel="alternate" type="application/feed+json" title="${o.site.title}" href="${rel('/feed.json')}">
${o.feed && o.feed.atom !== '/feed.xml' ? html`<link rel="alternate" type="application/atom+xml" title="${o.title}" href="${rel(o.feed.atom)}">
<link rel="alternate" type="application/feed+json" title="${o.title}" href="${rel(o.feed.json)}">` : ''}
<meta property="og:site_name" content="${o.site.title}">
${o.head ?? ''}
<script src="${rel('/assets/site.js')}" defer></script>
</head>
<body class="page-${o.kind}">
<a class="skip" href="#main">Skip to the content</a>
<header class="site-header">
<div class="wrap">
<a class="site-title" href="${rel('/')}"${o.url === '/' ? raw(' aria-current="page"') : ''}>${o.site.title}</a>
<nav class="site-nav" aria-label="Sections">
<ul>
${NAV.map((l) => html`<li><a href="${rel(l.url)}"${l.url === here ? (l.url === o.url ? raw(' aria-current="page"') : raw(' class="current"')) : ''}>${l.title}</a></li>`)}
</ul>
</nav>
</div>
</header>
${crumbs.length
    ? html`<nav class="breadcrumbs wrap" aria-label="Breadcrumbs"><ol>${crumbs.map((b) => html`<li><a href="${rel(b.url)}">${titleText(b.title, b.language)}</a></li>`)}<li aria-current="page">${titleText(o.title, o.titleLanguage)}</li></ol></nav>`
    : ''}
<main id="main" class="wrap" tabindex="-1">
${o.body}
</main>
<footer class="site-footer">
<div class="wrap">
<p><span class="footer-title">${o.site.title}</span>: ${o.site.description}</p>
<ul class="footer-links">
<li><a href="${rel('/feed.xml')}">Atom feed</a></li>
<li><a href="${rel('/feed.json')}">JSON Feed</a></li>
<li><a href="${rel('/archive.json')}">archive.json</a></li>
<li><a href="${rel('/sitemap.xml')}">Sitemap</a></li>
</ul>
</div>
</footer>
</body>
</html>
`;
  return doc.value;
}
