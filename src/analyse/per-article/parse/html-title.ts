/**
 * The title of a saved page: the visible `<h1>` that agrees with a title
 * its metadata gives (JSON-LD, OpenGraph, Twitter, `<title>` without the
 * site's name), else that metadata title. The headline a reader sees wins
 * over the wording meant for search engines, but not when the heading is
 * only a site or section name, a paragraph set in `<h1>`, the headline with
 * a date printed into it, or the headline set in capitals.
 */
import type { PageMetadataOrigin } from '../../../model/types.ts';
import { fold } from './html-dom.ts';
import { isDateStamp } from './headline-features.ts';

/** A title read from the page and where it was read. */
export interface PageTitle {
  value: string;
  origin: PageMetadataOrigin;
  /** The `<h1>` as the page shows it, when the title was read from one (the date and byline are looked for by it). */
  heading?: string;
}

/** What a page gives to choose its title from; metadata titles already read and folded, in order of trust. */
export interface TitleSources {
  /** Metadata titles, most trusted first, each with the site's name still in it. */
  described: [string | undefined, PageMetadataOrigin][];
  /** The site's name, when the page states it. */
  site: string | undefined;
  /** The visible `<h1>` headings, in document order. */
  headings: string[];
}

/** A headline agrees with a metadata title when this share of the shorter one's words are in the other. */
const MIN_HEADLINE_OVERLAP = 0.5;
/** …and when it has at least this share of the metadata title's words: a one-word section heading shares a word with any title. */
const MIN_TITLE_COVER = 0.25;
/** Share of a less trusted metadata title's words a heading must have, tried when none agrees with the first: a `<title>` also names the site, as a blog's `<h1>` does. */
const MIN_LATER_TITLE_COVER = 0.5;
/** A heading of more words than this that runs on past a sentence is a paragraph set in `<h1>`, not a headline (words). */
const MAX_HEADLINE_WORDS = 20;

/** Separators between a headline and the site's name ("Headline | Site", "Headline - Site"). */
const SEPARATOR = /\s+[|\-–—:·»•~/]\s+|\s+::\s+/u;

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** A text with the site's name cut off its end (or start) when a separator sets it apart; else the text. */
export function withoutNamedSite(text: string, site: string | undefined): string {
  const siteKey = site ? key(site) : '';
  if (!siteKey) return text;
  let t = text;
  // Some pages add the name twice ("Headline – Site - Site").
  for (let guard = 0; guard < 2; guard++) {
    const parts = t.split(SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1]!;
    if (key(last) === siteKey) t = t.slice(0, t.length - last.length).replace(new RegExp(`(?:${SEPARATOR.source})$`, 'u'), '').trim();
    else if (key(parts[0]!) === siteKey) t = t.slice(parts[0]!.length).replace(new RegExp(`^(?:${SEPARATOR.source})`, 'u'), '').trim();
    else break;
  }
  return t || text;
}

/** Whether a heading reads as a paragraph: long, and more than one sentence. */
function isParagraph(text: string): boolean {
  return text.split(/\s+/u).length > MAX_HEADLINE_WORDS && /[.?!]\s+\p{Lu}/u.test(text);
}

/** How far a heading agrees with a metadata title (share of the shorter one's words), or 0 when it covers too little of it. */
function agreement(heading: string, described: string, cover: number): number {
  const words = wordSet(heading);
  const want = wordSet(described);
  let shared = 0;
  for (const w of words) if (want.has(w)) shared++;
  if (shared / Math.max(1, want.size) < cover) return 0;
  return shared / Math.max(1, Math.min(words.size, want.size));
}

/** The heading that agrees most with a metadata title, or null. Ties go to the earlier heading. */
function agreeingHeading(headings: readonly string[], described: string, cover: number): string | null {
  let best: string | null = null;
  let bestOverlap = MIN_HEADLINE_OVERLAP;
  for (const h of headings) {
    const overlap = agreement(h, described, cover);
    if (overlap >= bestOverlap && (best === null || overlap > bestOverlap)) [best, bestOverlap] = [h, overlap];
  }
  return best;
}

/**
 * A metadata title cut short (JSON-LD headlines are often cut at a fixed
 * length) made whole from a later source that runs on from it in the same
 * sentence; else the title.
 */
function whole(title: string, later: readonly string[]): string {
  for (const t of later) {
    if (t.length <= title.length || !t.startsWith(title)) continue;
    const rest = t.slice(title.length);
    if (/^\s*[\p{L}\p{N}(]/u.test(rest) && !SEPARATOR.test(rest.slice(0, 4))) return t;
  }
  return title;
}

/**
 * What the page shows in a heading, read with the metadata title it agrees
 * with: the metadata's words when the heading only adds a date to them
 * ("Dec 18 2025 Headline") or sets them in capitals; else the heading
 * without a trailing site name.
 */
function shownTitle(heading: string, described: string, site: string | undefined): string {
  const at = heading.indexOf(described);
  if (at >= 0 && heading !== described) {
    const rest = (heading.slice(0, at) + ' ' + heading.slice(at + described.length)).replace(/^[\s|·•–—-]+|[\s|·•–—-]+$/gu, '');
    if (isDateStamp(rest)) return described;
  }
  const capitals = /\p{Lu}/u.test(heading) && !/\p{Ll}/u.test(heading);
  if (capitals && /\p{Ll}/u.test(described) && key(heading) === key(described)) return described;
  return withoutNamedSite(heading, site);
}

/** The page's title (see the file's comment), or null when it gives none. */
export function pageTitle(sources: TitleSources): PageTitle | null {
  const siteKey = sources.site ? key(sources.site) : '';
  const described: [string, PageMetadataOrigin][] = [];
  for (const [value, origin] of sources.described) {
    const v = value ? fold(withoutNamedSite(value, sources.site)) : '';
    // A metadata title that is only the site's name names no article.
    if (v && key(v) !== siteKey) described.push([v, origin]);
  }
  const headings = sources.headings.filter((h) => !isParagraph(h));
  if (described.length === 0) return headings.length ? { value: headings[0]!, origin: 'headline', heading: headings[0]! } : null;
  for (const [i, [value]] of described.entries()) {
    const heading = agreeingHeading(headings, value, i === 0 ? MIN_TITLE_COVER : MIN_LATER_TITLE_COVER);
    if (heading !== null) return { value: shownTitle(heading, value, sources.site), origin: 'headline', heading };
  }
  const [value, origin] = described[0]!;
  return { value: whole(value, described.slice(1).map(([v]) => v)), origin };
}
