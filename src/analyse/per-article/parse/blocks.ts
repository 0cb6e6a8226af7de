import type { List, ListItem, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, BlockKind } from '../../../model/types.ts';

/** Deepest nesting of markdown containers kept; deeper content is flattened to text. */
const MAX_DEPTH = 64;
/**
 * Markdown parsing grows faster than linearly on some shapes: containers
 * nested hundreds deep, and long runs of emphasis or bracket characters.
 * Past these limits a file is read as plain text instead (and said so).
 */
const MAX_CONTAINER_PREFIX = 48; // characters of `>`, list markers and indentation before a line's text
const MAX_DELIMITER_RUN = 64; // consecutive `*`, `_`, `[`, `]`, `` ` `` or `~`
const MAX_OPEN_BRACKETS = 2000; // `[` in one paragraph without a matching `]`

/** Why a markdown body would be too costly to parse, or null when it is fine. */
export function markdownHazard(body: string): string | null {
  let open = 0;
  for (const line of body.split('\n')) {
    const prefix = /^[\s>*+\-\d.)]*/.exec(line)![0];
    if (prefix.length > MAX_CONTAINER_PREFIX && /[>\-*+]/.test(prefix)) {
      return `containers nested more than ${MAX_CONTAINER_PREFIX} characters deep`;
    }
    if (line.trim() === '') open = 0;
    for (const ch of line) {
      if (ch === '[') open++;
      else if (ch === ']' && open > 0) open--;
    }
    if (open > MAX_OPEN_BRACKETS) return `more than ${MAX_OPEN_BRACKETS} unclosed brackets in one paragraph`;
  }
  const run = new RegExp(`([*_\\[\\]\`~])\\1{${MAX_DELIMITER_RUN},}`);
  if (run.test(body)) return `a run of more than ${MAX_DELIMITER_RUN} markup characters`;
  return null;
}

/** The block kind of each top-level Markdown node; other nodes are paragraphs. */
export const BLOCK_KIND: Partial<Record<RootContent['type'], BlockKind>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'blockquote',
  code: 'code',
  table: 'table',
  html: 'html',
  thematicBreak: 'break',
};

/**
 * Markdown body to blocks: each top-level node is a block, and each item of
 * a top-level list is a block of its own (so a trailing list of headlines
 * can be removed item by item). `firstLine` is the file line the body starts on.
 */
export function markdownBlocks(body: string, firstLine: number): Block[] {
  const tree = unified().use(remarkParse).parse(body) as Root;
  const blocks: Block[] = [];
  let listId = 0;
  for (const node of tree.children) {
    if (node.type === 'definition' || node.type === 'footnoteDefinition' || node.type === 'yaml') continue;
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    if (node.type === 'list') {
      const list = node as List;
      listId++;
      for (const item of list.children) {
        const itemLine = (item.position?.start.line ?? 1) + firstLine - 1;
        push(blocks, 'list-item', limitDepth(item), itemLine, {
          id: listId,
          ordered: Boolean(list.ordered),
          start: list.start ?? null,
        });
      }
      continue;
    }
    push(blocks, BLOCK_KIND[node.type] ?? 'paragraph', limitDepth(node), line);
  }
  return blocks;
}

/**
 * Raw copy-paste to blocks: every non-empty line is a paragraph of plain
 * text. Nothing in it is read as markdown, so `*` or `#` stay as written.
 */
export function textBlocks(body: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const value = lines[i]!.replace(/\s+/g, ' ').trim();
    if (!value) continue;
    push(blocks, 'paragraph', { type: 'paragraph', children: [{ type: 'text', value }] }, firstLine + i);
  }
  return blocks;
}

function push(blocks: Block[], kind: BlockKind, node: RootContent, line: number, list?: Block['list']): void {
  const text = plainText(node);
  if (!text && kind !== 'break' && kind !== 'html') return;
  if (kind === 'html' && !text) return;
  const block: Block = { index: blocks.length, kind, text, line, node: stripPositions(node) };
  if (list) block.list = list;
  blocks.push(block);
}

/** Plain text of a markdown node, whitespace folded. Iterative, so no depth can overflow the stack. */
export function plainText(node: RootContent | ListItem | Root): string {
  const parts: string[] = [];
  const stack: any[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n === ' ') {
      parts.push(' ');
      continue;
    }
    if (n.type === 'html') {
      parts.push(String(n.value).replace(/<[^>]*>/g, ' '));
      continue;
    }
    if (typeof n.value === 'string') parts.push(n.value);
    if (n.type === 'image' && n.alt) parts.push(n.alt);
    if (n.type === 'break') parts.push(' ');
    if (Array.isArray(n.children)) {
      if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'listItem' || n.type === 'tableCell') stack.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Nodes nested deeper than `MAX_DEPTH` become their plain text, so rendering cannot overflow the stack. */
function limitDepth<T extends RootContent | ListItem>(node: T): T {
  const walk = (n: any, depth: number): any => {
    if (!Array.isArray(n.children)) return n;
    if (depth >= MAX_DEPTH) return { type: 'paragraph', children: [{ type: 'text', value: plainText(n) }] };
    return { ...n, children: n.children.map((c: any) => walk(c, depth + 1)) };
  };
  return walk(node, 0);
}

function stripPositions<T>(node: T): T {
  const walk = (n: any): any => {
    const { position: _p, ...rest } = n;
    if (Array.isArray(rest.children)) rest.children = rest.children.map(walk);
    return rest;
  };
  return walk(node);
}

/** Plain text of the kept blocks, paragraphs separated by a blank line. */
export function keptText(blocks: readonly Block[]): string {
  return blocks
    .filter((b) => !b.removed)
    .map((b) => b.text)
    .join('\n\n');
}
