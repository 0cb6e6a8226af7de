/**
 * A saved page's story, as hast, to the blocks every other format gives:
 * hast-util-to-mdast makes the same Markdown tree that remark makes of a
 * `.md` file, and each top-level node (each item of a top-level list) is a
 * block. Links keep only an absolute http(s) or mail address; a picture is
 * kept when it was saved with the page (see html-images), as a Markdown image
 * of its copy in the site; set-aside furniture becomes a removed block with its reason.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Handle } from 'hast-util-to-mdast';
import type { List, Paragraph, Root, RootContent } from 'mdast';
import type { Block, BlockKind, Removal } from '../../../model/types.ts';
import { BLOCK_KIND, plainText } from './blocks.ts';
import { REMOVED_TAG } from './html-dom.ts';
import { holdsSavedImage, MEDIA_PROPERTY } from './html-images.ts';
import { storyToMdast } from './html-markdown.ts';

/** A removed block shows at most this many characters of what was set aside: enough to recognise it. */
const MAX_REMOVED_CHARS = 300;
/** Deepest nesting of containers kept; deeper content is flattened to text (as for Markdown). */
const MAX_DEPTH = 64;

/** What a stand-in for furniture carries into the Markdown tree. */
interface RemovedData {
  removed: Removal;
  text: string;
}

/**
 * Blocks of a page's story. `pageUrl` is the page's own address, against
 * which its relative links are resolved (without one they become text).
 */
export function htmlBlocks(roots: Element[], pageUrl: string | null): Block[] {
  const tree: HastRoot = { type: 'root', children: roots };
  const handlers: Record<string, Handle> = {
    a: (state, node) => {
      const children = state.all(node) as any[];
      const url = linkTarget(node.properties?.href, pageUrl);
      return url ? { type: 'link', url, title: null, children } : children;
    },
    figure: (state, node) => {
      const children = state.all(node) as any[];
      // Any other figure is what hast-util-to-mdast makes of it by default.
      if (!holdsSavedImage(node)) return state.toFlow(children);
      // A picture and its caption make one block, so the caption is never read as a paragraph of the story.
      const flat = children.flatMap((c) => (c.type === 'paragraph' ? c.children : [c]));
      const caption = flat.filter((c) => c.type !== 'image' && !(c.type === 'text' && !c.value.trim()));
      const phrasing = [...flat.filter((c) => c.type === 'image'), ...(caption.length ? [{ type: 'break' }, ...caption] : [])];
      return { type: 'paragraph', children: phrasing, data: { figure: true } } as Paragraph;
    },
    img: (_state, node) => {
      const media = node.properties?.[MEDIA_PROPERTY];
      return typeof media === 'string' ? { type: 'image', url: media, title: null, alt: String(node.properties?.alt ?? '') } : undefined;
    },
    [REMOVED_TAG]: (_state, node) => {
      const p = node.properties ?? {};
      const data: RemovedData = { removed: { ruleId: String(p.dataRule), reason: String(p.dataReason) }, text: String(p.dataText ?? '') };
      return { type: 'paragraph', children: [], data: data as any } satisfies Paragraph;
    },
  };
  const mdast = storyToMdast(tree, handlers);
  const blocks: Block[] = [];
  let listId = 0;
  for (const node of mdast.children) {
    const line = node.position?.start.line ?? 1;
    const removed = (node.data as Partial<RemovedData> | undefined)?.removed;
    if (removed) {
      pushRemoved(blocks, (node.data as RemovedData).text, removed, line);
    } else if (node.type === 'list') {
      const list = node as List;
      listId++;
      for (const item of list.children) {
        push(blocks, 'list-item', tidy(item) as any, item.position?.start.line ?? line, { id: listId, ordered: Boolean(list.ordered), start: list.start ?? null });
      }
    } else if ((node.data as { figure?: boolean } | undefined)?.figure) {
      push(blocks, 'figure', tidy(node), line);
    } else if (BLOCK_KIND[node.type]) {
      push(blocks, BLOCK_KIND[node.type]!, tidy(node), line);
    } else if (node.type !== 'definition' && node.type !== 'html') {
      // Loose phrasing (text outside any paragraph) reads as a paragraph.
      push(blocks, 'paragraph', { type: 'paragraph', children: [tidy(node) as any] }, line);
    }
  }
  return blocks;
}

/** An absolute http(s) or mail address for a link, or null (page-internal, script and unresolvable links). */
export function linkTarget(href: unknown, pageUrl: string | null): string | null {
  if (typeof href !== 'string' || !href.trim() || href.trim().startsWith('#')) return null;
  try {
    const url = pageUrl ? new URL(href.trim(), pageUrl) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

function push(blocks: Block[], kind: BlockKind, node: RootContent, line: number, list?: Block['list']): void {
  const text = plainText(node);
  if (!text && kind !== 'break' && !holdsImage(node)) return;
  const block: Block = { index: blocks.length, kind, text, line, node };
  if (list) block.list = list;
  blocks.push(block);
}

/** Whether a node shows a picture (a block of a picture alone has no text, and is kept all the same). */
function holdsImage(node: any): boolean {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n.type === 'image') return true;
    if (Array.isArray(n.children)) stack.push(...n.children);
  }
  return false;
}

function pushRemoved(blocks: Block[], text: string, removed: Removal, line: number): void {
  if (!text) return;
  const shown = text.length > MAX_REMOVED_CHARS ? `${text.slice(0, text.lastIndexOf(' ', MAX_REMOVED_CHARS) + 1 || MAX_REMOVED_CHARS).trimEnd()} …` : text;
  blocks.push({ index: blocks.length, kind: 'paragraph', text: shown, line, removed });
}

/**
 * A node ready to keep: positions dropped, stand-ins nested inside it (set
 * aside within a list item or a quote) dropped, nesting past `MAX_DEPTH`
 * flattened to text. Iterative over depth, so no page can overflow the stack.
 */
function tidy<T extends RootContent | List['children'][number]>(node: T): T {
  const copy = (n: any, depth: number): any => {
    const { position: _p, data: _d, ...rest } = n;
    if (!Array.isArray(rest.children)) return rest;
    if (depth >= MAX_DEPTH) return { type: 'paragraph', children: [{ type: 'text', value: plainText(n) }] };
    rest.children = rest.children.filter((c: any) => !c.data?.removed).map((c: any) => copy(c, depth + 1));
    return rest;
  };
  return copy(node, 0);
}
