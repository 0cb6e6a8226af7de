/**
 * A story's hast to mdast, as `toMdast` of hast-util-to-mdast makes it, but
 * on the story's own tree: the library clones the whole tree and minifies
 * its whitespace with generic tag tests before converting, which is most of
 * the time a saved page takes to read. The tree here is the reader's own
 * copy and is read once, so its whitespace is minified in place (the
 * rules of hast-util-minify-whitespace, with the tag lists as sets) and
 * the library's own handlers then convert it.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toMdast, type Handle, type State } from 'hast-util-to-mdast';
import type { Nodes, Parent, Root } from 'mdast';

/** Elements that start and end a block (hast-util-minify-whitespace's list). */
const BLOCKLIKE: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'col', 'colgroup', 'dd', 'dialog', 'dir', 'div',
  'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'plaintext', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'wbr', 'xmp',
]);
/** Elements that are content whatever their text: embedded content and form controls. */
const CONTENT: ReadonlySet<string> = new Set([
  'audio', 'canvas', 'embed', 'iframe', 'img', 'math', 'object', 'picture', 'svg', 'video', 'button', 'input', 'select', 'textarea',
]);
/** Elements whose whitespace never shows. */
const SKIPPABLE: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'dialog', 'datalist', 'head', 'link', 'meta', 'noembed', 'noframes', 'param', 'rp', 'script', 'source',
  'style', 'template', 'track', 'title',
]);

type WhiteSpace = 'normal' | 'pre' | 'nowrap' | 'pre-wrap';
interface MinifyState {
  before: boolean;
  after: boolean;
  whitespace: WhiteSpace;
}
interface MinifyResult {
  ignore: boolean;
  stripAtStart: boolean;
  remove: boolean;
}
type HastNode = HastRoot | HastContent;

/** Tag of the element whose handler hands over a fresh conversion state. */
const STATE_TAG = 'dateline-conversion-state';

/**
 * The mdast of a story, as `toMdast(tree, { handlers })` gives it. The tree
 * is changed (its whitespace minified): pass a tree that is read no more.
 */
export function storyToMdast(tree: HastRoot, handlers: Record<string, Handle>): Root {
  const state = conversionState(handlers);
  minify(tree, { before: false, after: false, whitespace: 'normal' }, state);
  const result = state.one(tree, undefined) as Nodes | Nodes[] | undefined;
  const mdast: Root = !result ? { type: 'root', children: [] } : Array.isArray(result) ? ({ type: 'root', children: result } as Root) : (result as Root);
  tidyText(mdast, undefined, undefined);
  return mdast;
}

/** A fresh state of the library's converter with these handlers: the one its handlers are given, taken from the conversion of an empty element. */
function conversionState(handlers: Record<string, Handle>): State {
  let state: State | undefined;
  const take: Handle = (s) => {
    state = s;
  };
  toMdast({ type: 'root', children: [{ type: 'element', tagName: STATE_TAG, properties: {}, children: [] }] }, { handlers: { ...handlers, [STATE_TAG]: take } });
  delete state!.handlers[STATE_TAG];
  return state!;
}

function isBlocklike(node: HastNode): boolean {
  return node.type === 'element' && BLOCKLIKE.has(node.tagName);
}

function isContent(node: HastNode | undefined): boolean {
  return node !== undefined && node.type === 'element' && CONTENT.has(node.tagName);
}

function isIgnorable(node: HastNode): boolean {
  return node.type === 'comment' || node.type === 'doctype';
}

function isSkippable(node: HastNode): boolean {
  return (node.type === 'element' && Boolean(node.properties?.hidden)) || isIgnorable(node) || (node.type === 'element' && SKIPPABLE.has(node.tagName));
}

/** Whether text is only HTML whitespace (space, tab, line feed, form feed, carriage return). */
function isWhitespace(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) return false;
  }
  return true;
}

function collapse(value: string): string {
  return value.replace(/[\t\n\v\f\r ]+/g, ' ');
}

/** hast-util-minify-whitespace's `minify`, which also records each element's id for the converter, as `toMdast` does before converting. */
function minify(node: HastNode, state: MinifyState, conversion: State): MinifyResult {
  if ('children' in node) {
    if (node.type === 'element') {
      const id = String(node.properties?.id || '') || undefined;
      if (id && !conversion.elementById.has(id)) conversion.elementById.set(id, node);
    }
    const blocky = node.type === 'root' || isBlocklike(node);
    const settings: MinifyState = { before: blocky || state.before, after: blocky || state.after, whitespace: whiteSpaceOf(node, state) };
    return minifyChildren(node, settings, conversion);
  }
  if (node.type === 'text') {
    if (state.whitespace === 'normal') return minifyText(node, state);
    if (state.whitespace === 'nowrap') node.value = collapse(node.value);
  }
  return { ignore: isIgnorable(node), stripAtStart: false, remove: false };
}

function minifyText(node: { value: string }, state: MinifyState): MinifyResult {
  const value = collapse(node.value);
  const result: MinifyResult = { ignore: false, stripAtStart: false, remove: false };
  let start = 0;
  let end = value.length;
  if (state.before && value.charAt(0) === ' ') start++;
  if (start !== end && value.charAt(end - 1) === ' ') {
    if (state.after) end--;
    else result.stripAtStart = true;
  }
  if (start === end) result.remove = true;
  else node.value = value.slice(start, end);
  return result;
}

function minifyChildren(parent: HastRoot | Element, state: MinifyState, conversion: State): MinifyResult {
  let before = state.before;
  const after = state.after;
  const children: HastContent[] = parent.children;
  let length = children.length;
  for (let index = 0; index < length; index++) {
    const result = minify(children[index]!, { ...state, after: collapsableAfter(children, index, after) as boolean, before }, conversion);
    if (result.remove) {
      children.splice(index, 1);
      index--;
      length--;
    } else if (!result.ignore) {
      before = result.stripAtStart;
    }
    if (isContent(children[index])) before = false;
  }
  return { ignore: false, stripAtStart: Boolean(before || after), remove: false };
}

/** Whether whitespace at the end of `nodes[index]` may go: the next node that shows decides, else `after`. */
function collapsableAfter(nodes: HastContent[], index: number, after: boolean | undefined): boolean | undefined {
  while (++index < nodes.length) {
    const node = nodes[index]!;
    let result = inferBoundary(node);
    if (result === undefined && 'children' in node && !isSkippable(node)) result = collapsableAfter(node.children, -1, undefined);
    if (typeof result === 'boolean') return result;
  }
  return after;
}

function inferBoundary(node: HastContent): boolean | undefined {
  if (node.type === 'element') {
    if (isContent(node)) return false;
    if (isBlocklike(node)) return true;
  } else if (node.type === 'text') {
    if (!isWhitespace(node.value)) return false;
  } else if (!isIgnorable(node)) {
    return false;
  }
  return undefined;
}

function whiteSpaceOf(node: HastNode, state: MinifyState): WhiteSpace {
  if (node.type !== 'element' || !node.properties) return state.whitespace;
  switch (node.tagName) {
    case 'listing':
    case 'plaintext':
    case 'script':
    case 'style':
    case 'xmp':
      return 'pre';
    case 'nobr':
      return 'nowrap';
    case 'pre':
      return node.properties.wrap ? 'pre-wrap' : 'pre';
    case 'td':
    case 'th':
      return node.properties.noWrap ? 'nowrap' : state.whitespace;
    case 'textarea':
      return 'pre-wrap';
    default:
      return state.whitespace;
  }
}

/**
 * `toMdast`'s last pass: adjacent text joined, spaces around a line break
 * dropped, text trimmed at the ends of headings and paragraphs, empty text
 * removed. Returns where the parent goes on, as unist-util-visit reads it.
 */
function tidyText(node: Nodes, index: number | undefined, parent: Parent | undefined): number | undefined {
  let next: number | undefined;
  if (node.type === 'text' && index !== undefined && parent) {
    const previous = parent.children[index - 1];
    if (previous && previous.type === 'text') {
      previous.value += node.value;
      parent.children.splice(index, 1);
      if (previous.position && node.position) previous.position.end = node.position.end;
      return index - 1;
    }
    node.value = node.value.replace(/[\t ]*(\r?\n|\r)[\t ]*/, '$1');
    if (parent.type === 'heading' || parent.type === 'paragraph' || parent.type === 'root') {
      if (!index) node.value = node.value.replace(/^[\t ]+/, '');
      if (index === parent.children.length - 1) node.value = node.value.replace(/[\t ]+$/, '');
    }
    if (!node.value) {
      parent.children.splice(index, 1);
      next = index;
    }
  }
  if ('children' in node) {
    let offset = 0;
    while (offset > -1 && offset < node.children.length) {
      const at = tidyText(node.children[offset]!, offset, node);
      offset = typeof at === 'number' ? at : offset + 1;
    }
  }
  return next;
}
