/**
 * One walk over a saved page for the readers of its metadata: the elements
 * each of them looks at (meta tags, JSON-LD, `<title>`, `<time>`…), the
 * text a reader sees, and the elements marked as a byline, gathered in
 * document order, so that no reader walks the whole page again.
 */
import type { Element, Root, RootContent } from 'hast';
import { attr, BLOCK_TAGS, fold, textOf } from './html-dom.ts';
import { AUTHOR_LABEL, isCommentsContainer, isMarkedByline, type VisibleText } from './html-byline.ts';
import { DROPPED_TAGS, isHidden } from './html-furniture.ts';

/** What the metadata readers use of a page, each list in document order. */
export interface PageWalk {
  metas: Element[];
  /** `<script type="application/ld+json">` elements. */
  jsonLd: Element[];
  /** The first `<title>`, `<html>` and `<link rel=canonical>`. */
  title: Element | undefined;
  html: Element | undefined;
  canonical: Element | undefined;
  /** `<time>` elements and elements marked `itemprop=datePublished`. */
  times: Element[];
  /** Elements marked as the author that a reader sees, outside readers' comments. */
  bylines: Element[];
  visible: VisibleText;
}

/** A node to visit is shown to a reader… */
const SHOWN = 1;
/** …and is outside readers' comments. */
const OUTSIDE_COMMENTS = 2;

/** A node the walk visits after a block's children: the text after it starts a new block. */
const BLOCK_END: RootContent = { type: 'comment', value: '' };

/** Gathers what the metadata readers use, in one walk of the page. */
export function walkPage(tree: Root): PageWalk {
  const found: PageWalk = { metas: [], jsonLd: [], title: undefined, html: undefined, canonical: undefined, times: [], bylines: [], visible: { pieces: [], headings: [], blockStarts: new Set(), authorLabels: [] } };
  const nodes: RootContent[] = [];
  const flags: number[] = [];
  for (let i = tree.children.length - 1; i >= 0; i--) {
    nodes.push(tree.children[i]!);
    flags.push(SHOWN | OUTSIDE_COMMENTS);
  }
  const visible = found.visible;
  let blockStart = true;
  while (nodes.length) {
    const n = nodes.pop()!;
    let flag = flags.pop()!;
    if (n.type === 'text') {
      // Most text between elements is only the markup's indentation: it is passed over without folding it.
      const t = flag & SHOWN && /\S/.test(n.value) ? fold(n.value) : '';
      if (!t) continue;
      if (blockStart) visible.blockStarts.add(visible.pieces.length);
      // A label starts a line: "by" between a sentence's links credits someone the story quotes.
      if (blockStart && flag & OUTSIDE_COMMENTS && AUTHOR_LABEL.test(t)) visible.authorLabels.push(visible.pieces.length);
      visible.pieces.push(t);
      blockStart = false;
      continue;
    }
    if (n === BLOCK_END) blockStart = true;
    if (n.type !== 'element') continue;
    // A block's text and the text after it are lines of their own, as a reader sees them.
    if (BLOCK_TAGS.has(n.tagName) || n.tagName === 'br') {
      blockStart = true;
      nodes.push(BLOCK_END);
      flags.push(flag);
    }
    gather(n, found);
    if (flag & SHOWN && (DROPPED_TAGS.has(n.tagName) || isHidden(n))) flag &= ~SHOWN;
    if (flag & OUTSIDE_COMMENTS && isCommentsContainer(n)) flag &= ~OUTSIDE_COMMENTS;
    if (flag & OUTSIDE_COMMENTS && isMarkedByline(n) && !DROPPED_TAGS.has(n.tagName) && !isHidden(n)) found.bylines.push(n);
    if (flag & SHOWN && n.tagName === 'h1') {
      // A heading is one piece of visible text; the text inside it is not read again.
      const text = textOf(n);
      if (text) visible.blockStarts.add(visible.pieces.length);
      if (text) visible.headings.push(visible.pieces.push(text) - 1);
      flag &= ~SHOWN;
    }
    // Metadata is read wherever it is, in hidden parts and comments too: every element is walked.
    for (let i = n.children.length - 1; i >= 0; i--) {
      nodes.push(n.children[i]!);
      flags.push(flag);
    }
  }
  return found;
}

function gather(el: Element, found: PageWalk): void {
  switch (el.tagName) {
    case 'meta':
      found.metas.push(el);
      break;
    case 'script':
      if (/ld\+json/i.test(attr(el, 'type') ?? '')) found.jsonLd.push(el);
      break;
    case 'title':
      found.title ??= el;
      break;
    case 'html':
      found.html ??= el;
      break;
    case 'link':
      if (!found.canonical && /(^|\s)canonical(\s|$)/i.test(attr(el, 'rel') ?? '')) found.canonical = el;
      break;
  }
  if (el.tagName === 'time' || /datepublished/i.test(attr(el, 'itemProp') ?? '')) found.times.push(el);
}
