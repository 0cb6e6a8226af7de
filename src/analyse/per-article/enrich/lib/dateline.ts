/**
 * Datelines: the date a story states about itself at its start
 * ("Tehran, 24 April 2016 (MINA) –", "Published May 03, 2013"), and the
 * year a page's copyright line gives ("© 2013 Example Times").
 */
import * as chrono from 'chrono-node';
import { datesIn } from '../../parse/index.ts';
import { DATELINE_MAX_OFFSET, DATELINE_YEARS } from '../settings.ts';

/** A date read from text. */
export interface Dateline {
  /** ISO date `yyyy-mm-dd`. */
  date: string;
  /** The words the date was read from. */
  text: string;
  /**
   * Whether day and month could be read the other way round ("04/02/2009":
   * 4 February or April 2), which a page does not say; read month first.
   */
  ambiguous: boolean;
}

/** A numeric date, day and month in either order, then the year. */
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/u;

/** Whether the words of a date could be read with day and month swapped. */
function swappable(text: string): boolean {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a !== b && a >= 1 && a <= 12 && b >= 1 && b <= 12;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** How a numeric date orders day and month: said by a part above 12, else `either`. */
export type NumericOrder = 'day-first' | 'month-first' | 'either';

/**
 * The numeric date in the words of a date ("09/04/2007 18:02"): the shape
 * of its writing (digits runs as `n`: "n/n/n n:n", an outlet's stamp
 * template) and which order its day and month are in; null when the date
 * is not written in numbers only.
 */
export function numericDate(text: string): { shape: string; order: NumericOrder } | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const order: NumericOrder = a > 12 && b <= 12 ? 'day-first' : b > 12 && a <= 12 ? 'month-first' : 'either';
  return { shape: text.replace(/\d+/gu, 'n').replace(/\s+/gu, ' ').trim(), order };
}

/** An ISO date `yyyy-mm-dd` with month and day swapped, or null when that is no date. */
export function swapDayMonth(iso: string): string | null {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d || Number(d) > 12) return null;
  return `${y}-${d}-${m}`;
}

/** An English month name or its abbreviation. */
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';

/** The place between a word and the month that copied text glues to it ("GiuffridaMar 5", "HealthDECEMBER 22"). */
const GLUED_MONTH = new RegExp(`(?<=\\p{Ll})(?=(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*)\\.? ?\\d)`, 'gu');

/** A machine timestamp ("2024-04-18T13:00:39+00:00") and the word copied text glues to either end of it ("Tom2024-…+00:00March"). */
const GLUED_TIMESTAMP = /(?<=\p{L})(?=(?:19|20)\d{2}-\d{2}-\d{2}T\d)|(?<=\d)(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)(?=\p{L})/gu;

/**
 * Repair the spacing that copy-pasted or tokenised text puts inside numbers
 * ("05 / 02 / 2013", "1: 32 PM"), which date parsers do not read.
 */
export function tidyNumbers(text: string): string {
  return text.replace(/(\d) ?([/:]) ?(?=\d)/gu, '$1$2');
}

/**
 * `tidyNumbers` for dates: also closes up the hyphens and dots that
 * tokenised text spaces out inside numeric dates ("2012 - 04 - 04",
 * "08. 07. 2012", "November 27 - 2005"), drops the full stop some
 * outlets put after May, which is no abbreviation ("Fri., May. 3, 2013"),
 * reads "December 19. 2025" as "December 19, 2025", "25.Jun.2019" as
 * "25 Jun 2019", "12/19 — 2025" as "12/19/2025" and "2025•01•08" as
 * "2025-01-08", and parts a year from the word, time or reading time that
 * copied text glues to it ("March 3, 2025Jane Doe", "October 17, 20236:01
 * PM", "Mar 27, 20255 mins"), and a month from the name glued before it
 * ("Jane DoeMar 5, 2025"), and a machine timestamp from the words glued to
 * it ("Tom2024-04-18T13:00:39+00:00March 22nd, 2024"). Two dates glued together are parted by a
 * separator, so that each is read as one ("June 29, 2020November 12, 2021").
 */
export function tidyDate(text: string): string {
  return tidyNumbers(text)
    .replace(GLUED_MONTH, ' ')
    .replace(GLUED_TIMESTAMP, '$1 ')
    .replace(/((?:19|20)\d{2})(?=\p{L}|\d{1,2}:\d{2}|\d{1,3} ?min)/gu, '$1 ')
    .replace(new RegExp(`((?:19|20)\\d{2}) (?=${MONTH_NAME}\\.? ?\\d)`, 'giu'), '$1 | ')
    .replace(/(\p{L}{3,}\.? \d{1,2})\. (?=\d{4})/gu, '$1, ')
    .replace(/\b(\d{1,2})\.(\p{L}{3,})\.(\d{4})\b/gu, '$1 $2 $3')
    .replace(/\b(\d{1,2}\/\d{1,2}) ?[—–-] ?((?:19|20)\d{2})\b/gu, '$1/$2')
    .replace(/(\d) ?([.-]) ?(?=\d)/gu, '$1$2')
    .replace(/\b((?:19|20)\d{2})[•·](\d{1,2})[•·](\d{1,2})\b/gu, '$1-$2-$3')
    .replace(/\b(May)\.(?= ?\d)/giu, '$1');
}

/** A label that says a stamp's date is an update, not the publication ("Updated", "Last modified"). */
const UPDATE_LABEL = /\b(?:updated?|modified|reviewed)\b[\s:]*(?:on\s+)?(?:the\s+)?$/iu;
/** A label that says a stamp's date is the publication ("Published", "Originally published", "Posted on"). */
const PUBLICATION_LABEL = /\b(?:published|posted)\b[\s:]*(?:on\s+)?(?:the\s+)?$/iu;

/**
 * The full dates (day, month and year all written) that start within
 * `DATELINE_MAX_OFFSET` characters of the start of a block, in the order
 * they stand, each with the words between it and the date before it.
 */
function datelineDates(block: string, lang: string | null): { date: Dateline; before: string }[] {
  const text = tidyDate(block.slice(0, DATELINE_MAX_OFFSET + 60));
  const out: { date: Dateline; before: string }[] = [];
  let end = 0;
  for (const r of datesIn(text, lang, (t) => chrono.parse(t))) {
    if (r.index > DATELINE_MAX_OFFSET) break;
    // Only a written year counts: chrono also marks "today" or "Nov. 21" as certain, relative to now.
    if (!/\d{4}|\d{1,2}([/.])\d{1,2}\1\d{2}\b/u.test(r.text)) continue;
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const year = s.get('year');
    const month = s.get('month');
    const day = s.get('day');
    if (year === null || month === null || day === null) continue;
    if (year < DATELINE_YEARS.min || year > DATELINE_YEARS.max) continue;
    // A span of days ("January 6-9, 2026") is when an event runs, never the day a page came out.
    if (r.end && (r.end.get('year') !== year || r.end.get('month') !== month || r.end.get('day') !== day)) continue;
    const date = { date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, text: r.text, ambiguous: swappable(r.text) };
    out.push({ date, before: text.slice(end, Math.max(end, r.index)) });
    end = r.index + r.text.length;
  }
  return out;
}

/**
 * The date a block states about itself at its start: of the full dates
 * (day, month and year all written) that start within `DATELINE_MAX_OFFSET`
 * characters, the one labelled as the publication ("Updated November 11,
 * 2022 Originally published November 9, 2022"), else the first one not
 * labelled as an update (of such dates printed side by side, the earliest),
 * else the first; null when there is none.
 *
 * @param block Text of one block.
 * @param lang The article's BCP 47 tag: dates in its words are read too (default: English only).
 */
export function readDateline(block: string, lang: string | null = null): Dateline | null {
  const dates = datelineDates(block, lang);
  if (dates.length <= 1) return dates[0]?.date ?? null;
  const published = dates.find((d) => PUBLICATION_LABEL.test(d.before));
  if (published) return published.date;
  const plain = dates.filter((d) => !UPDATE_LABEL.test(d.before));
  if (plain.length === 0) return dates[0]!.date;
  // Dates printed side by side with no word between ("May 21, 2025April 24, 2025") are a stamp's update and first
  // publication, in either order; a page is not updated before it is published.
  const sideBySide = plain.slice(0, 1);
  for (const d of plain.slice(1)) if (/^[\s|·•,/–—-]*$/u.test(d.before)) sideBySide.push(d);
  return sideBySide.reduce((a, b) => (b.date.date < a.date.date ? b : a)).date;
}

/** A year read from a copyright line. */
export interface CopyrightYear {
  year: number;
  /** The words it was read from ("© 2013", "Copyright © 2011 - 2024"). */
  text: string;
}

/** A copyright mark and its year, or the last year of its range ("© 2011–2024"). */
const COPYRIGHT_YEAR = /(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*(?:[-–—]|to)\s*)?((?:19|20)\d{2})\b/iu;

/**
 * The year a copyright line gives ("© 2013 Example Times. All rights
 * reserved."): of a range, its last year. Null when the block has none.
 *
 * @param block Text of one block.
 */
export function readCopyrightYear(block: string): CopyrightYear | null {
  const m = COPYRIGHT_YEAR.exec(block);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < DATELINE_YEARS.min || year > DATELINE_YEARS.max) return null;
  return { year, text: m[0].replace(/\s+/gu, ' ').trim() };
}
