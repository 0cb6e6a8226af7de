/**
 * Publication stamps anywhere on a page: a short line that is a date and
 * its labels ("Published August 13, 2025", "Dec 1, 2025", "Zach Lezberg |
 * May 22, 2025", "Posted on the 15/12/2025 at 19:00 by @jane"). A copied
 * page often prints its stamp away from the headline (under the story, in
 * a sidebar), where neither the head of the page nor its dateline is read.
 */
import * as chrono from 'chrono-node';
import type { Article, Block } from '../../../../model/types.ts';
import { datesIn } from '../../parse/index.ts';
import { PAGE_STAMP_MAX_NAME_WORDS, PAGE_STAMP_MAX_WORDS, PAGE_STAMP_PROSE_WORDS, PAGE_STAMP_SKIPPED_RULES } from '../settings.ts';
import { readDateline, swapDayMonth, tidyDate, type Dateline } from './dateline.ts';

/** Words a stamp may hold in lower case beside its date: its labels, prepositions, reading time, comment count. */
const STAMP_WORDS = new Set(
  (
    'published publish posted updated update last modified page date first originally created reviewed written ' +
    'fact checked edited by on at the of in and min mins minute minutes read comment comments category categories tags filed under ' +
    'am pm a.m. p.m.'
  ).split(' '),
);

/** Connectives that may stand in a name or a list of sections ("de", "and"). */
const NAME_PARTICLES = new Set(['and', '&', 'de', 'del', 'van', 'von', 'der', 'da', 'di', 'du', 'la', 'le', 'al', 'el', 'bin']);

/** Days of the week, which a stamp writes before its date. */
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/giu;

/** A time of day ("19:00", "1:06 pm", "01:39 PM EST"), a handle ("@jane") or a number of minutes or comments. */
const TIME_OR_COUNT = /\b\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|@\S+|\b\d+\s*(?=min|comment)/giu;

/** "by" and the word after it, a name or a handle that may be written in lower case ("by whova", "by @jdoe"). */
const BY_NAME = /\bby\s+@?[\p{L}\p{N}_.-]+/giu;

/** A label a stamp that says it is an update carries ("Updated", "Last modified"). */
const UPDATE_LABEL = /\b(?:updated?|modified|reviewed)\b/iu;
/** A label a stamp that says it is the publication carries ("Published", "Posted on"). */
const PUBLICATION_LABEL = /\b(?:published|posted)\b/iu;

/** A stamp found on a page. */
export interface PageStamp {
  date: Dateline;
  /** The stamp's labels, its own or those of the label line above it ("Published" / "15 November 2018"). */
  label: string;
  /** The index of its block in the article's blocks. */
  block: number;
}

/**
 * Whether the words of a line left once its date, times and counts are
 * taken out are only a stamp's labels and at most a name or a few section
 * names in capitals: "the FDA has received" is a sentence, "Jane Doe" a byline.
 */
function onlyLabelsAndName(rest: string): boolean {
  const words = rest.split(/[\s|·•,:;/()–—-]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const other = words.filter((w) => !STAMP_WORDS.has(w.toLowerCase()));
  if (other.length > PAGE_STAMP_MAX_NAME_WORDS) return false;
  return other.every((w) => /^["'‘“]?\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

/** Whether a line is labels alone, with no date ("Published", "Publish date", "Posted on"). */
function isLabelLine(text: string): boolean {
  const words = text.toLowerCase().split(/[\s:]+/u).filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.every((w) => STAMP_WORDS.has(w));
}

/**
 * A byline as the label of the stamp under it ("By Sara Brown", or "Sara
 * Brown" under a line that is "By" alone), or '' when the line is none: a
 * date under a byline is the story's stamp wherever it stands.
 */
function bylineLabel(above: string, text: string): string {
  if (/^by\s+\S/iu.test(text) && onlyLabelsAndName(text)) return text;
  if (/^by$/iu.test(above) && onlyLabelsAndName(text)) return `${above} ${text}`;
  return '';
}

/** A line's stamp date and the words before it, or null (`stampDate`). */
function readStamp(text: string, lang: string | null): { date: Dateline; before: string } | null {
  if (text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > PAGE_STAMP_MAX_WORDS) return null;
  const date = readDateline(text, lang);
  if (!date) return null;
  const tidy = tidyDate(text);
  const at = tidy.indexOf(date.text);
  if (at < 0) return null;
  let rest = tidy.slice(0, at) + ' ' + tidy.slice(at + date.text.length);
  // The same stamp printed twice, or with its update ("Jan 5, 2026Jan 5, 2026"), is still a stamp.
  for (let again = readDateline(rest, lang); again && rest.includes(again.text); again = readDateline(rest, lang)) {
    rest = rest.replace(again.text, ' ');
  }
  rest = rest
    .replace(BY_NAME, ' ')
    .replace(WEEKDAY, ' ')
    .replace(TIME_OR_COUNT, ' ')
    .replace(/\b(?:19|20)\d{2}\b/gu, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return onlyLabelsAndName(rest) ? { date, before: tidy.slice(0, at) } : null;
}

/**
 * The date of a line that is a publication stamp, or null: a line of at
 * most `PAGE_STAMP_MAX_WORDS` words with a date (`readDateline`) whose
 * other words are labels, times, counts and at most a name
 * (`onlyLabelsAndName`).
 *
 * @param text One block's text.
 * @param lang The article's BCP 47 tag (`readDateline`).
 */
export function stampDate(text: string, lang: string | null = null): Dateline | null {
  return readStamp(text, lang)?.date ?? null;
}

/**
 * Whether a line a furniture rule set apart as a stamp or byline is a
 * sentence that mentions a date, not a stamp: `PAGE_STAMP_PROSE_WORDS` words
 * or more ending like a sentence, with words no stamp holds ("Sign up now
 * for our next London to Brighton Bike Ride on 21st June 2026!"), and not
 * starting with a stamp's label ("Posted by BeauHD on Friday December 19,
 * 2025 @08:00PM from the skewed-job-market dept.").
 */
export function isDatedSentence(text: string, lang: string | null = null): boolean {
  const t = text.trim();
  const words = t.split(/\s+/u);
  if (STAMP_WORDS.has(words[0]!.toLowerCase())) return false;
  return /[.!?…]$/u.test(t) && words.length >= PAGE_STAMP_PROSE_WORDS && stampDate(t, lang) === null;
}

/** Whether a removed block is furniture whose dates are other stories', the site's or readers' (`PAGE_STAMP_SKIPPED_RULES`). */
function othersDates(block: Block): boolean {
  return block.removed !== undefined && PAGE_STAMP_SKIPPED_RULES.some((prefix) => block.removed!.ruleId.startsWith(prefix));
}

/** Whether a block is kept prose: `PAGE_STAMP_PROSE_WORDS` words or more, ending like a sentence. */
function isProse(block: Block): boolean {
  if (block.removed) return false;
  const text = block.text.trim();
  return /[.!?…"”’)]$/u.test(text) && text.split(/\s+/u).length >= PAGE_STAMP_PROSE_WORDS;
}

/**
 * Every publication stamp of an article's blocks, kept or removed, in page
 * order (`stampDate`); a bare date (no label, no name, no byline above it)
 * between two lines of the story's prose is left out.
 */
export function pageStamps(article: Pick<Article, 'blocks' | 'lang'>): PageStamp[] {
  const out: PageStamp[] = [];
  const prose = article.blocks.map(isProse);
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  let labelAbove = '';
  article.blocks.forEach((block, b) => {
    const text = block.text.trim();
    if (text === '') return;
    const stamp = othersDates(block) ? null : readStamp(text, article.lang);
    const label = stamp ? `${labelAbove} ${stamp.before}`.trim() : '';
    if (stamp && !(label === '' && b > first && b < last)) out.push({ date: stamp.date, label, block: b });
    labelAbove = isLabelLine(text) ? text : bylineLabel(labelAbove, text);
  });
  return out;
}

/** The first of the page's stamps labelled as the publication ("Published on 2021-01-18T19:55"), or null (`pageStamps`). */
export function publicationStampDate(article: Pick<Article, 'blocks' | 'lang'>): Dateline | null {
  return pageStamps(article).find((s) => PUBLICATION_LABEL.test(s.label))?.date ?? null;
}

/**
 * The page's own publication stamp (`pageStamps`): the first one labelled
 * as the publication ("Published", "Posted"), else the first one that does
 * not say it is an update, else the first; null when the page has none.
 */
export function pageStampDate(article: Pick<Article, 'blocks' | 'lang'>): Dateline | null {
  const stamps = pageStamps(article);
  return (
    stamps.find((s) => PUBLICATION_LABEL.test(s.label))?.date ??
    stamps.find((s) => !UPDATE_LABEL.test(s.label))?.date ??
    stamps[0]?.date ??
    null
  );
}

/**
 * The publication a date labelled as an update gives way to: the page's
 * stamp nearest to it that is not labelled as an update, is earlier (a
 * page is not updated before it is published: "February 8, 2022" above
 * "Last update: / July 16, 2025") and stands above the story's first line
 * of prose (below it are comments', related stories' and quoted posts' dates). The date itself when it is not labelled
 * as an update on the page, or no such stamp stands on it.
 *
 * @param article The article the date was read from.
 * @param date The date read as the article's.
 */
export function publishedBeforeUpdate(article: Pick<Article, 'blocks' | 'lang'>, date: Dateline): Dateline {
  const stamps = pageStamps(article);
  const own = stamps.find((s) => s.date.date === date.date);
  if (!own || !UPDATE_LABEL.test(own.label)) return date;
  const storyStart = article.blocks.findIndex(isProse);
  const earlier = stamps.filter((s) => s.date.date < date.date && !UPDATE_LABEL.test(s.label) && s.block < storyStart);
  if (earlier.length === 0) return date;
  return earlier.reduce((a, b) => (Math.abs(b.block - own.block) < Math.abs(a.block - own.block) ? b : a)).date;
}

/** The dates a page writes with its month in words ("December 02, 2025", "3 October 2023"), kept blocks or removed, as ISO dates. */
function datesInWords(article: Pick<Article, 'blocks' | 'lang'>, year: string): Set<string> {
  const out = new Set<string>();
  for (const block of article.blocks) {
    if (!block.text.includes(year)) continue;
    for (const r of datesIn(tidyDate(block.text), article.lang, (t) => chrono.parse(t))) {
      const s = r.start;
      if (!/\p{L}{3}/u.test(r.text) || !s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
      out.add(`${s.get('year')}-${String(s.get('month')).padStart(2, '0')}-${String(s.get('day')).padStart(2, '0')}`);
    }
  }
  return out;
}

/** A numeric date written with full stops ("03.05.2021", "14.11.24"). */
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2})\b/u;

/** Whether a page writes a dotted date whose second part is above 12 ("05.15.2025"), which is month first. */
function dottedMonthFirst(article: Pick<Article, 'blocks'>): boolean {
  return article.blocks.some((b) => [...b.text.matchAll(new RegExp(DOTTED_DATE.source, 'gu'))].some((m) => Number(m[1]) <= 12 && Number(m[2]) > 12));
}

/**
 * A numeric date that reads either way ("02-12-2025"), read day first when
 * the page writes that day in words ("December 02, 2025") and never the
 * month-first one: a page's stamp and its text name the same day. A dotted
 * one ("03.05.2021") is read day first, as it is written where dots part
 * dates, unless the page writes a dotted date that can only be month first
 * ("05.15.2025"). Other dates are returned as they are.
 *
 * @param article The article the date was read from.
 * @param date A date read month first (`readDateline`).
 */
export function orderFromWords(article: Pick<Article, 'blocks' | 'lang'>, date: Dateline): Dateline {
  if (!date.ambiguous) return date;
  const swapped = swapDayMonth(date.date);
  if (!swapped || swapped === date.date) return date;
  if (DOTTED_DATE.test(date.text)) return dottedMonthFirst(article) ? date : { ...date, date: swapped };
  const written = datesInWords(article, date.date.slice(0, 4));
  return written.has(swapped) && !written.has(date.date) ? { ...date, date: swapped } : date;
}
