/**
 * Small readers of a saved page's syntax tree (hast) that the metadata,
 * furniture and main-content modules share.
 */
import type { Element, Nodes, Root, RootContent } from 'hast';

/** Whitespace folded to single spaces and trimmed. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a UTF-16 unit is whitespace as `\s` reads it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The length of `fold(text)`, counted without making it: the measures of a page count every text node several times. */
export function foldedLength(text: string): number {
  let n = 0;
  let started = false;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      gap = started;
      continue;
    }
    if (gap) n++;
    gap = false;
    started = true;
    n++;
  }
  return n;
}

/** An attribute as text (a list attribute such as `class` joined by spaces), or null. */
export function attr(el: Element, name: string): string | null {
  const v = el.properties?.[name];
  if (v === undefined || v === null || v === false) return null;
  return Array.isArray(v) ? v.join(' ') : String(v);
}

/** Whether a node is an element, optionally of one of the given tag names. */
export function isElement(node: Nodes | RootContent | undefined, ...names: string[]): node is Element {
  return node?.type === 'element' && (names.length === 0 || names.includes(node.tagName));
}

/** Every element of a tree in document order. Iterative, so no depth can overflow the stack. */
export function elements(tree: Root | Element): Element[] {
  const out: Element[] = [];
  const stack: (Root | Element | RootContent)[] = [tree];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'element') out.push(n);
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** The text of a node as one folded line (no layout: block boundaries become spaces). */
export function textOf(node: Nodes | RootContent): string {
  const parts: string[] = [];
  const stack: (Nodes | RootContent)[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element' || n.type === 'root') {
      parts.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return fold(parts.join(''));
}

/** Where an element keeps the words of its names: a symbol key, which clones, JSON and `Object.keys` pass over. */
const NAME_WORDS = Symbol('nameWords');
type Named = Element & { [NAME_WORDS]?: string[] };
/** The words of each distinct `class` and `id` text: a page repeats a few names over thousands of elements. */
const WORDS_OF_NAMES = new Map<string, string[]>();
/** Distinct name texts remembered before the memo starts again, so that reading many pages does not grow it without end. */
const MAX_REMEMBERED_NAMES = 20_000;
const NO_WORDS: string[] = [];

/** The words of the `class` and `id` names of an element: `post-share_bar` and `shareBar` give `share` and `bar`. Shared: do not change the list. */
export function nameWords(el: Element): string[] {
  const kept = (el as Named)[NAME_WORDS];
  if (kept) return kept;
  const className = attr(el, 'className');
  const id = attr(el, 'id');
  // Most elements have neither name: their words are known without making or looking up the text of their names.
  if (className === null && id === null) return ((el as Named)[NAME_WORDS] = NO_WORDS);
  const names = `${className ?? ''} ${id ?? ''}`;
  let words = WORDS_OF_NAMES.get(names);
  if (!words) {
    words = names.trim() ? names.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean) : NO_WORDS;
    if (WORDS_OF_NAMES.size >= MAX_REMEMBERED_NAMES) WORDS_OF_NAMES.clear();
    WORDS_OF_NAMES.set(names, words);
  }
  (el as Named)[NAME_WORDS] = words;
  return words;
}

/** Tag name of the stand-in left where furniture was set aside; html-blocks turns it into a removed block. */
export const REMOVED_TAG = 'dateline-removed';

/** A paragraph counts as prose from this many characters: shorter ones are labels, buttons, captions. */
export const MIN_PROSE_CHARS = 60;

/** Elements that start a block of their own: a `<div>` without any is a paragraph. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'th', 'thead', 'tfoot', 'tr', 'ul', REMOVED_TAG,
]);

/**
 * Calls `visit` on every element below `root` in document order. Returning
 * true visits the element's children, false skips them, `'removed'` says the
 * visit took the element out of its parent. Iterative, so no depth overflows.
 */
export function walk(root: Element, visit: (el: Element, parent: Element, index: number) => boolean | 'removed'): void {
  const stack: Element[] = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    for (let i = 0; i < parent.children.length; i++) {
      const c = parent.children[i]!;
      if (c.type !== 'element') continue;
      const r = visit(c, parent, i);
      if (r === 'removed') i--;
      else if (r) stack.push(c);
    }
  }
}

/** Text measures of an element. */
export interface Measure {
  /** Characters of text, whitespace folded. */
  chars: number;
  /** Characters of text inside links. */
  linkChars: number;
  /**
   * Characters of the runs of text that make paragraphs: text outside any
   * block element inside it (a `<p>`, a `<div>` or a `<blockquote>` written
   * with text, a list item) with at least `MIN_PROSE_CHARS` outside links.
   */
  prose: number;
}

/** An element's measures with its own run: the text of its text children and of the inline elements in it. */
interface MeasureWithRun extends Measure {
  runChars: number;
  runLinkChars: number;
}

/** Text measures of every element below `root` (and of `root`), in one pass from the leaves up, added to `into`. */
export function measure(root: Element, into: Map<Element, Measure> = new Map()): Map<Element, Measure> {
  const out = into as Map<Element, MeasureWithRun>;
  const order: Element[] = [root];
  walk(root, (el) => {
    order.push(el);
    return true;
  });
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const m: MeasureWithRun = { chars: 0, linkChars: 0, prose: 0, runChars: 0, runLinkChars: 0 };
    for (const c of el.children) {
      if (c.type === 'text') {
        const n = foldedLength(c.value);
        m.chars += n;
        m.runChars += n;
      } else if (c.type === 'element') {
        const cm = out.get(c)!;
        m.chars += cm.chars;
        m.linkChars += cm.linkChars;
        m.prose += cm.prose;
        if (!BLOCK_TAGS.has(c.tagName)) {
          m.runChars += cm.runChars;
          m.runLinkChars += cm.runLinkChars;
        }
      }
    }
    if (el.tagName === 'a') {
      m.linkChars = m.chars;
      m.runLinkChars = m.runChars;
    }
    if (BLOCK_TAGS.has(el.tagName) && m.runChars - m.runLinkChars >= MIN_PROSE_CHARS) m.prose += m.runChars - m.runLinkChars;
    out.set(el, m);
  }
  return out;
}

/**
 * The measures of an element, taken when first asked for (with those of
 * everything inside it): a pass that asks of a few elements, each before
 * anything inside it changes, measures only their parts of the page.
 */
export function measureOnDemand(): (el: Element) => Measure {
  const known = new Map<Element, Measure>();
  return (el) => known.get(el) ?? measure(el, known).get(el)!;
}

/** A `<div>` with no block inside it: a paragraph written without `<p>`. */
export function isPlainDiv(el: Element): boolean {
  return el.tagName === 'div' && !el.children.some((c) => c.type === 'element' && BLOCK_TAGS.has(c.tagName));
}
