/**
 * Article body to HTML through unified: the kept blocks as one markdown tree,
 * remark-rehype (raw HTML dropped), pictures limited to the site's own
 * copies, rehype-sanitize, rehype-stringify.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { printable } from '../text/printable.ts';
import type { Block } from '../model/types.ts';
import { MEDIA_PATH } from '../model/source.ts';

/** From an article's page (`/articles/<id>/`) to the site's root, where the pictures' copies are. */
const PAGE_TO_ROOT = '../../';

/**
 * Sanitising schema: GitHub's, without ids or names that could clobber page
 * globals, with `rel`/`target` left off links (they are set by us).
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: 'body-',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: { ...defaultSchema.attributes, img: [...(defaultSchema.attributes?.img ?? []), 'alt', ['loading', 'lazy']] },
};

/**
 * A picture is shown only from a copy the site made of one saved with the
 * page (see `mediaPath`), loaded when scrolled to; any other picture (a
 * Markdown image of a remote address) becomes its alternative text, for an
 * archive never fetches from an outlet's server while it is read.
 */
function siteImagesOnly() {
  return (tree: HastRoot): void => {
    const stack: (HastRoot | Element)[] = [tree];
    while (stack.length) {
      const parent = stack.pop()!;
      parent.children = parent.children.flatMap((c): ElementContent[] => {
        if (c.type !== 'element') return [c as ElementContent];
        if (c.tagName !== 'img') {
          stack.push(c);
          return [c];
        }
        const src = String(c.properties?.src ?? '');
        const alt = String(c.properties?.alt ?? '');
        if (!MEDIA_PATH.test(src)) return alt ? [{ type: 'text', value: alt }] : [];
        return [{ ...c, properties: { src: PAGE_TO_ROOT + src, alt, loading: 'lazy' } }];
      }) as typeof parent.children;
    }
  };
}

/** A processor is cheap to make and holds no state between files. */
function processor() {
  return unified().use(remarkRehype, { allowDangerousHtml: false }).use(siteImagesOnly).use(rehypeSanitize, schema).use(rehypeStringify);
}

/** The kept blocks as one markdown tree; items of one list are regrouped into that list. */
export function keptTree(blocks: readonly Block[]): Root {
  const children: RootContent[] = [];
  const nodeOf = (b: Block): RootContent => {
    if (!b.node) throw new Error(`block ${b.index} (line ${b.line}) has no syntax tree left: its body was to be rendered with enrich`);
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
    children.push(b.kind === 'figure' ? figure(nodeOf(b)) : nodeOf(b));
  }
  return { type: 'root', children };
}

/** A figure block (a picture, a line break, its caption) as `<figure>` with a `<figcaption>`. */
function figure(node: RootContent): RootContent {
  const children = 'children' in node ? (node.children as PhrasingContent[]) : [];
  const cut = children.findIndex((c) => c.type === 'break');
  const [picture, caption] = cut < 0 ? [children, []] : [children.slice(0, cut), children.slice(cut + 1)];
  const captionNode: Paragraph = { type: 'paragraph', children: caption, data: { hName: 'figcaption' } };
  return { type: 'paragraph', children: [...picture, ...(caption.length ? [captionNode as unknown as PhrasingContent] : [])], data: { hName: 'figure' } };
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
