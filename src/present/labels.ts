/** Labels shown to readers, made without the machine's locale or clock, so builds are reproducible. */
import type { DateSource } from '../model/types.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `2024-12-09` → `9 December 2024`. */
export function dateLabel(iso: string | null): string {
  if (!iso) return 'Undated';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** `2024-12` → `December 2024`. */
export function monthLabel(year: number, month: number): string {
  return `${MONTHS[month - 1]} ${year}`;
}

/** A date range, shortened when both ends share a month or year. */
export function rangeLabel(start: string | null, end: string | null): string {
  if (!start || !end) return dateLabel(start ?? end);
  if (start === end) return dateLabel(start);
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${MONTHS[m1 - 1]} ${y1}`;
  if (y1 === y2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y1}`;
  return `${dateLabel(start)} – ${dateLabel(end)}`;
}

/** Right-to-left letters, which reorder the English words around a quote of them unless the quote is isolated. */
const RTL_LETTERS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Words quoted in an English label, set apart by first-strong isolates when they hold right-to-left letters, so each side keeps its order. */
function isolated(words: string): string {
  return RTL_LETTERS.test(words) ? `\u2068${words}\u2069` : words;
}

/** Where a date came from, as the article page says it. */
export function dateNote(source: DateSource, text: string | null): string {
  switch (source) {
    case 'front-matter':
      return 'date given in the front matter';
    case 'text':
      return text ? `date stated in the text (“${isolated(text)}”)` : 'date stated in the text';
    case 'event':
      return 'the article states no date; this is the date of the earliest dated report of its event';
    case 'copyright':
      return `the article states no date; its page’s copyright line gives the year (“${text}”)`;
    default:
      return 'the article states no date, and no report of its event does';
  }
}

/** "1 report", "3 reports". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Cuts text at a word boundary. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const i = cut.lastIndexOf(' ');
  return `${(i > max / 2 ? cut.slice(0, i) : cut).replace(/[,;:.\s]+$/, '')}…`;
}

/** `2024-12` month names, short: `Dec`. */
export function shortMonth(month: number): string {
  return MONTHS[month - 1]!.slice(0, 3);
}

/** "A", "A and B", "A, B and C". */
export function listLabel(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A sentence from a phrase: first letter up, full stop at the end. */
export function sentence(text: string): string {
  const t = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** "540 words, about 3 minutes". */
export function lengthLabel(words: number, wordsPerMinute: number): string {
  const minutes = Math.max(1, Math.round(words / wordsPerMinute));
  return `${count(words, 'word')}, about ${count(minutes, 'minute')}`;
}

