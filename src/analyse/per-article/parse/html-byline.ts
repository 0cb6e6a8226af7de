/**
 * What a saved page shows around its headline: the date printed with it
 * ("June 10, 2025 | 13 min read") and the byline, for pages whose metadata
 * does not state them.
 */
import type { Element, RootContent } from 'hast';
import { attr, fold, nameWords, textOf } from './html-dom.ts';
import { dateIn } from './infer.ts';

/** The text a reader sees, in document order: each `<h1>` one piece (listed in `headings`), other text in runs. */
export interface VisibleText {
  pieces: string[];
  /** Indexes in `pieces` of the `<h1>` headings. */
  headings: number[];
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
/** "By Jane Doe" as a byline under a headline writes it: up to four capitalised words. */
const BY_LINE = /(?:^|\s)(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Pp]osted by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|de|der|von|da|di|la|le)){0,4})/u;

/**
 * The author a page's byline names: an element marked as the author
 * (`itemprop=author`, `rel=author`, a `byline` or `author` class), else a
 * "By …" line just after the headline. Undefined when there is none.
 */
export function bylineAuthor(bylines: readonly Element[], visible: VisibleText, headline: string | undefined): string | undefined {
  for (const el of bylines) {
    // A byline's name is often its own element (a link to the author's page) beside a role or a date.
    const named = descendants(el).find((n) => /(^|\s)name(\s|$)/i.test(attr(n, 'itemProp') ?? '') || n.tagName === 'a');
    const name = (named && cleanByline(attr(named, 'content') ?? textOf(named))) || cleanByline(attr(el, 'content') ?? textOf(el));
    if (name) return name;
  }
  const at = visible.headings.find((i) => visible.pieces[i] === headline) ?? visible.headings[0];
  if (at === undefined) return undefined;
  const after = visible.pieces.slice(at + 1, at + 8).join(' ');
  const m = BY_LINE.exec(after);
  return m ? cleanByline(m[1]!) : undefined;
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
  if (!t || /\d/.test(t) || !/\p{Lu}/u.test(t)) return undefined;
  if (t.split(/\s+/).length > MAX_BYLINE_WORDS || /https?:|@|\bmin(ute)?s? read\b/i.test(t)) return undefined;
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
