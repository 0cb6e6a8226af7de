/** Types of the boilerplate stage: its rules, the corpus facts they read, and its result. */
import type { Article, Removal } from '../../../../model/types.ts';
import type { SyndicationResult } from '../../syndication/index.ts';

/** Where in an article a rule may match. */
export type Position = 'lead' | 'tail' | 'any';

/**
 * A rule over one block's text. `remove` drops the whole block; `trim` cuts
 * the matched part out of the block and keeps the rest (an agency code stuck
 * on the last sentence).
 */
export interface LineRule {
  /** Permanent id, `family/name`. */
  id: string;
  description: string;
  pattern: RegExp;
  /**
   * `lead`: only before the first story paragraph; `tail`: only after the
   * last one; `any`: anywhere (default: `any`).
   */
  position?: Position;
  /** Only blocks of at most this many words (default: no limit). */
  maxWords?: number;
  /** `remove` the block or `trim` the match off it (default: `remove`). */
  action?: 'remove' | 'trim';
  /** Name of the capture group that names the outlet, for outlet guesses. */
  outletGroup?: string;
  /** A block this rule removes (or trims). */
  example: string;
  /** A story block this rule must leave alone. */
  counterExample?: string;
  /**
   * The furniture model reads the blocks this rule removes where they stand
   * (default: set aside, weighing nothing in its story core, as an insert
   * inside the story must): a button or a list heading marks where the story ends.
   */
  readInPlace?: boolean;
}

/** An article written as lines of text, for a block rule's example or counter-example. */
export interface BlockExample {
  /** The article's title (default: a title that none of the lines repeats). */
  title?: string;
  /** Body lines, one block each. */
  lines: string[];
  /** Titles of other articles of the corpus, each a story of its own. */
  otherTitles?: string[];
}

/** Corpus knowledge the block rules read: titles, leads and groups of every article. */
export interface CorpusIndex {
  /** Normalised title → indices of articles with that title. */
  titles: Map<string, number[]>;
  /** Normalised first blocks of each article that no line rule takes and its outlet does not repeat: its lead. */
  leads: string[][];
  /** Normalised lead block (one of `leads`) → indices of the articles it opens. */
  leadOwners: Map<string, number[]>;
  /** Syndication group (canonical id, else own id) of each article. */
  group: string[];
  /** Whether each article's title is a headline it was published under, not one made from its lead or file name. */
  realTitle: boolean[];
}

/** One article's blocks as a block rule reads them. */
export interface BlockView {
  /** What the rules read of the article itself. */
  article: Pick<Article, 'title' | 'format' | 'blocks'>;
  /** Index of the article in the corpus. */
  self: number;
  /** Text of each block, as parsed (before any trim). */
  texts: readonly string[];
  /** Normalised text of each block. */
  keys: readonly string[];
  /** Words of each block, after trims. */
  counts: readonly number[];
  /** The removal decided for each block so far; a rule's marks show here at once. */
  removed: readonly (Removal | undefined)[];
  /** Blocks that are furniture by another account (removed, repeated, or a lead/tail line rule's shape): they do not break a run. */
  aside: readonly boolean[];
  corpus: CorpusIndex;
  /** Blocks before this index are before the story's first sentence (the block count for rules of position `any`). */
  leadEnd: number;
}

/** Remove block `b` for the rule that calls it, with a reason a person reads; a block decided already stays as it is. */
export type Mark = (b: number, reason: string) => void;

/** A rule over a run of blocks rather than one block; one module of `rules/` each. */
export interface BlockRule {
  /** Permanent id, `family/name`. */
  id: string;
  description: string;
  /**
   * `lead`: runs once the story's first sentence is known, which it reads as
   * `leadEnd`; `any`: runs with the other runs of blocks (default: `any`).
   */
  position?: 'lead' | 'any';
  /** An article with furniture, and the indices of exactly the lines that go. */
  example: BlockExample & { removed: number[] };
  /** An article this rule must leave alone, and the indices of the lines that stay (default: all). */
  counterExample: BlockExample & { kept?: number[] };
  /** Mark the blocks of `view` that this rule takes. */
  match(view: BlockView, mark: Mark): void;
  /**
   * The furniture model reads the blocks this rule removes where they stand
   * (default: set aside, weighing nothing in its story core, as an insert
   * inside the story must): a button or a list heading marks where the story ends.
   */
  readInPlace?: boolean;
}

export type Rule = LineRule | BlockRule;

/** Output of `markFurniture()`. */
export interface FurnitureResult {
  /** New article objects, input order; removed blocks carry `removed`, trimmed ones a shorter text. */
  articles: Article[];
  /** Outlet names recognised in the furniture of articles whose `source` is null, by article id, sorted by id. */
  outletGuesses: Map<string, string>;
}

/** Output of `stripBoilerplate()`. */
export interface BoilerplateResult {
  /** New article objects, input order; removed blocks carry `removed`, trimmed ones a shorter text. */
  articles: Article[];
  /** Outlet names recognised in the furniture of articles whose `source` is null: the lead wires it into `Article.source`. */
  outletGuesses: Map<string, string>;
  /** Syndication groups confirmed on the clean text (syndication run again over the kept blocks). */
  syndication: SyndicationResult;
}
