/**
 * The decision on each block of one article: kept, removed with a reason, or
 * trimmed. Every step of the stage decides through here, and the first
 * decision on a block stands.
 */
import type { RootContent } from 'mdast';
import type { Article, Block, Removal } from '../../../../model/types.ts';

/** The stage's decisions on the blocks of one article as plain data, kept between builds: null where it decided nothing. */
export interface Decided {
  /** The removal the stage decided for each block (null for a block it keeps or the parser removed). */
  removed: (Removal | null)[];
  /** The kept text of each trimmed block. */
  trimmedText: (string | null)[];
  /** The text cut off each trimmed block. */
  cuts: (string | null)[];
}

/** The blocks of one article as decided so far. */
export class BlockDecisions {
  /** The removal of each block: the parser's (if any), then the first step's that removes it. */
  readonly removed: (Removal | undefined)[];
  /** The kept text of each trimmed block. */
  readonly trimmedText: (string | undefined)[];
  /** The text last cut off each trimmed block. */
  readonly cuts: (string | undefined)[];
  /** Words of each block, after trims. */
  readonly counts: number[];

  constructor(blocks: readonly Block[], words: readonly number[]) {
    this.removed = blocks.map((b) => b.removed);
    this.trimmedText = new Array(blocks.length);
    this.cuts = new Array(blocks.length);
    this.counts = [...words];
  }

  /** Remove block `b` for `ruleId`, with a reason a person reads, unless it is removed already. */
  remove(b: number, ruleId: string, reason: string): void {
    if (!this.removed[b]) this.removed[b] = { ruleId, reason };
  }

  /** Keep `kept` of block `b`, the text before `cut`; `words` is the kept text's word count. */
  trim(b: number, kept: string, words: number, cut: string): void {
    this.trimmedText[b] = kept;
    this.cuts[b] = cut;
    this.counts[b] = words;
  }

  /** The decisions as plain data, for `blocks` (the blocks they were made on). */
  decided(blocks: readonly Block[]): Decided {
    return {
      removed: this.removed.map((r, b) => (r && r !== blocks[b]!.removed ? r : null)),
      trimmedText: Array.from(this.trimmedText, (t) => t ?? null),
      cuts: Array.from(this.cuts, (c) => c ?? null),
    };
  }
}

/** Cut `cut` off the last text of a block's tree; a tree that does not end with it is rebuilt as one paragraph of `keptText`. */
function trimNode(node: RootContent, cut: string, keptText: string): RootContent {
  const copy = structuredClone(node) as RootContent;
  let last: { value: string } | null = null;
  const walk = (n: unknown): void => {
    const x = n as { type?: string; value?: string; children?: unknown[] };
    if (x.type === 'text' && typeof x.value === 'string') last = x as { value: string };
    x.children?.forEach(walk);
  };
  walk(copy);
  const target = last as { value: string } | null;
  const trimmedCut = cut.trim();
  if (target && target.value.trimEnd().endsWith(trimmedCut)) {
    const v = target.value.trimEnd();
    target.value = v.slice(0, v.length - trimmedCut.length).trimEnd();
    return copy;
  }
  return { type: 'paragraph', children: [{ type: 'text', value: keptText }] };
}

/** A new article with the decisions applied; blocks nothing changed are shared with the input. */
export function applyDecisions(article: Article, decisions: Decided): Article {
  let changed = false;
  const blocks: Block[] = article.blocks.map((block, b) => {
    // The parser's removal stands: the stage decides only the blocks it kept.
    const r = block.removed ?? decisions.removed[b] ?? undefined;
    const t = decisions.trimmedText[b] ?? undefined;
    if (r === block.removed && t === undefined) return block;
    changed = true;
    const next: Block = { ...block };
    if (r) next.removed = r;
    if (t !== undefined && !r) {
      next.text = t;
      if (block.node) next.node = trimNode(block.node, decisions.cuts[b]!, t);
    }
    return next;
  });
  return changed ? { ...article, blocks } : { ...article };
}
