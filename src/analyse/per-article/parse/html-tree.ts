/**
 * A saved page's markup to a syntax tree (hast), fast enough for pages of
 * megabytes: htmlparser2 reads the markup (it closes the elements HTML
 * closes by implication, as browsers do for the markup of news pages), and
 * this module builds the hast tree the readers of a page work on, with
 * positions, so blocks keep their lines.
 *
 * What no reader needs is not built: the code of scripts (but JSON-LD and
 * the calls that move a streamed page's parts, which the readers use), the
 * rules of style sheets, and the doctype.
 */
import type { Comment, Element, ElementContent, Properties, Root, Text } from 'hast';
import { Parser } from 'htmlparser2';
import { find, html as htmlSchema } from 'property-information';

/** Script content kept for the page's readers: JSON-LD metadata and a streamed page's moves (`$RC(`, `$RS(`). */
const KEPT_SCRIPT = /application\/ld\+json/i;
const STREAM_MOVES = /\$R[CS]\(/;
/** Elements a document has once. */
const DOCUMENT_PARTS: ReadonlySet<string> = new Set(['html', 'head', 'body']);
/** Elements whose text no reader uses. */
const DROPPED_TEXT: ReadonlySet<string> = new Set(['style']);

/** hast of a page, as `rehype-parse` gives it for the parts the page's readers use; never throws. */
export function parseHtml(markup: string): Root {
  const lineStarts = lineStartsOf(markup);
  // The parser reports offsets in document order, nearly always: the line is found by moving forward from the last one.
  let line = 0;
  const point = (offset: number) => {
    if (offset < lineStarts[line]!) line = lineAt(lineStarts, offset);
    else while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return { line: line + 1, column: offset - lineStarts[line]! + 1, offset };
  };
  const root: Root = { type: 'root', children: [] };
  const open: (Root | Element)[] = [root];
  const scriptKinds: boolean[] = [];
  const seenParts = new Set<string>();
  const top = () => open[open.length - 1]!;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // A second `html`, `head` or `body` (a page pasted into a page) is no new document, as browsers read it.
        if (DOCUMENT_PARTS.has(name) && !seenParts.has(name)) seenParts.add(name);
        else if (DOCUMENT_PARTS.has(name)) return;
        const el: Element = {
          type: 'element',
          tagName: name,
          properties: asProperties(attributes),
          children: [],
          position: { start: point(parser.startIndex), end: point(parser.endIndex + 1) },
        };
        (top().children as ElementContent[]).push(el);
        open.push(el);
        if (name === 'script') scriptKinds.push(KEPT_SCRIPT.test(String(attributes.type ?? '')));
      },
      onclosetag(name) {
        const el = top();
        if (el.type === 'element' && el.tagName === name) {
          if (el.position) el.position.end = point(parser.endIndex + 1);
          open.pop();
          if (name === 'script') scriptKinds.pop();
        }
      },
      ontext(value) {
        const parent = top();
        if (parent.type === 'element') {
          if (DROPPED_TEXT.has(parent.tagName)) return;
          if (parent.tagName === 'script' && !scriptKinds[scriptKinds.length - 1] && !STREAM_MOVES.test(value)) return;
        }
        const last = parent.children[parent.children.length - 1];
        if (last?.type === 'text') {
          last.value += value;
          last.position!.end = point(parser.endIndex + 1);
          return;
        }
        const text: Text = { type: 'text', value, position: { start: point(parser.startIndex), end: point(parser.endIndex + 1) } };
        (parent.children as ElementContent[]).push(text);
      },
      oncomment(value) {
        const comment: Comment = { type: 'comment', value, position: { start: point(parser.startIndex), end: point(parser.endIndex + 1) } };
        (top().children as ElementContent[]).push(comment);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(markup);
  return asDocument(root);
}

/**
 * Attributes as hast properties, as hastscript makes them: names in hast's
 * spelling (`class` as `className`, `datetime` as `dateTime`), lists split,
 * booleans as `true`, numbers as numbers.
 */
function asProperties(attributes: Record<string, string>): Properties {
  const properties: Properties = {};
  for (const name in attributes) {
    const value = attributes[name]!;
    const info = propertyInfo(name);
    if (info.spaceSeparated) properties[info.property] = spaceSeparated(value);
    else if (info.commaOrSpaceSeparated) properties[info.property] = value.split(/[\s,]+/).filter(Boolean);
    else if (info.commaSeparated) properties[info.property] = value.split(',').map((v) => v.trim()).filter(Boolean);
    else if ((info.boolean || info.overloadedBoolean) && (value === '' || value.toLowerCase() === name)) properties[info.property] = true;
    else if (info.number && value && !Number.isNaN(Number(value))) properties[info.property] = Number(value);
    else properties[info.property] = value;
  }
  return properties;
}

/** A list attribute's names: trimmed first (`trim` and `\s` agree on whitespace), so the split leaves no empty names to filter out. */
function spaceSeparated(value: string): string[] {
  const trimmed = value.trim();
  return trimmed ? trimmed.split(/\s+/) : [];
}

/** What hast makes of each attribute name met: a page repeats a few names many times. */
const INFO_OF_NAME = new Map<string, ReturnType<typeof find>>();
/** Distinct attribute names remembered before the memo starts again, so that reading many pages does not grow it without end. */
const MAX_REMEMBERED_NAMES = 5_000;

function propertyInfo(name: string): ReturnType<typeof find> {
  let info = INFO_OF_NAME.get(name);
  if (!info) {
    info = find(htmlSchema, name);
    if (INFO_OF_NAME.size >= MAX_REMEMBERED_NAMES) INFO_OF_NAME.clear();
    INFO_OF_NAME.set(name, info);
  }
  return info;
}

/**
 * The tree as a browser makes it: one `html` holding the `head` and the
 * `body`, and everything the page shows inside the body, wherever stray
 * markup left it (a body opened inside the head, text after `</html>`),
 * since the readers look for the story in the body.
 */
function asDocument(root: Root): Root {
  const html = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
  const outside = root.children.filter((c) => c !== html && c.type !== 'comment' && c.type !== 'doctype') as ElementContent[];
  const inside = html ? html.children : [];
  const head = inside.find((c): c is Element => c.type === 'element' && c.tagName === 'head');
  const body = findBody(html) ?? { type: 'element', tagName: 'body', properties: {}, children: [] };
  detach(html, body);
  const rest = inside.filter((c) => c !== head && c !== body);
  body.children.push(...rest, ...outside);
  const document: Element = html ?? { type: 'element', tagName: 'html', properties: {}, children: [] };
  document.children = head ? [head, body] : [body];
  const comments = root.children.filter((c) => c.type === 'comment');
  return { type: 'root', children: [...comments, document] };
}

function findBody(html: Element | undefined): Element | null {
  if (!html) return null;
  const stack: Element[] = [html];
  while (stack.length) {
    const el = stack.pop()!;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type !== 'element') continue;
      if (c.tagName === 'body') return c;
      stack.push(c);
    }
  }
  return null;
}

/** Takes an element out of wherever it sits under `html` (a body opened inside the head). */
function detach(html: Element | undefined, target: Element): void {
  // An element sits in one place: a body in the `html` itself, as most pages have it, is nowhere below.
  if (!html || html.children.includes(target)) return;
  const stack: Element[] = [html];
  while (stack.length) {
    const el = stack.pop()!;
    const at = el.children.indexOf(target);
    if (at !== -1 && el !== html) {
      el.children.splice(at, 1);
      return;
    }
    for (const c of el.children) if (c.type === 'element') stack.push(c);
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based line holding an offset, by binary search over the lines' starts. */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
