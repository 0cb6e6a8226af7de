/**
 * Reading what raw copy-paste does not state in front matter: the headline
 * and the outlet; and a front-matter date written out. (A date the text
 * states is read by enrich, once the boilerplate pass has found the furniture around it.)
 * Patterns are data; thresholds are named with units.
 */
import * as chrono from 'chrono-node';
import type { Article, Block } from '../../../model/types.ts';
import { datesIn } from './dates.ts';
import { ALL_RIGHTS_RESERVED, sourceLinePattern } from './source-line.ts';

/** Lines that pages put before the headline: navigation, not story. */
export const LEAD_NAVIGATION: readonly RegExp[] = [
  /^skip to (the )?(main )?(content|navigation|article)$/i,
  /^(menu|home|search|subscribe|sign in|log ?in|register|advertisement|close|share|print)$/i,
  /^(home|news)( ?[>»›/|] ?[^>»›/|]{1,40}){1,5}$/i,
  /^(breaking news|live|trending|updated?)[:|]?$/i,
];

/** A headline has at most this many words; longer first lines are lead sentences. */
const MAX_HEADLINE_WORDS = 30;
/** An unpunctuated first line of at most this many words reads as a headline. */
const MAX_PLAIN_HEADLINE_WORDS = 20;
/** Share of capitalised words from which a line reads as Title Case. */
const TITLE_CASE_SHARE = 0.6;
/** A headline made from a lead sentence keeps at most this many words. */
const MADE_HEADLINE_WORDS = 14;
/** A year as a date writes it: four digits, or two after a day and a month ("12/09/24"). */
const WRITTEN_YEAR = /\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/u;
/** Reference instant for reading dates, fixed so that a build never depends on the clock. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

const SMALL_WORDS = new Set(
  'a an and as at but by for from in into of off on onto or over per the to up via vs with is are be was'.split(' '),
);

/** Whether a line reads as a headline rather than a sentence of the story. */
export function readsAsHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_HEADLINE_WORDS) return false;
  if (!/[\p{L}\p{N}]/u.test(line)) return false;
  if (!/[.!?…:;,]["'’”]?$/.test(line) && words.length <= MAX_PLAIN_HEADLINE_WORDS) return true;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^["'‘“(]?[\p{Lu}\p{N}]/u.test(w) || /^\p{Ll}+-\p{Lu}/u.test(w));
  return content.length > 0 && capitalised.length / content.length >= TITLE_CASE_SHARE;
}

/**
 * The index of the block that is the headline of a raw article, or -1.
 * Navigation lines before it are skipped (and left for the boilerplate stage).
 */
export function findHeadline(blocks: Block[]): number {
  for (let i = 0; i < blocks.length && i < 4; i++) {
    const b = blocks[i]!;
    if (LEAD_NAVIGATION.some((re) => re.test(b.text))) continue;
    if (b.kind === 'heading') return i;
    if (b.kind !== 'paragraph') return -1;
    return readsAsHeadline(b.text) && blocks.length > i + 1 ? i : -1;
  }
  return -1;
}

/** A headline made from the lead sentence: appositives dropped, cut at a word boundary. */
export function headlineFromLead(text: string): string {
  const sentence = (text.match(/^.+?[.!?](?=\s+["“‘]?\p{Lu}|\s*$)/u)?.[0] ?? text).trim();
  let s = sentence
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/,\s+(the|a|an|who|which|whose)\s[^,]{1,80},/gi, '')
    .replace(/[.!?]+$/, '')
    .trim();
  const words = s.split(/\s+/);
  if (words.length > MADE_HEADLINE_WORDS) {
    s = words.slice(0, MADE_HEADLINE_WORDS).join(' ').replace(/[,;:–—-]+$/, '') + '…';
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface FoundDate {
  /** ISO `yyyy-mm-dd`. */
  date: string;
  /** The words it was read from. */
  text: string;
}

/**
 * The first complete date in a string (day, month and year all written), or
 * null. Relative dates ("eight days ago", "on Tuesday") need an anchor the
 * text does not give: chrono resolves them against its reference instant,
 * so a date counts only when its words write the year.
 *
 * @param text Any text.
 * @param lang Its BCP 47 tag: dates in its words are read too (`datesIn`; default: English only).
 */
export function dateIn(text: string, lang: string | null = null): FoundDate | null {
  for (const r of datesIn(text, lang, (t, ref) => chrono.strict.parse(t, ref), REFERENCE)) {
    if (!WRITTEN_YEAR.test(r.text)) continue;
    const c = r.start;
    if (!(c.isCertain('day') && c.isCertain('month') && c.isCertain('year'))) continue;
    const y = c.get('year')!;
    const m = c.get('month')!;
    const d = c.get('day')!;
    if (y < 1000 || y > 9999) continue;
    return { date: isoDate(y, m, d), text: r.text.trim() };
  }
  return null;
}

/** Reads a front-matter date value (YAML date, string or year). */
export function frontMatterDate(value: Date | string | number): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') return isoDate(value, 1, 1);
  const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const check = new Date(Date.UTC(y, m - 1, d));
    if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
    return isoDate(y, m, d);
  }
  // A written date must be the whole value: "12025-01-01" is no date, not 2025-01-01.
  const found = dateIn(value.trim());
  return found && found.text.length === value.trim().length ? found.date : null;
}

function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Ways an outlet names itself in its furniture. Each yields the name in
 * group 1. Checked on the last blocks of an article, where furniture sits.
 */
export const SELF_NAMING: readonly { id: string; pattern: RegExp; example: string }[] = [
  {
    id: 'social-follow',
    pattern: /^(?:follow\s+)?(.{2,60}?)\s+on\s+(?:facebook|twitter|x|linkedin|instagram|youtube|telegram|threads|whatsapp)$/i,
    example: 'Boundless Ocean of Politics on Facebook',
  },
  {
    id: 'copyright',
    pattern: new RegExp(
      `^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s+)?(.{2,60}?)[.,]?(?:\\s+(?:${ALL_RIGHTS_RESERVED.join('|')})\\.?)?$`,
      'i',
    ),
    example: '© 2024 The Example Times. All rights reserved.',
  },
  {
    id: 'agency-sign-off',
    pattern: /^(\p{Lu}[\p{L}’'.\- ]{2,70}?(?:news agency|agency|news service|press|wire|newswire))\s*\([\p{Lu}]{2,8}\)$/iu,
    example: 'Mi’raj Islamic News Agency (MINA)',
  },
];

/** How many trailing blocks are searched for the outlet naming itself. */
const TAIL_BLOCKS = 8;

/**
 * The outlet an article's furniture names, or null: by the `SELF_NAMING`
 * rules, and by a source line in the article's language (`SOURCE_WORDS`).
 *
 * @param blocks The article's blocks.
 * @param lang The article's language (default: none, no source line is read).
 */
export function findOutlet(blocks: Block[], lang: string | null = null): string | null {
  const sourceLine = sourceLinePattern(lang);
  const patterns = sourceLine ? [...SELF_NAMING.map((r) => r.pattern), sourceLine] : SELF_NAMING.map((r) => r.pattern);
  const counts = new Map<string, number>();
  for (const b of blocks.slice(-TAIL_BLOCKS)) {
    for (const pattern of patterns) {
      const m = b.text.match(pattern);
      if (m?.[1]) {
        const name = m[1].trim();
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > bestCount) [best, bestCount] = [name, n];
  }
  return best;
}

/** Languages written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

/** Writing direction of a language tag. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** Whether an article's title is a headline it was published under, not one made from its lead or file name. */
export function hasOwnHeadline(article: Pick<Article, 'title' | 'titleSource'>): boolean {
  return article.title.trim() !== '' && (article.titleSource === 'front-matter' || article.titleSource === 'first-line');
}
