/**
 * What a saved page shows around its headline: the date printed with it
 * ("June 10, 2025 | 13 min read") and the byline, for pages whose metadata
 * does not state them.
 */
import type { Element, RootContent } from 'hast';
import { attr, BLOCK_TAGS, fold, nameWords, textOf } from './html-dom.ts';
import { dateIn } from './infer.ts';

/** The text a reader sees, in document order: each `<h1>` one piece (listed in `headings`), other text in runs. */
export interface VisibleText {
  pieces: string[];
  /** Indexes in `pieces` of the `<h1>` headings. */
  headings: number[];
  /** Indexes in `pieces` that start a line: the first text of a block (a paragraph, a `<div>`, a list item) or after one. */
  blockStarts: Set<number>;
  /** Indexes in `pieces` that start a line outside readers' comments and say "Written by" or "Posted by" (`AUTHOR_LABEL`). */
  authorLabels: number[];
}

/** Characters of text after the headline (and, fewer, before it) searched for the date a page shows with it. */
const DATE_AFTER_HEADLINE_CHARS = 300;
const DATE_BEFORE_HEADLINE_CHARS = 100;

/** The text a page shows after its headline (`DATE_AFTER_HEADLINE_CHARS`) and before it, or null when it has no `<h1>`. */
function aroundHeadline(visible: VisibleText, headline: string | undefined): { after: string; before: string } | null {
  const at = visible.headings.find((i) => visible.pieces[i] === headline) ?? visible.headings[0];
  if (at === undefined) return null;
  let after = '';
  for (let i = at + 1; i < visible.pieces.length && after.length < DATE_AFTER_HEADLINE_CHARS; i++) after += ` ${visible.pieces[i]}`;
  let before = '';
  for (let i = at - 1; i >= 0 && before.length < DATE_BEFORE_HEADLINE_CHARS; i--) before = `${visible.pieces[i]} ${before}`;
  return { after: after.slice(0, DATE_AFTER_HEADLINE_CHARS), before: before.slice(-DATE_BEFORE_HEADLINE_CHARS) };
}

/** The date a page shows by its headline ("June 10, 2025 | 13 min read"), as written, or undefined. */
export function dateByHeadline(visible: VisibleText, headline: string | undefined): string | undefined {
  const around = aroundHeadline(visible, headline);
  if (!around) return undefined;
  return dateIn(around.after)?.text ?? dateIn(around.before)?.text;
}

/** A label that says the date right after it is the publication ("Published", "Posted on:"). */
const PUBLISHED_LABEL = /\b(?:published|posted)(?:\s+on)?\s*:?\s*/giu;

/**
 * The date a page shows after its headline labelled as its publication
 * ("Published Apr 26, 2023 Updated Aug 21, 2025"), as written, or
 * undefined: the page says in words which date it was published, where its
 * metadata may give the date of a later edit or of a move to a new system.
 */
export function publishedByHeadline(visible: VisibleText, headline: string | undefined): string | undefined {
  const after = aroundHeadline(visible, headline)?.after ?? '';
  for (const label of after.matchAll(PUBLISHED_LABEL)) {
    const rest = after.slice(label.index + label[0].length);
    const date = dateIn(rest);
    if (date && rest.startsWith(date.text)) return date.text;
  }
  return undefined;
}

/** Words of class and id names that mark a byline. */
const BYLINE_WORDS: ReadonlySet<string> = new Set(['author', 'authors', 'byline', 'authorname', 'writer', 'contributor']);
/** Words of class and id names that mark readers' comments. */
const COMMENT_WORDS: ReadonlySet<string> = new Set(['comment', 'comments', 'respond', 'reply', 'replies', 'discussion']);
/** A byline names at most this many words: longer text is an author's biography. */
const MAX_BYLINE_WORDS = 6;
/** A byline reads at most this many lines of its element before giving up: later lines are a biography or links. */
const MAX_BYLINE_LINES = 4;
/** A month and a day after a name on the same line ("By Jane Doe December 2, 2025"): the date, not more of the name. */
const MONTH_BEFORE_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? +\d`;
/** A name as a byline writes it: up to five capitalised words, with the particles of family names. */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: +(?!${MONTH_BEFORE_DAY})(?:\p{Lu}[\p{L}.'’-]*|van|de|der|von|da|di|la|le)){0,4}`;
/**
 * "By Jane Doe", "Written by Jane Doe and John Roe", or a line "Author:" or
 * "Contributors" before the names, as a byline under a headline writes it;
 * the names stay on one line, so a role or a date on the next is not read as one.
 */
const NAMES = String.raw`${NAME}(?:(?:, +${NAME})*,? +(?:and|&) +${NAME})?`;
const BY_LINE = new RegExp(
  String.raw`(?:(?:^|\s)(?:(?:[Ww]ritten|WRITTEN|[Ww]ords|[Pp]osted|POSTED) +)?(?:[Bb]y|BY)|(?<=^|\n)(?:[Aa]uthors?|[Aa]uthor\(s\)|[Cc]ontributors?)):?\s+(${NAMES})`,
  'u',
);
/**
 * Words that say who wrote a story wherever a page prints them (at its foot,
 * beside the author's photo): "Written by …" starting a piece of text (inside
 * a sentence it may quote someone else's), or a piece "Author" or "By" alone.
 */
const LABEL_WORDS = String.raw`(?:(?:[Ww]ritten|WRITTEN|[Pp]osted|POSTED|[Ww]ords|[Aa]rticle) (?:by|By|BY)|(?:[Tt]he )?[Aa]uthors?|[Aa]uthor\(s\)|AUTHORS?|[Bb]y|BY)`;
export const AUTHOR_LABEL = new RegExp(String.raw`^(?:(?:[Ww]ritten|WRITTEN|[Pp]osted|POSTED|[Ww]ords|[Aa]rticle) (?:by|By|BY)\b|${LABEL_WORDS}:?$)`);
const LABELLED_NAMES = new RegExp(String.raw`^${LABEL_WORDS}:?\s+(${NAMES})`, 'u');
/** A line that only labels the byline beside it ("By", "Written by", "The Author"), which is not a name. */
const BYLINE_LABEL = /^(?:the )?(?:(?:(?:written|words|posted|article|reviewed|edited) )?by|authors?|author\(s\)|autor|auteur|contributors?|writer|written)$/i;

/**
 * The author a page's byline names: an element marked as the author
 * (`itemprop=author`, `rel=author`, a `byline` or `author` class), else a
 * "By …" line just after the headline, else a "Written by …" line anywhere
 * outside readers' comments. Undefined when there is none.
 */
export function bylineAuthor(bylines: readonly Element[], visible: VisibleText, headline: string | undefined): string | undefined {
  for (const el of bylines) {
    const name = nameInByline(el);
    if (name) return name;
  }
  const at = visible.headings.find((i) => visible.pieces[i] === headline) ?? visible.headings[0];
  const underHeadline = at === undefined ? null : BY_LINE.exec(linesOf(visible, at + 1, at + 8));
  const name = underHeadline && cleanByline(underHeadline[1]!);
  if (name) return name;
  for (const i of visible.authorLabels) {
    const labelled = LABELLED_NAMES.exec(linesOf(visible, i, i + 3));
    const named = labelled && cleanByline(labelled[1]!);
    if (named) return named;
  }
  return undefined;
}

/** The name in an element marked as a byline: its own name element (a link to the author's page), else the first of its lines that reads as a name. */
function nameInByline(el: Element): string | undefined {
  // A byline's name is often its own element beside a label, a role or a date: marked as the name, else a link to the author's page.
  const inside = descendants(el);
  const named = [
    ...inside.filter((n) => /(^|\s)name(\s|$)/i.test(attr(n, 'itemProp') ?? '')),
    ...inside.filter((n) => nameWords(n).includes('name')),
    ...inside.filter((n) => n.tagName === 'a'),
  ];
  for (const n of named) {
    const name = cleanByline(attr(n, 'content') ?? elementLines(n)[0] ?? '');
    if (name) return name;
  }
  const content = attr(el, 'content');
  if (content !== null) return cleanByline(content);
  for (const line of elementLines(el).slice(0, MAX_BYLINE_LINES)) {
    const name = cleanByline(line);
    if (name) return name;
  }
  return undefined;
}

/** The visible pieces `from` up to `to` as a reader sees them: on one line within a block, a line break between blocks. */
function linesOf(visible: VisibleText, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to && i < visible.pieces.length; i++) out += (i === from ? '' : visible.blockStarts.has(i) ? '\n' : ' ') + visible.pieces[i];
  return out;
}

/** The lines of an element's text: each block in it (and each `<br>`) ends one. */
function elementLines(el: Element): string[] {
  const parts: string[] = [];
  const stack: (RootContent | '\n')[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === '\n' || n.type === 'text') parts.push(n === '\n' ? n : n.value);
    else if (n.type === 'element') {
      const block = BLOCK_TAGS.has(n.tagName) || n.tagName === 'br';
      parts.push(block ? '\n' : ' ');
      if (block) stack.push('\n');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return parts.join('').split('\n').map(fold).filter(Boolean);
}

/** Whether an element holds readers' comments or a form: a comment form's "Name" field and a commenter's name are not the article's byline. */
export function isCommentsContainer(el: Element): boolean {
  return el.tagName === 'form' || nameWords(el).some((w) => COMMENT_WORDS.has(w));
}

/** Whether an element is marked as the author (`itemprop=author`, `rel=author`, a `byline` or `author` class). */
export function isMarkedByline(el: Element): boolean {
  const itemProp = attr(el, 'itemProp');
  const rel = attr(el, 'rel');
  if ((itemProp !== null && AUTHOR_NAME.test(itemProp)) || (rel !== null && AUTHOR_NAME.test(rel))) return true;
  return nameWords(el).some((w) => BYLINE_WORDS.has(w));
}

/** `author` as one of the words of an `itemprop` or `rel`. */
const AUTHOR_NAME = /(^|\s)author(\s|$)/i;

/** A byline's text reduced to the name: "By", dates, roles and reading times cut away; undefined when no name is left. */
function cleanByline(text: string): string | undefined {
  let t = fold(text)
    .replace(/^(written |words |posted |reviewed |edited )?by:?\s+/i, '')
    .split(/\s+[|•·⋅–—]\s+|\s+-\s+|,\s+(?=(updated|published|posted|\d))/i)[0]!
    .trim();
  t = t
    .replace(/^(author|authors|autor|auteur)\s*:\s*/i, '')
    .replace(/\s+(last updated|updated|published|posted|reviewed|view|follow|read more)\b.*$/i, '')
    .replace(/^["“'‘]+|["”'’]+$/g, '')
    .replace(/[.,;:]+$/, '');
  // A name has no digits: a line with them is a date or a count.
  if (!t || /\d/.test(t) || !/\p{Lu}/u.test(t) || BYLINE_LABEL.test(t)) return undefined;
  const words = t.split(/\s+/);
  if (words.length > MAX_BYLINE_WORDS || /https?:|@|\bmin(ute)?s? read\b/i.test(t)) return undefined;
  // One or two letters are initials on an avatar or a pronoun; four capitalised words or more are a heading shouted in capitals.
  if ((words.length === 1 && t.length <= 2) || (words.length >= 4 && t === t.toUpperCase())) return undefined;
  return t;
}

/** The elements inside an element, in document order. */
function descendants(outer: Element): Element[] {
  const out: Element[] = [];
  const stack: RootContent[] = [...outer.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'element') continue;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}
