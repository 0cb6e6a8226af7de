/**
 * Article body to HTML through unified: the kept blocks as one markdown tree,
 * remark-rehype (raw HTML dropped), rehype-sanitize, rehype-stringify.
 */
import type { List, ListItem, Root, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { printable } from '../text/printable.ts';
import type { Block } from '../model/types.ts';

/**
 * Sanitising schema: GitHub's, without ids or names that could clobber page
 * globals, with `rel`/`target` left off links (they are set by us).
 */
const schema = {
  ...defaultSchema,
  clobberPrefix: 'body-',
};

/** A processor is cheap to make and holds no state between files. */
function processor() {
  return unified().use(remarkRehype, { allowDangerousHtml: false }).use(rehypeSanitize, schema).use(rehypeStringify);
}

/** The kept blocks as one markdown tree; items of one list are regrouped into that list. */
export function keptTree(blocks: readonly Block[]): Root {
  const children: RootContent[] = [];
  const nodeOf = (b: Block): RootContent => {
    if (!b.node) throw new Error(`block ${b.index} (line ${b.line}) has no syntax tree left: its body was to be rendered in stage 6`);
    return b.node;
  };
  let open: { id: number; list: List } | null = null;
  for (const b of blocks) {
    if (b.removed) continue;
    if (b.kind === 'list-item' && b.list) {
      if (!open || open.id !== b.list.id) {
        open = { id: b.list.id, list: { type: 'list', ordered: b.list.ordered, start: b.list.start, spread: false, children: [] } };
        children.push(open.list);
      }
      open.list.children.push(nodeOf(b) as ListItem);
      continue;
    }
    open = null;
    children.push(nodeOf(b));
  }
  return { type: 'root', children };
}

/** Sanitised HTML of an article's kept blocks, with only characters a page may hold (see `printable`). */
export function renderBody(blocks: readonly Block[]): string {
  const p = processor();
  const hast = p.runSync(keptTree(blocks));
  return printable(p.stringify(hast as any));
}

/** Sanitised HTML of one block (for the "removed" list and quotes). */
export function renderBlock(block: Block): string {
  return renderBody([{ ...block, removed: undefined } as Block]);
}
