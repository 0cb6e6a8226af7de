/**
 * Bylines on a copied page: "By Jane Doe", "Written by Jane Doe | May 3,
 * 2024", "Jane Doe, Political Editor", or a bare name next to the date
 * stamp under the headline. The name becomes the article's `author`.
 */
import { dateIn } from './infer.ts';

/** A byline found on a page. */
export interface FoundByline {
  /** Index of the line among the page's lines. */
  index: number;
  /** The author's name as the byline gives it (names written in capitals are given in capitalised words). */
  author: string;
}

/** Lines searched above the headline for its byline (lines). */
const BYLINE_LINES_BEFORE = 3;
/** Lines searched below the headline for its byline (lines): a kicker, a dek, a stamp may come first. */
const BYLINE_LINES_AFTER = 6;
/** A byline line has at most this many words. */
const MAX_BYLINE_WORDS = 30;
/** A name has at most this many words (several names joined by "and" may have more in all). */
const MAX_NAME_WORDS = 5;

/** "By" and its variants before a name; group 1 is the rest of the line. */
const BY_PREFIX: readonly RegExp[] = [
  /^(?:written|words|story|text|reporting|posted|article|published)\s+by\s*:?\s*(.+)$/iu,
  /^by\s*:?\s+(.+)$/iu,
  /^by(?=\p{Lu}\p{Ll})(.+)$/u, // "ByJane Doe": innerText joins the label and the link
  /^author(?:s|\(s\))?\s*:\s*(.+)$/iu,
];

/** " by Jane Doe" inside a stamp line ("Last updated on 8 April 2024 by Jane Doe"); group 1 is the rest. */
const INNER_BY = /(?:^|[\s|·•])(?<!(?:photo|photos|image|images|illustration|illustrations|video|graphic|graphics|reviewed|edited|checked|design|designed|produced|translated|sponsored|powered|presented)\s)by\s*:?\s+(?=\p{Lu})(.+)$/iu;

/** Where a name ends inside a byline line: a separator, a date, a label. */
const NAME_END =
  /\s*(?:[|·•⋅●/]|\s[–—-]\s|\s(?:on|in|at|for|from|updated|published|last|posted|modified|reviewed|fact|edited|photo|photos|read|min|mins|minutes|comments?)\b|\s\d|\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d)/iu;

/** Labels that innerText glues to a name written in capitals ("JANE DOEPUBLISHED: …"). */
const GLUED_LABEL = /(?<=\p{Lu}{2})(?:PUBLISHED|UPDATED|POSTED|MODIFIED)\b.*$/u;

/** Connectives and particles that may stand in a name or a list of names. */
const NAME_PARTICLES = new Set(['and', '&', 'de', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'la', 'le']);

/** A capitalised word of a name, an initial, or a name in capitals. */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{Lu}'’.-]*|\p{Lu}\.)$/u;

/** Letters after a name's comma that are credentials, not a role ("Ph.D.", "MD", "RD", "E-RYT 200"). */
const CREDENTIAL = /^(?:\p{Lu}[\p{L}.-]{0,7}(?:\s\d{2,4})?|Ph\.?\s?D\.?|Jr\.?|Sr\.?)$/u;

/** Words a role has, so that "Jane Doe, Political Editor" keeps the name only. */
const ROLE_WORD = /\b(?:editor|reporter|writer|correspondent|columnist|contributor|founder|co-founder|ceo|coo|cto|expert|analyst|director|manager|producer|staff|team|desk|chief|head|lead|senior|specialist|author|journalist|critic|officer|president)\b/iu;

/** Whether a run of words reads as one person's name or a few names. */
function readsAsNames(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const names = words.filter((w) => !NAME_PARTICLES.has(w.toLowerCase()) && w !== ',');
  if (names.length === 0 || names.length > MAX_NAME_WORDS * 2) return false;
  if (!NAME_WORD.test(words[0]!) || !NAME_WORD.test(words[words.length - 1]!)) return false;
  return names.every((w) => NAME_WORD.test(w.replace(/,$/u, '')));
}

/** A name written in capitals, in capitalised words ("JANE DOE" → "Jane Doe"). */
function unshout(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The names at the start of `rest`, with credentials after a comma; null when it does not start with a name. */
function leadingNames(rest: string): string | null {
  const cut = rest.replace(GLUED_LABEL, '');
  const end = NAME_END.exec(cut);
  const span = (end ? cut.slice(0, end.index) : cut).trim().replace(/[,;:.]+$/u, (m) => (/\p{Lu}\.$/u.test(cut.slice(0, end?.index)) ? m : ''));
  const parts = span.split(/\s*,\s*/u);
  const kept: string[] = [];
  for (const [i, part] of parts.entries()) {
    const words = part.split(/\s+/u).filter(Boolean);
    if (i > 0 && CREDENTIAL.test(part) && !ROLE_WORD.test(part)) kept.push(part);
    else if (readsAsNames(words) && !(i > 0 && ROLE_WORD.test(part))) kept.push(part);
    else break;
  }
  if (kept.length === 0) return null;
  const name = kept.join(', ').replace(/\s+and$/u, '');
  return unshout(name);
}

/**
 * The author a byline line names ("By Jane Doe", "Written by Jane Doe |
 * 3 May 2024", "Updated 3 May 2024 by Jane Doe"), or null when the line is
 * not a byline.
 */
export function bylineAuthor(text: string): string | null {
  if (text.split(/\s+/u).length > MAX_BYLINE_WORDS) return null;
  for (const prefix of BY_PREFIX) {
    const m = prefix.exec(text);
    if (m) return leadingNames(m[1]!);
  }
  const inner = INNER_BY.exec(text);
  // Inside a line, "by" is a byline only in a stamp: with a date or a label before it.
  if (inner && (dateIn(text) !== null || /\b(?:posted|published|updated|written)\b/iu.test(text.slice(0, inner.index)))) {
    return leadingNames(inner[1]!);
  }
  return null;
}

/** A line that is a person's name alone, or a name before a date ("Jane Doe March 3, 2024"); the name or null. */
export function bareName(text: string): string | null {
  const date = dateIn(text);
  const head = date ? text.slice(0, text.indexOf(date.text)).trim() : text;
  if (!head || /\d/u.test(head)) return null;
  const words = head.split(/\s+/u);
  if (words.length < 2 || words.length > MAX_NAME_WORDS + 3) return null;
  return leadingNames(head) === null ? null : leadingNames(head);
}

/**
 * The byline near the headline (line `headline`, or the start of the page
 * when -1): an explicit byline nearest below the headline, else above it;
 * else a bare name next to a date stamp (or written before a date).
 *
 * @param lines The page's lines.
 * @param headline Index of the headline line, or -1.
 * @param isStamp Whether a line is a date stamp.
 */
export function findByline(lines: readonly string[], headline: number, isStamp: (text: string) => boolean): FoundByline | null {
  const from = Math.max(0, headline - BYLINE_LINES_BEFORE);
  const to = Math.min(lines.length - 1, (headline < 0 ? 0 : headline) + BYLINE_LINES_AFTER);
  const order: number[] = [];
  for (let i = headline + 1; i <= to; i++) order.push(i);
  for (let i = headline - 1; i >= from; i--) order.push(i);
  for (const i of order) {
    const author = bylineAuthor(lines[i]!);
    if (author) return { index: i, author };
  }
  for (const i of order) {
    const text = lines[i]!;
    const name = bareName(text);
    if (!name) continue;
    const dated = dateIn(text) !== null;
    const nextToStamp = (lines[i + 1] !== undefined && isStamp(lines[i + 1]!)) || (i - 1 !== headline && lines[i - 1] !== undefined && isStamp(lines[i - 1]!));
    if ((dated || nextToStamp) && lines.filter((l) => l === text).length === 1) return { index: i, author: name };
  }
  return null;
}
