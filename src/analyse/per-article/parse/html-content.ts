/**
 * The main content of a saved page: active content dropped, furniture named
 * and set aside, then the article element chosen: the page's declared
 * `articleBody`, `<article>` or `<main>` when it holds the densest prose
 * (or most of as much), else the element with the densest prose, scored as
 * Readability scores it (text length, commas, link density).
 */
import type { Element, Root, RootContent } from 'hast';
import { attr, measure, measureOnDemand, REMOVED_TAG, textOf, walk, type Measure } from './html-dom.ts';
import { densest, withSiblings } from './html-density.ts';
import { revealStreamed } from './html-streamed.ts';
import { DROPPED_TAGS, furnitureRule, isHidden, type FurnitureRule } from './html-furniture.ts';
import { holdsSavedImage, markSavedImages, MEDIA_PROPERTY } from './html-images.ts';
import type { PageImage } from '../../../model/types.ts';

/** A hidden element holding this many characters of paragraphs is story a script reveals (React streams its pages so). */
const HIDDEN_STORY_PROSE = 500;
/** A declared article element is taken when it holds at least this share of the best-scored element's prose. */
const MIN_DECLARED_PROSE_SHARE = 0.6;
/** A container inside the story whose text is more than this share link text is a list of links. */
const MAX_LINK_DENSITY = 0.5;
/** A paragraph mostly of links is a line of links ("Read more: …") when shorter than this; longer, it is prose that cites. */
const LINK_LINE_MAX_CHARS = 100;
/** …unless it holds at least this many characters of text that is not link text. */
const LINK_LIST_MAX_PLAIN_CHARS = 200;

/** Containers checked for being lists of links once the story is chosen. */
const LINK_LIST_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table']);

/** How the main content was found. */
export type ContentChoice = 'article-body' | 'article' | 'main' | 'density' | 'body';

/** The elements holding a page's story, in document order, and how they were found. */
export interface MainContent {
  roots: Element[];
  choice: ContentChoice;
}

/** How to look for a page's story. */
export interface ContentOptions {
  /**
   * Whether furniture is also named by its role and class and id names, not
   * only by its tag (default: `true`). Without, a page whose own container
   * has a furniture-like name (`sidebar-layout`) keeps its story.
   */
  byName?: boolean;
  /** The pictures saved beside the page: an `<img>` showing one of them is kept (default: none). */
  images?: readonly PageImage[];
}

/**
 * Finds the story of a parsed page. The tree is changed: active content is
 * removed and furniture replaced by `REMOVED_TAG` stand-ins.
 */
export function mainContent(tree: Root, options: ContentOptions = {}): MainContent {
  const body = (findFirst(tree, 'body') ?? findFirst(tree, 'html')) as Element | undefined;
  if (!body) return { roots: [], choice: 'body' };
  revealStreamed(body);
  markSavedImages(body, options.images ?? []);
  dropActive(body);
  // Each pass asks for the measures of an element before it changes anything inside it, so they are taken as asked.
  dropHidden(body, measureOnDemand());
  unwrapLayoutTables(body);
  setAsideFurniture(body, measureOnDemand(), options.byName ?? true);
  const m = measure(body);
  const best = densest(body, m);
  const declared = declaredArticle(body, m);
  let roots: Element[];
  let choice: ContentChoice;
  if (declared && (!best || contains(declared.el, best.best) || m.get(declared.el)!.prose >= MIN_DECLARED_PROSE_SHARE * m.get(best.best)!.prose)) {
    roots = [declared.el];
    choice = declared.choice;
  } else if (best) {
    roots = withSiblings(best, m);
    choice = 'density';
  } else {
    roots = [body];
    choice = 'body';
  }
  // The roots are apart from each other, so what is set aside in one leaves the measures of the next as they were.
  for (const r of roots) setAsideLinkLists(r, m);
  return { roots, choice };
}

function findFirst(tree: Root | Element, tag: string): Element | undefined {
  const stack: (Root | RootContent)[] = [tree];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'element' && n.tagName === tag) return n;
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return undefined;
}

/** Removes scripts, styles, frames, forms' controls, media (but the pictures saved with the page) and comments. */
function dropActive(body: Element): void {
  const kept = (c: Element): boolean => !DROPPED_TAGS.has(c.tagName) || (c.tagName === 'img' && Boolean(c.properties?.[MEDIA_PROPERTY]));
  const clean = (el: Element): void => {
    // Most elements hold nothing to drop: their list of children is left as it is, not copied.
    if (el.children.every((c) => c.type === 'text' || (c.type === 'element' && kept(c)))) return;
    el.children = el.children.filter((c) => c.type === 'text' || (c.type === 'element' && kept(c)));
  };
  clean(body);
  walk(body, (el) => {
    clean(el);
    return true;
  });
}

/**
 * Removes what the page does not show, unless it holds the story: pages built
 * by scripts save their text in hidden elements that the scripts reveal.
 */
function dropHidden(body: Element, measureOf: (el: Element) => Measure): void {
  walk(body, (el, parent, i) => {
    if (!isHidden(el) || measureOf(el).prose >= HIDDEN_STORY_PROSE) return true;
    parent.children.splice(i, 1);
    return 'removed';
  });
}

/**
 * Tables that lay a page out (a cell holding paragraphs, lists or another
 * table) become plain containers, so that a story set in one is read as text.
 */
function unwrapLayoutTables(body: Element): void {
  const tables: Element[] = [];
  walk(body, (el) => {
    if (el.tagName === 'table') tables.push(el);
    return true;
  });
  for (const table of tables.reverse()) {
    let layout = false;
    walk(table, (el) => {
      if (['p', 'div', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'blockquote', 'article'].includes(el.tagName)) layout = true;
      return !layout;
    });
    if (!layout) continue;
    table.tagName = 'div';
    walk(table, (el) => {
      if (['tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup'].includes(el.tagName)) el.tagName = 'div';
      return el.tagName !== 'table';
    });
  }
}

/** Replaces each piece of furniture by a stand-in that keeps its text and the rule's reason. */
function setAsideFurniture(body: Element, measureOf: (el: Element) => Measure, byName: boolean): void {
  walk(body, (el, parent, i) => {
    const named = furnitureRule(el, byName);
    if (!named || measureOf(el).prose > named.maxProse) return true;
    // A caption is kept with its picture when the picture is kept.
    if (named.rule.id === 'html/caption' && parent.tagName === 'figure' && holdsSavedImage(parent)) return true;
    parent.children[i] = standIn(el, named.rule);
    return false;
  });
}

/** What replaces set-aside furniture: a stand-in with its rule and text. */
function standIn(el: Element, rule: Pick<FurnitureRule, 'id' | 'reason'>): Element {
  return { type: 'element', tagName: REMOVED_TAG, properties: { dataRule: rule.id, dataReason: rule.reason, dataText: textOf(el) }, children: [] };
}

/**
 * Inside the story, containers that are mostly links (lists of other
 * stories, tag clouds, link rows), and lists of teasers: cards of a linked
 * headline, a line of summary and a date, one per other story.
 */
function setAsideLinkLists(root: Element, m: Map<Element, Measure>): void {
  const rootChars = m.get(root)!.chars;
  walk(root, (el, parent, i) => {
    if (m.get(el)!.chars < MAX_TEASERS_SHARE * rootChars && isTeaserList(el, m)) {
      parent.children[i] = standIn(el, { id: 'html/teasers', reason: 'teasers of other stories' });
      return false;
    }
    const line = el.tagName === 'p';
    if (!LINK_LIST_TAGS.has(el.tagName) && !line) return true;
    const { chars, linkChars } = m.get(el)!;
    if (chars === 0 || linkChars / chars <= MAX_LINK_DENSITY || chars - linkChars >= LINK_LIST_MAX_PLAIN_CHARS) return true;
    if (line && chars >= LINK_LINE_MAX_CHARS) return true;
    parent.children[i] = standIn(el, { id: 'html/link-list', reason: 'a list of links' });
    return false;
  });
}

/** A teaser list holds at least this many teasers… */
const MIN_TEASERS = 3;
/** …which make at least this share of its elements. */
const MIN_TEASER_SHARE = 0.6;
/** Teasers of other stories are at most this share of a story's text; more, and the cards are the story (a list of places, of courses). */
const MAX_TEASERS_SHARE = 0.3;
/** A teaser is shorter than this many characters: a headline and a line or two of summary. */
const MAX_TEASER_CHARS = 400;

/** Whether an element's children are mostly teasers of other stories. */
function isTeaserList(el: Element, m: Map<Element, Measure>): boolean {
  const children = el.children.filter((c): c is Element => c.type === 'element');
  if (children.length < MIN_TEASERS) return false;
  const teasers = children.filter((c) => m.get(c)!.chars < MAX_TEASER_CHARS && hasLinkedHeading(c)).length;
  return teasers >= MIN_TEASERS && teasers >= MIN_TEASER_SHARE * children.length;
}

/** Whether an element holds a headline that is a link (a heading inside a link, or a link inside a heading). */
function hasLinkedHeading(el: Element): boolean {
  let found = false;
  walk(el, (d) => {
    if (found) return false;
    if (/^h[2-6]$/.test(d.tagName)) {
      const heading = d;
      walk(heading, (x) => {
        if (x.tagName === 'a') found = true;
        return !found;
      });
      if (!found && (el.tagName === 'a' || hasAncestorLink(el, heading))) found = true;
      return false;
    }
    return true;
  });
  return found;
}

/** Whether a link between `top` and `inner` (exclusive of `top` itself unless it is one) wraps `inner`. */
function hasAncestorLink(top: Element, inner: Element): boolean {
  let wrapped = false;
  walk(top, (d) => {
    if (wrapped) return false;
    if (d.tagName === 'a' && contains(d, inner)) wrapped = true;
    return !wrapped;
  });
  return wrapped;
}

/**
 * The page's declared story: the `articleBody` with most prose, else the
 * `<article>` with most prose, else its `<main>` (or `role=main`), if it
 * holds any prose.
 */
function declaredArticle(body: Element, m: Map<Element, Measure>): { el: Element; choice: ContentChoice } | null {
  let bodyEl: Element | null = null;
  let article: Element | null = null;
  let main: Element | null = null;
  walk(body, (el) => {
    const prose = m.get(el)!.prose;
    if (prose === 0) return false;
    if (/(^|\s)articlebody(\s|$)/i.test(attr(el, 'itemProp') ?? '') && (!bodyEl || prose > m.get(bodyEl)!.prose)) bodyEl = el;
    if (el.tagName === 'article' && (!article || prose > m.get(article)!.prose)) article = el;
    if ((el.tagName === 'main' || attr(el, 'role') === 'main') && !main) main = el;
    return true;
  });
  if (bodyEl) return { el: bodyEl, choice: 'article-body' };
  if (article) return { el: article, choice: 'article' };
  if (main) return { el: main, choice: 'main' };
  return null;
}

function contains(outer: Element, inner: Element): boolean {
  if (outer === inner) return true;
  let found = false;
  walk(outer, (el) => {
    if (el === inner) found = true;
    return !found;
  });
  return found;
}
