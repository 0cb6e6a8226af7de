/**
 * Arabic dates written day, month, year ("3 أبريل 2024", "٣ نيسان ٢٠٢٤",
 * "3 نيسان (أبريل) 2024"), in the month names of every region: the Syriac
 * names of the Levant and Iraq, the names from the European ones of Egypt
 * and the Gulf, and those of the Maghreb. chrono-node's Arabic parser knows
 * the first two sets but not their variant spellings, the Maghreb names or
 * a month named twice, so this reader sits beside it.
 */
import type { Parser } from 'chrono-node';

/** Month names, January first, each spelled as `arabicLetterKey` leaves it (hamza forms as a bare alif, ى as ي, ة as ه). */
export const ARABIC_MONTHS: readonly (readonly string[])[] = [
  ['كانون الثاني', 'يناير', 'جانفي'],
  ['شباط', 'فبراير', 'فيفري'],
  ['اذار', 'مارس'],
  ['نيسان', 'ابريل', 'افريل'],
  ['ايار', 'مايو', 'ماي'],
  ['حزيران', 'يونيو', 'يونيه', 'جوان'],
  ['تموز', 'يوليو', 'يوليه', 'يوليوز', 'جويليه'],
  ['اب', 'اغسطس', 'اوت', 'غشت'],
  ['ايلول', 'سبتمبر', 'شتنبر'],
  ['تشرين الاول', 'اكتوبر'],
  ['تشرين الثاني', 'نوفمبر', 'نونبر'],
  ['كانون الاول', 'ديسمبر', 'دجنبر'],
];

/** Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…) digits. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/gu;

/** A text with Arabic-Indic digits written as ASCII digits, each digit for one, so indices stay the same. */
export function westernDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (d) => String(d.codePointAt(0)! & 0xf));
}

/** The spelling of an Arabic word that month names are matched by: hamza forms as a bare alif, ى as ي, ة as ه, no tatweel, single spaces. */
export function arabicLetterKey(word: string): string {
  return word
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/ـ/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A pattern that matches a key's every spelling that `arabicLetterKey` folds to it. */
function spellings(key: string): string {
  return [...key]
    .map((c) => ({ 'ا': '[اأإآٱ]', 'ي': '[يى]', 'ه': '[هة]', ' ': '\\s+' })[c] ?? c)
    .join('ـ?');
}

const MONTH_BY_KEY = new Map(ARABIC_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
/** Longest names first, so that "مايو" is not read as "ماي" and the rest. */
const MONTH_NAMES = [...MONTH_BY_KEY.keys()].sort((a, b) => b.length - a.length).map(spellings).join('|');
const DIGIT = '[0-9\\u0660-\\u0669\\u06f0-\\u06f9]';

/**
 * Day, month name, a second name of the same month in brackets or after a
 * slash, then the year, which "سنة" or "عام" may precede and "م" follow.
 */
const DAY_MONTH_YEAR = new RegExp(
  `(?<!${DIGIT})(${DIGIT}{1,2})\\s*(?:من\\s+)?(${MONTH_NAMES})` +
    `(?:\\s*[/(]\\s*(?:${MONTH_NAMES})\\s*\\)?)?` +
    `\\s*[،,]?\\s*(?:(?:سنة|عام)\\s+)?(${DIGIT}{4})(?!${DIGIT})(?:\\s*م(?![\\p{L}]))?`,
  'u',
);

/** A date an Arabic text writes day, month and year. */
export interface ArabicDate {
  year: number;
  month: number;
  day: number;
  /** Where its words start in the text, in UTF-16 code units. */
  index: number;
  /** Its words. */
  text: string;
}

/** Whether a day exists in a month of a year. */
function isDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return day >= 1 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The date one match writes, or null when its day is not in its month. */
function dateOfMatch(m: RegExpExecArray): Omit<ArabicDate, 'index' | 'text'> | null {
  const day = Number(westernDigits(m[1]!));
  const month = MONTH_BY_KEY.get(arabicLetterKey(m[2]!))!;
  const year = Number(westernDigits(m[3]!));
  return isDay(year, month, day) ? { year, month, day } : null;
}

/**
 * The first date an Arabic text writes day, month and year, in any of the
 * regions' month names and either set of digits; null when it writes none.
 *
 * @param text Any text.
 */
export function readArabicDate(text: string): ArabicDate | null {
  const pattern = new RegExp(DAY_MONTH_YEAR.source, 'gu');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const date = dateOfMatch(m);
    if (date) return { ...date, index: m.index, text: m[0] };
  }
  return null;
}

/** `readArabicDate` as a chrono-node parser, so it runs beside chrono's own Arabic parsers. */
export const arabicDayMonthYearParser: Parser = {
  pattern: () => DAY_MONTH_YEAR,
  extract: (_context, match) => dateOfMatch(match as RegExpExecArray),
};
