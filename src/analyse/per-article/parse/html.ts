/**
 * A saved web page to what the parse stage makes of every article: the
 * fields front matter would give, read from the page's own metadata (each
 * with where it was read), and the story's blocks.
 *
 * 1. parse the page (html-tree: htmlparser2 to hast, as a browser reads it)
 * 2. read its metadata (html-metadata: JSON-LD, OpenGraph, `<title>`, …)
 * 3. find its story (html-content: active content dropped, furniture set
 *    aside with its reason, the article element chosen)
 * 4. turn the story into blocks (html-blocks: hast to mdast)
 * 5. drop the headline from the top of the body, where it repeats the title
 */
import type { FrontMatter } from '../../../model/schema.ts';
import { frontMatterSchema } from '../../../model/schema.ts';
import { diagnose } from '../../../model/messages.ts';
import type { Article, Block, Diagnostic, PageImage } from '../../../model/types.ts';
import { htmlBlocks } from './html-blocks.ts';
import { parseHtml } from './html-tree.ts';
import { mainContent, type ContentChoice } from './html-content.ts';
import { fold } from './html-dom.ts';
import { readPageMetadata, type PageMetadata } from './html-metadata.ts';

/** What a saved page gives the parse stage. */
export interface SavedPage {
  /** The page's metadata as front matter fields, checked against the front-matter schema. */
  data: FrontMatter;
  /** Where each of those fields was read. */
  origins: NonNullable<Article['metadataOrigins']>;
  blocks: Block[];
  /** How the story was found. */
  choice: ContentChoice;
  /** Problems with the page's markup. */
  diagnostics: Diagnostic[];
}

/** A story of fewer characters than this is looked for again with fewer furniture rules. */
const MIN_STORY_CHARS = 500;
/** …and the second look is taken when it finds more than this many times as much. */
const RETRY_GAIN = 2;
/** Blocks at the top of a body searched for the headline that repeats the title. */
const HEADLINE_SEARCH_BLOCKS = 3;

/**
 * Reads a saved page. Never throws for bad markup: the HTML parser repairs
 * any page as a browser does, and a page nested too deep for the parser is
 * read again as plain paragraphs, with a diagnostic.
 *
 * @param file The page's path in the content folder, for diagnostics.
 * @param text The page, decoded.
 * @param images The pictures saved beside it.
 */
export function readSavedPage(file: string, text: string, images: readonly PageImage[] = []): SavedPage {
  try {
    return { ...readPage(text, images), diagnostics: [] };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ...readPage(flattened(text), images), diagnostics: [diagnose('htmlTooDeep', file, [])] };
  }
}

function readPage(text: string, images: readonly PageImage[]): Omit<SavedPage, 'diagnostics'> {
  const parse = () => parseHtml(text);
  const tree = parse();
  const metadata = readPageMetadata(tree);
  const pageUrl = metadata.url?.value ?? null;
  const first = mainContent(tree, { images });
  let blocks = htmlBlocks(first.roots, pageUrl);
  let choice = first.choice;
  if (keptChars(blocks) < MIN_STORY_CHARS) {
    // Little story: the page's own container may bear a furniture name. Look again by tags alone.
    const again = mainContent(parse(), { byName: false, images });
    const blocksAgain = htmlBlocks(again.roots, pageUrl);
    if (keptChars(blocksAgain) > RETRY_GAIN * keptChars(blocks)) [blocks, choice] = [blocksAgain, again.choice];
  }
  const { data, origins } = asFrontMatter(metadata);
  if (data.title) blocks = withoutHeadline(blocks, data.title);
  return { data, origins, blocks: blocks.map((b, index) => ({ ...b, index })), choice };
}

/**
 * A page's markup with every element but the few that cannot nest (`p`,
 * `br`, headings, `title`, `meta`, `link`) taken out, and scripts and styles
 * with their content: what is left the parser reads at any size.
 */
function flattened(text: string): string {
  return text
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(?!(?:p|br|h[1-6]|title|meta|link)\b)[a-z][^>]*>/gi, ' ');
}

function keptChars(blocks: Block[]): number {
  return blocks.reduce((n, b) => n + (b.removed ? 0 : b.text.length), 0);
}

/** Host prefixes that name a variant of a site, not another outlet. */
const HOST_VARIANT = /^(?:www\d*|m|mobile|amp)\./;

/** The host of a page's address as its outlet ("www.example.com/…" is `example.com`), read from where the address was; null without one. */
export function outletOfAddress(url: PageMetadata['url']): PageMetadata['source'] {
  if (!url) return null;
  try {
    const host = new URL(url.value).hostname.toLowerCase().replace(HOST_VARIANT, '');
    return host.includes('.') ? { value: host, origin: url.origin } : null;
  } catch {
    return null;
  }
}

/** The metadata as front matter: each field the schema accepts, with its origin; a value it refuses is left out. */
function asFrontMatter(metadata: PageMetadata): { data: FrontMatter; origins: NonNullable<Article['metadataOrigins']> } {
  const fields = {
    title: metadata.title,
    date: metadata.date,
    author: metadata.author,
    // A page that names no site is its address's: pages saved from one site are one outlet, and its template is learned across them.
    source: metadata.source ?? outletOfAddress(metadata.url),
    url: metadata.url,
    lang: metadata.lang,
    dir: metadata.dir,
    summary: metadata.summary,
  } as const;
  const data: Record<string, unknown> = {};
  const origins: NonNullable<Article['metadataOrigins']> = {};
  for (const [key, field] of Object.entries(fields)) {
    if (!field) continue;
    const checked = frontMatterSchema.shape[key as keyof typeof fields].safeParse(field.value);
    if (!checked.success || checked.data === undefined) continue;
    data[key] = checked.data;
    origins[key === 'url' ? 'sourceUrl' : (key as keyof typeof origins)] = field.origin;
  }
  return { data: data as FrontMatter, origins };
}

/** The blocks without a heading near the top that says the title again. */
function withoutHeadline(blocks: Block[], title: string): Block[] {
  const key = (s: string) => fold(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const want = key(title);
  let seen = 0;
  for (let i = 0; i < blocks.length && seen < HEADLINE_SEARCH_BLOCKS; i++) {
    if (blocks[i]!.removed) continue;
    seen++;
    if (key(blocks[i]!.text) === want) return blocks.filter((_, j) => j !== i);
  }
  return blocks;
}
