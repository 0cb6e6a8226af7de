/**
 * Bylines on a copied page: "By Jane Doe", "Written by Jane Doe | May 3,
 * 2024", "Jane Doe, Political Editor", "By" on a line and the name on the
 * next, or a bare name by the headline or by its date stamp. The name
 * becomes the article's `author`.
 */
import { dateIn } from './infer.ts';

/** A byline found on a page. */
export interface FoundByline {
  /** Index of the line among the page's lines. */
  index: number;
  /** The author's name as the byline gives it (names written in capitals are given in capitalised words). */
  author: string;
}

/** Lines searched above the headline for an explicit byline (lines). */
const BYLINE_LINES_BEFORE = 6;
/** Lines searched below the headline for an explicit byline (lines): a dek, a stamp, a caption may come first. */
const BYLINE_LINES_AFTER = 8;
/** Lines around the headline searched for a bare name by a date stamp (lines, each side). */
const BARE_NAME_LINES = 4;
/** Times a bare name by a date stamp may stand on the page: the byline, the author's box under the story, and a link to more of their stories. */
const BARE_NAME_USES = 3;
/** A byline line has at most this many words. */
const MAX_BYLINE_WORDS = 30;
/** A name has at most this many words (several names joined by "and" may have more in all). */
const MAX_NAME_WORDS = 5;

/** A byline's label on a line of its own ("By", "Written by", "Author"), its name on the next. */
export const BY_LABEL = /^(?:(?:written|posted|words|story|text|reviewed)\s+)?by:?$|^(?:article\s+written\s+by|authors?|contributors?)\s*:?$/iu;

/** "By" and its variants before a name; group 1 is the rest of the line. */
const BY_PREFIX: readonly RegExp[] = [
  // innerText may give the label's "by" twice, the label's and the link's ("Written byby Jane Doe").
  /^(?:written|words|story|text|reporting|posted|article|published)\s+by(?:\s*by)?\s*:?\s*(.+)$/iu,
  /^by\s*:?\s+(.+)$/iu,
  /^[Bb]y(?=\p{Lu}\p{Ll})(.+)$/u, // "ByJane Doe": innerText joins the label and the link
  /^(?:author(?:s|\(s\))?|contributors?)\s*:\s*(.+)$/iu,
];

/** " by Jane Doe" inside a stamp line ("Last updated on 8 April 2024 by Jane Doe"); group 1 is the rest. */
const INNER_BY =
  /(?:^|[\s|·•])(?<!(?:photo|photos|image|images|illustration|illustrations|video|graphic|graphics|reviewed|edited|checked|design|designed|produced|translated|sponsored|powered|presented)\s)by\s*:?\s+(?=\p{Lu})(.+)$/iu;

/** Words that end a name in a byline line: labels, and a month before its day. */
const LABEL_WORDS = 'updated|published|last|posted|modified|reviewed|edited|follow|share|comments?';
const MONTHS = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/** Where a name ends inside a byline line: a separator, a dash before a number ("Jane Doe—5 min read"), a date, a label. */
const NAME_END = new RegExp(
  `\\s*(?:[|·•⋅●/]|\\s[–—-]\\s|[–—](?=\\s*\\d)|\\s(?:on|in|at|for|from|fact|photo|photos|read|min|mins|minutes|${LABEL_WORDS})\\b|\\s\\d|\\s${MONTHS}\\s+\\d)`,
  'iu',
);

/**
 * Labels and dates that innerText glues to the end of a name: "JANE
 * DOEPUBLISHED: …", "Jane Doelast updated", "Jane DoeNovember 3, 2025",
 * "Jane DoeFollow". They are parted from the name by a space.
 */
const GLUED = new RegExp(
  `(?<=\\p{Lu}{2})(?=(?:PUBLISHED|UPDATED|POSTED|MODIFIED|LAST)\\b)|(?<=\\p{Ll})(?=(?:last|updated|published|posted)\\b)|(?<=\\p{Ll})(?=(?:Updated|Published|Posted|Last|Follow|Share|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*\\b)`,
  'gu',
);

/** Connectives and particles that may stand in a name or a list of names. */
const NAME_PARTICLES = new Set(['and', '&', 'de', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'la', 'le']);

/** A capitalised word of a name, an initial, or a name in capitals. */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{Lu}'’.-]*|\p{Lu}\.)$/u;

/** Letters after a name's comma that are credentials, not a role ("Ph.D.", "MD", "RD", "E-RYT 200"). */
const CREDENTIAL = /^(?:\p{Lu}[\p{L}.®-]{0,7}(?:\s\d{2,4})?|Ph\.?\s?D\.?|Jr\.?|Sr\.?)$/u;

/** Words a role has, so that "Jane Doe, Political Editor" keeps the name only. */
const ROLE_WORD =
  /\b(?:editor|reporter|writer|correspondent|columnist|contributor|founder|co-founder|ceo|coo|cto|expert|analyst|director|manager|producer|staff|desk|chief|head|lead|senior|executive|specialist|author|journalist|critic|officer|president)\b/iu;

/** The last word of a byline that names a newsroom, not a person ("Reuters Staff", "News Desk", "Podium Team"). */
const COLLECTIVE = /^(?:staff|desk|team|editors|newsroom)$/iu;

/** Words of a share bar or a menu, capitalised like names ("Email Print Facebook Pinterest X"): no name has them. */
const SHARE_WORDS = new Set(['email', 'e-mail', 'print', 'share', 'facebook', 'twitter', 'pinterest', 'linkedin', 'whatsapp', 'reddit', 'telegram', 'instagram', 'youtube', 'tiktok', 'threads', 'bluesky', 'copy', 'link', 'menu', 'search', 'home', 'login', 'subscribe']);

/** Whether a run of words reads as one person's name or a few names. */
function readsAsNames(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  if (words.some((w) => SHARE_WORDS.has(w.toLowerCase()))) return false;
  const names = words.filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
  if (names.length === 0 || names.length > MAX_NAME_WORDS * 2) return false;
  if (!NAME_WORD.test(words[0]!) || !NAME_WORD.test(words[words.length - 1]!)) return false;
  return names.every((w) => NAME_WORD.test(w));
}

/** A name written in capitals, in capitalised words ("JANE DOE" → "Jane Doe"). */
function unshout(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The part of a byline where its names are: glued labels parted, cut at the first separator, date or label. */
function nameSpan(rest: string): string {
  const parted = rest.replace(GLUED, ' ');
  const end = NAME_END.exec(parted);
  const span = (end ? parted.slice(0, end.index) : parted).trim();
  // A trailing full stop ends the line, unless it closes an initial or a credential ("Ph.D.").
  return span.replace(/[,;:]+$/u, '').replace(/(?<=\p{Ll}{2})\.$/u, '');
}

/** The names a span starts with, with credentials after a comma, and how many of its words they take. */
function namesOf(span: string): { name: string; words: number } | null {
  const parts = span.split(/\s*,\s*/u);
  const kept: string[] = [];
  let taken = 0;
  for (const [i, part] of parts.entries()) {
    // The last of several names may follow its comma with "and" ("Jane Doe, Tom Roe, and Ann Poe").
    const joined = i > 0 && /^(?:and|&)\s/u.test(part);
    const all = part.split(/\s+/u).filter(Boolean).slice(joined ? 1 : 0);
    // A role written after the name without a comma ("Jane Doe Senior Editor") ends it; "Staff" or "Desk" ending it is a collective byline's.
    const role = all.findIndex((w, k) => k > 0 && ROLE_WORD.test(w) && !(k === all.length - 1 && COLLECTIVE.test(w)));
    const words = role > 0 && i === 0 ? all.slice(0, role) : all;
    if (i > 0 && CREDENTIAL.test(part) && !ROLE_WORD.test(part)) kept.push(part);
    else if (readsAsNames(words) && !(i > 0 && ROLE_WORD.test(part))) kept.push(`${joined ? `${part.split(/\s/u)[0]} ` : ''}${words.join(' ')}`);
    else break;
    taken += words.length + (joined ? 1 : 0);
    if (words.length < all.length) break;
  }
  if (kept.length === 0) return null;
  return { name: unshout(kept.join(', ').replace(/\s+(?:and|&)$/u, '')), words: taken };
}

/**
 * The names at the start of a byline's text, or null when it does not start
 * with a name, or when a sentence runs on after it ("By Tuesday, most of
 * the roads had reopened").
 */
function leadingNames(rest: string): string | null {
  const span = nameSpan(rest);
  const found = namesOf(span);
  if (!found) return null;
  const left = span.split(/[\s,]+/u).filter(Boolean).slice(found.words);
  if (left.length > 0 && /^\p{Ll}/u.test(left[0]!)) return null;
  return found.name;
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

/**
 * A line that is a person's name alone, or a name and a date ("Jane Doe
 * March 3, 2024", "Mar 3, 2024 · Jane Doe"); the name, or null. The whole
 * line apart from the date and its labels must be the name: "Last updated"
 * names no Mr Last.
 */
export function bareName(text: string): string | null {
  const date = dateIn(text.replace(/((?:19|20)\d{2})(?=\p{L})/gu, '$1 '));
  const at = date ? text.indexOf(date.text) : -1;
  const sides = at < 0 ? [text] : [text.slice(0, at), text.slice(at + date!.text.length).replace(/^[\s|·•,-]+/u, '')];
  // A stamp line parts its facts with dots or bars ("December 15, 2025 · 30 min · Jane Doe"): each part may be the name.
  const pieces = at < 0 ? sides : sides.flatMap((side) => {
    const parts = side.split(/\s*[|·•]\s*/u);
    return parts.length > 1 ? [side, ...parts] : [side];
  });
  for (const piece of pieces) {
    // Lower-case words other than particles make a line a phrase, not a name.
    if (piece.replace(GLUED, ' ').split(/\s+/u).some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w))) continue;
    const span = nameSpan(piece);
    const words = span.split(/\s+/u).filter(Boolean);
    if (words.length < 2 || words.length > MAX_NAME_WORDS + 3 || /\d/u.test(span)) continue;
    const found = namesOf(span);
    if (found && found.words === span.split(/[\s,]+/u).filter(Boolean).length) return found.name;
    // "Jane Doe, Print Managing Editor": the name, then its role after the comma.
    const [first, ...role] = span.split(/\s*,\s*/u);
    const named = role.length > 0 && ROLE_WORD.test(role.join(' ')) ? namesOf(first!) : null;
    if (named && named.words === first!.split(/\s+/u).length) return named.name;
  }
  return null;
}

/**
 * Whether none of a name's words is written in lower case elsewhere on the
 * page, as a common word would be. Credentials after a comma ("MS, RD")
 * are not asked: a page may well write "3rd" or "ms".
 */
function unlikeCommonWords(name: string, pageWords: ReadonlySet<string>): boolean {
  const parts = name.split(/\s*,\s*/u).filter((part, i) => i === 0 || !CREDENTIAL.test(part));
  const words = parts.flatMap((part) => part.split(/\s+/u)).filter(Boolean);
  return words.every((w) => !pageWords.has(w.toLowerCase()) || NAME_PARTICLES.has(w.toLowerCase()));
}

/**
 * The byline near the headline (line `headline`, or the start of the page
 * when -1): an explicit byline nearest below the headline, else above it;
 * else a bare name (none of whose words the page writes in lower case, as
 * it would a common word) next to a date stamp or under the headline.
 *
 * @param lines The page's lines.
 * @param headline Index of the headline line, or -1.
 * @param isStamp Whether a line is a date stamp.
 */
export function findByline(lines: readonly string[], headline: number, isStamp: (text: string) => boolean): FoundByline | null {
  const around = (before: number, after: number) => {
    const order: number[] = [];
    for (let i = headline + 1; i <= Math.min(lines.length - 1, Math.max(headline, 0) + after); i++) order.push(i);
    for (let i = headline - 1; i >= Math.max(0, headline - before); i--) order.push(i);
    return order;
  };
  for (const i of around(BYLINE_LINES_BEFORE, BYLINE_LINES_AFTER)) {
    const author = bylineAuthor(lines[i]!);
    if (author) return { index: i, author };
    const next = lines[i + 1];
    if (BY_LABEL.test(lines[i]!) && next !== undefined && i + 1 !== headline) {
      const name = leadingNames(next);
      if (name) return { index: i + 1, author: name };
    }
  }
  // Words of addresses and handles ("russell@…", "@russellm") are not common words, however they are written.
  const prose = lines.join(' ').replace(/\S*[@/]\S*/gu, ' ');
  const pageWords = new Set(prose.match(/\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
  // How often a line stands on the page, a line doubled in place counted once.
  const uses = (text: string) => lines.filter((l, k) => l === text && lines[k - 1] !== text).length;
  for (const i of around(BARE_NAME_LINES, BARE_NAME_LINES)) {
    const text = lines[i]!;
    const name = bareName(text);
    // By a date stamp a name may stand again, in the author's box under the story; a name listed more often is a list's.
    if (!name || uses(text) > BARE_NAME_USES || !unlikeCommonWords(name, pageWords)) continue;
    const dated = dateIn(text) !== null;
    const byStamp = [i - 1, i + 1].some((j) => j !== headline && lines[j] !== undefined && isStamp(lines[j]!));
    if (dated || byStamp) return { index: i, author: name };
  }
  const under = lines[headline + 1];
  // Right under the headline, as by a stamp, the name may stand again in the author's box under the story.
  if (headline >= 0 && under !== undefined && uses(under) <= BARE_NAME_USES) {
    const name = bareName(under);
    if (name && !dateIn(under) && unlikeCommonWords(name, pageWords)) return { index: headline + 1, author: name };
  }
  return labelledAnywhere(lines);
}

/** "Written by" or "Article by" that a page prints at the foot of a story, a label no comment or list gives. */
const WRITTEN_LABEL = /^article\s+(?:written\s+)?by\s*:?$|^(?:article\s+)?written\s+by\b/iu;

/**
 * A byline the page labels "Written by" (or "Article by") anywhere, as
 * pages print it at the foot of a story or in the author's box: "Written by
 * Jane Doe" on one line, or the label on its own and the name on the next.
 * A bare "By" far from the headline is not asked: lists of other stories
 * and comments write it too.
 */
function labelledAnywhere(lines: readonly string[]): FoundByline | null {
  for (const [i, line] of lines.entries()) {
    if (!WRITTEN_LABEL.test(line)) continue;
    const author = bylineAuthor(line);
    if (author) return { index: i, author };
    const next = lines[i + 1];
    const name = BY_LABEL.test(line) && next !== undefined ? leadingNames(next) : null;
    if (name) return { index: i + 1, author: name };
  }
  return null;
}
