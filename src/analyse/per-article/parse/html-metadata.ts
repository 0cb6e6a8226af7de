/**
 * What a saved page says about itself, in order of trust: its JSON-LD
 * (schema.org `NewsArticle` and kin), its OpenGraph and `article:*` meta,
 * other meta tags, its `<title>`, `<link rel=canonical>`, `<html lang dir>`;
 * then what it shows: the title is the visible headline that agrees with
 * the title the metadata gives, a date the headline's stamp labels as the
 * publication ("Published Apr 26, 2023") comes before the metadata's, and
 * a date or byline printed by the headline stands in for metadata that
 * gives none. Every field keeps where it came from.
 */
import type { Element, Root, RootContent } from 'hast';
import type { PageMetadataOrigin } from '../../../model/types.ts';
import { attr, fold, textOf } from './html-dom.ts';
import { bylineAuthor, dateByHeadline, publishedByHeadline } from './html-byline.ts';
import { walkPage } from './html-page-walk.ts';
import { parseHtml } from './html-tree.ts';
import { pageTitle } from './html-title.ts';
import { frontMatterDate } from './infer.ts';

/** A value read from the page and where it was read. */
export interface PageField {
  value: string;
  origin: PageMetadataOrigin;
}

/** The metadata of a saved page; a field is null when the page does not state it. */
export interface PageMetadata {
  title: PageField | null;
  date: PageField | null;
  modified: PageField | null;
  author: PageField | null;
  /** The outlet: the site's name. */
  source: PageField | null;
  /** The page's own address. */
  url: PageField | null;
  lang: PageField | null;
  dir: PageField | null;
  summary: PageField | null;
}

/** schema.org types of a news or blog article, whose JSON-LD describes the page's story. */
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNews', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicEditorNewsArticle', 'SatiricalArticle', 'BlogPosting', 'LiveBlogPosting',
  'SocialMediaPosting', 'Report', 'TechArticle', 'ScholarlyArticle',
]);

/** Meta tags naming the publication date, most trusted first (`property`, `name` or `itemprop`). */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'publishdate', 'publish-date', 'publish_date',
  'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dcterms.created', 'citation_publication_date', 'citation_date', 'article.published', 'published_time', 'date',
  'originalpublicationdate', 'og:published_time', 'release_date', 'cxenseparse:recs:publishtime', 'article_date_original',
];
/** Meta tags naming the last modification. */
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];
/** Meta tags naming the author. */
const AUTHOR_META = ['article:author', 'author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'citation_author'];
/** Meta tags naming the site. */
const SITE_META = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher'];

/** Separators between a headline and the site's name in a `<title>` ("Headline | Site", "Headline - Site"). */
const TITLE_SEPARATOR = /\s+[|\-–—:·»•~/]\s+|\s+::\s+/;
/** A title part after a separator is the site's name when it has at most this many words. */
const MAX_SITE_NAME_WORDS = 6;

/** Reads a page's metadata from its syntax tree. */
export function readPageMetadata(tree: Root): PageMetadata {
  const page = walkPage(tree);
  const meta = metaContents(page.metas);
  const ld = articleJsonLd(page.jsonLd);
  const site = first([ld?.publisher, 'json-ld'], ...SITE_META.map((k): [string | undefined, PageMetadataOrigin] => [meta.get(k), k.startsWith('og:') ? 'opengraph' : 'meta']));
  const { title: titleElement, html, canonical } = page;
  const titleText = titleElement ? fold(textOf(titleElement)) : undefined;
  const described = (
    [
      [ld?.headline, 'json-ld'],
      [withoutSiteName(meta.get('og:title'), site?.value), 'opengraph'],
      [withoutSiteName(meta.get('twitter:title'), site?.value), 'meta'],
      [withoutSiteName(titleText, site?.value), 'title-element'],
    ] as const
  ).map(([value, origin]): [string | undefined, PageMetadataOrigin] => [first([value, origin])?.value, origin]);
  const visible = page.visible;
  const shown = pageTitle({ described, site: site?.value, headings: visible.headings.map((i) => visible.pieces[i]!) });
  const title: PageField | null = shown ? { value: shown.value, origin: shown.origin } : null;
  const headline = shown?.heading ?? title?.value;
  return {
    title,
    date: firstDate(
      [publishedByHeadline(visible, headline), 'headline'],
      [ld?.datePublished, 'json-ld'],
      ...dateMeta(meta, DATE_META),
      [timeElementDate(page.times), 'time-element'],
      [() => dateByHeadline(visible, headline), 'headline'],
    ),
    modified: firstDate([ld?.dateModified, 'json-ld'], ...dateMeta(meta, MODIFIED_META)),
    author: pageAuthor(ld, meta, site?.value, () => bylineAuthor(page.bylines, visible, headline)),
    source: site ?? (titleText ? siteFromTitle(titleText) : null),
    url: first(
      [httpUrl(canonical ? attr(canonical, 'href') : null), 'canonical-link'],
      [httpUrl(meta.get('og:url')), 'opengraph'],
      [httpUrl(ld?.url), 'json-ld'],
      [httpUrl(savedFrom(tree)), 'saved-from'],
    ),
    lang: first([html ? attr(html, 'lang') ?? attr(html, 'xmlLang') : undefined, 'html-attribute'], [ld?.inLanguage, 'json-ld'], [meta.get('og:locale')?.replace('_', '-'), 'opengraph'], [meta.get('content-language'), 'meta']),
    dir: first([html ? attr(html, 'dir')?.toLowerCase() : undefined, 'html-attribute']),
    summary: first([ld?.description, 'json-ld'], [meta.get('og:description'), 'opengraph'], [meta.get('description'), 'meta']),
  };
}

/**
 * The author: JSON-LD's, the meta tags' (the "Written by" label of a link
 * preview among them), else the byline the page shows; a stated author that
 * is an organisation or the site itself comes after the byline, which may
 * name the person.
 */
function pageAuthor(ld: ArticleJsonLd | null, meta: Map<string, string>, site: string | undefined, byline: () => string | undefined): PageField | null {
  const stated: Candidate[] = [
    [ld?.author, 'json-ld'],
    ...AUTHOR_META.map((k): Candidate => [personName(meta.get(k)), k.startsWith('article:') ? 'opengraph' : 'meta']),
    [personName(labelledMeta(meta, WRITTEN_BY_LABEL)), 'meta'],
  ];
  const siteKey = site ? nameKey(site) : '';
  const isSite = ([v]: Candidate) => typeof v === 'string' && siteKey !== '' && nameKey(v) === siteKey;
  return first(...stated.filter((c) => !isSite(c)), [byline, 'byline'], [ld?.authorOrganisation, 'json-ld'], ...stated.filter(isSite));
}

/** The label a link preview gives its author (`twitter:label1` "Written by", `twitter:data1` the name). */
const WRITTEN_BY_LABEL = /^(written by|author)$/i;

/** The value of the first `twitter:dataN` whose `twitter:labelN` matches `label`. */
function labelledMeta(meta: Map<string, string>, label: RegExp): string | undefined {
  for (let i = 1; meta.has(`twitter:label${i}`); i++) if (label.test(meta.get(`twitter:label${i}`)!.trim())) return meta.get(`twitter:data${i}`);
  return undefined;
}

/** A name as compared with another: lowercase letters and digits only. */
function nameKey(name: string): string {
  return fold(name).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A value a field may take and where it was read; a value costly to read (text searched for a date or a byline) is read only when no candidate before it has one. */
type Candidate = [string | null | undefined | (() => string | undefined), PageMetadataOrigin];

/** The first candidate with a value, folded, character references left in it by a double escape read. */
function first(...candidates: Candidate[]): PageField | null {
  for (const [given, origin] of candidates) {
    const value = typeof given === 'function' ? given() : given;
    const v = value ? fold(unescape(value)) : '';
    if (v) return { value: v, origin };
  }
  return null;
}

/** The first candidate that reads as a date, as an ISO date (`2024-12-09`). */
function firstDate(...candidates: Candidate[]): PageField | null {
  for (const [given, origin] of candidates) {
    const value = typeof given === 'function' ? given() : given;
    const date = value ? frontMatterDate(fold(value)) : null;
    if (date) return { value: date, origin };
  }
  return null;
}

/** Text with its character references read (`&amp;#8217;` once read is `&#8217;`, which pages escape twice). */
function unescape(text: string): string {
  if (!/&(#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(text)) return text;
  return textOf(parseHtml(text));
}

function dateMeta(meta: Map<string, string>, names: string[]): [string | undefined, PageMetadataOrigin][] {
  return names.map((k) => [meta.get(k), k.startsWith('article:') || k.startsWith('og:') ? 'opengraph' : 'meta']);
}

/** `<meta>` contents by lower-cased `property`, `name`, `itemprop` or `http-equiv`; the first of each name wins. */
function metaContents(metas: Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of metas) {
    const content = attr(e, 'content');
    if (content === null || !content.trim()) continue;
    for (const key of ['property', 'name', 'itemProp', 'httpEquiv']) {
      const name = attr(e, key)?.toLowerCase().trim();
      if (name && !out.has(name)) out.set(name, content);
    }
  }
  return out;
}

/** The date of a `<time>` the page marks as its publication (`itemprop=datePublished`, `pubdate`), else of its first `<time>`. */
function timeElementDate(times: Element[]): string | undefined {
  const marked = times.find((e) => /datepublished/i.test(attr(e, 'itemProp') ?? '') || attr(e, 'pubDate') !== null);
  const pick = marked ?? times.find((e) => e.tagName === 'time');
  if (!pick) return undefined;
  return attr(pick, 'dateTime') ?? attr(pick, 'content') ?? textOf(pick);
}

/** What the page's article JSON-LD says, its values as text. */
interface ArticleJsonLd {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  author?: string;
  /** The author when JSON-LD names only organisations as the authors: a byline the page shows may name the person. */
  authorOrganisation?: string;
  publisher?: string;
  url?: string;
  inLanguage?: string;
  description?: string;
}

/** The JSON-LD object describing the page's article, or null. Scripts that are not valid JSON are passed over. */
function articleJsonLd(scripts: Element[]): ArticleJsonLd | null {
  const nodes: Record<string, unknown>[] = [];
  for (const e of scripts) {
    const text = e.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    const json = parseJson(text);
    if (json !== undefined) collectObjects(json, nodes);
  }
  const byId = new Map<string, Record<string, unknown>>();
  // A bare reference (`{"@id": …}`) names a node described elsewhere in the graph: it must not stand in for that node.
  for (const n of nodes) if (typeof n['@id'] === 'string' && (!byId.has(n['@id']) || Object.keys(n).length > 1)) byId.set(n['@id'], n);
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  const article = articles.find((n) => n.headline && n.datePublished) ?? articles[0];
  if (!article) return null;
  const resolve = (v: unknown): unknown => (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? (byId.get(v['@id']) ?? v) : v);
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  const names = (v: unknown): string | undefined => {
    const list = (Array.isArray(v) ? v : [v]).map(resolve).map((p) => personName(isObject(p) ? text(p.name) : text(p))).filter(Boolean);
    return list.length ? [...new Set(list)].join(', ') : undefined;
  };
  const organisationsOnly = (v: unknown): boolean => {
    const list = (Array.isArray(v) ? v : [v]).map(resolve).filter((p) => p !== undefined && p !== null);
    return list.length > 0 && list.every((p) => isObject(p) && typesOf(p).some((t) => t === 'Organization' || t === 'NewsMediaOrganization'));
  };
  const authors = article.author ?? article.creator;
  const author = names(authors);
  const page = resolve(article.mainEntityOfPage);
  return {
    headline: text(article.headline) ?? text(article.name),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    dateModified: text(article.dateModified),
    ...(author && organisationsOnly(authors) ? { authorOrganisation: author } : { author }),
    publisher: names(article.publisher),
    url: text(article.url) ?? (isObject(page) ? text(page['@id']) ?? text(page.url) : text(page)),
    inLanguage: text(article.inLanguage),
    description: text(article.description),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Pages often write raw line breaks inside JSON strings, which JSON does not allow.
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(n: Record<string, unknown>): string[] {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, ''));
}

/** Every object in a JSON-LD document: top-level lists, `@graph` and nested values, without recursion. */
function collectObjects(root: unknown, out: Record<string, unknown>[]): void {
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isObject(v)) {
      out.push(v);
      for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
}

/** A person's name as a page writes it, or undefined for an address or an empty value. */
export function personName(value: string | undefined): string | undefined {
  const v = value ? fold(value) : '';
  // A template's unfilled placeholder (`{{author}}`, `page.head.extra.author`) names no one.
  if (!v || /^(https?:|www\.)/i.test(v) || v.includes('@') || /^[{[]/.test(v) || /[{}%$]|^[a-z_]+(\.[a-z_]+){2,}$/.test(v)) return undefined;
  return v.replace(/^by\s+/i, '');
}

/** The address in the note a browser writes into a page it saves (`<!-- saved from url=(0042)https://… -->`). */
function savedFrom(tree: Root): string | undefined {
  const stack: (Root | RootContent)[] = [tree];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'comment') {
      const m = /^\s*saved from url=\(\d+\)(\S+)/i.exec(n.value);
      if (m) return m[1];
    } else if ((n.type === 'root' || (n.type === 'element' && (n.tagName === 'html' || n.tagName === 'head'))) && 'children' in n) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return undefined;
}

/** An absolute http(s) address, or undefined. */
function httpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A title without the site's name that pages add to it: the part naming the
 * site when it is known, else a short last part after a separator.
 */
export function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return undefined;
  const t = fold(title);
  const parts = t.split(TITLE_SEPARATOR);
  if (parts.length < 2) return t;
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const siteKey = site ? norm(site) : '';
  if (siteKey) {
    if (norm(parts[parts.length - 1]!) === siteKey || norm(parts[parts.length - 1]!).includes(siteKey)) return stripLast(t);
    if (norm(parts[0]!) === siteKey) return t.slice(t.search(TITLE_SEPARATOR)).replace(TITLE_SEPARATOR, '').trim();
  }
  const last = parts[parts.length - 1]!;
  const head = stripLast(t);
  if (last.split(/\s+/).length <= MAX_SITE_NAME_WORDS && head.split(/\s+/).length >= last.split(/\s+/).length) return head;
  return t;
}

/** The title up to its last separator. */
function stripLast(t: string): string {
  let at = -1;
  for (const m of t.matchAll(new RegExp(TITLE_SEPARATOR.source, 'g'))) at = m.index;
  return at > 0 ? t.slice(0, at).trim() : t;
}

/** The site's name at the end of a `<title>` ("Headline | Site"), when it reads as one. */
function siteFromTitle(title: string): PageField | null {
  const parts = fold(title).split(TITLE_SEPARATOR);
  const last = parts[parts.length - 1]!;
  if (parts.length < 2 || last.split(/\s+/).length > MAX_SITE_NAME_WORDS) return null;
  return first([last, 'title-element']);
}
