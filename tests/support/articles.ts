/**
 * Build `Article` objects from plain text for tests and evaluation, the way
 * the parser treats `.txt` input: each non-empty line becomes one paragraph
 * block. Nothing here depends on the parser; only on the `Article` type.
 */
import type { AnalysedArticle, Article, Block } from '../../src/model/types.ts';

/** Input of {@link makeArticle}. */
export interface MakeArticleInput {
  id: string;
  /** Title; not a block (default: `''`). */
  title?: string;
  /** Body lines; empty lines are skipped, each other line is one block. */
  lines: readonly string[];
  /** Outlet name (default: `null`). */
  source?: string | null;
  /** ISO date (default: `null`). */
  date?: string | null;
  /** Input path (default: `<id>.txt`). */
  file?: string;
  /** 1-based line of the first body line in the file (default: `1`). */
  firstLine?: number;
}

/** Fold whitespace to single spaces and trim, as `Block.text` requires. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One paragraph block of plain text. */
export function makeBlock(index: number, text: string, line: number): Block {
  const folded = foldWhitespace(text);
  return {
    index,
    kind: 'paragraph',
    text: folded,
    line,
    node: { type: 'paragraph', children: [{ type: 'text', value: folded }] },
  };
}

/**
 * An article whose body is one paragraph block per non-empty line.
 * Every other field takes a neutral default.
 */
export function makeArticle(input: MakeArticleInput): AnalysedArticle {
  const blocks: Block[] = [];
  const first = input.firstLine ?? 1;
  input.lines.forEach((line, i) => {
    if (line.trim() === '') return;
    blocks.push(makeBlock(blocks.length, line, first + i));
  });
  const source = input.source ?? null;
  const date = input.date ?? null;
  return {
    id: input.id,
    file: input.file ?? `${input.id}.txt`,
    hash: '',
    format: 'text',
    title: input.title ?? '',
    titleSource: 'first-line',
    date,
    dateSource: date ? 'front-matter' : 'none',
    dateText: null,
    source,
    sourceOrigin: source ? 'front-matter' : 'none',
    sourceUrl: null,
    author: null,
    tags: [],
    lang: 'en',
    dir: 'ltr',
    summary: null,
    blocks,
    duplicateOf: null,
    event: null,
    entities: { people: [], places: [], organisations: [], salient: [] },
    keywords: [],
  };
}

/** The kept (not removed) text of an article, one block per line. */
export function keptText(article: Article): string {
  return article.blocks
    .filter((b) => !b.removed)
    .map((b) => b.text)
    .join('\n');
}
