/** Types of stage 5 (boilerplate). */
import type { Article } from '../../../../model/types.ts';
import type { SyndicationResult } from '../../syndication/lib/types.ts';

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
}

/** A rule over a run of blocks rather than one block. */
export type Matcher =
  /** A heading such as "Latest news" followed, to the end, by headlines and their leads. */
  | { kind: 'tail-headline-list'; heading: RegExp }
  /** A heading such as "Related stories" followed by a few headlines, then the story resumes. */
  | { kind: 'headline-box'; heading: RegExp; maxItems: number }
  /** The same short line twice in a row (a photo caption and its copy). */
  | { kind: 'repeated-line'; maxWords: number; caption: RegExp }
  /**
   * A line equal to another article's title, and the line after it when it is
   * that article's lead; a `heading` ("Related stories") right before such a line goes with it.
   */
  | { kind: 'other-headline'; heading: RegExp }
  /** The lines between other articles' headlines (found by the `headlineRules`) that run to the end: their leads. */
  | { kind: 'other-headline-list'; headlineRules: string[]; heading: RegExp }
  /** The article's own title repeated in the body. */
  | { kind: 'own-title' };

/** Rule over runs of blocks; `example` lists lines and which of them go. */
export interface BlockRule {
  id: string;
  description: string;
  pattern: Matcher;
  position?: Position;
  example: { title?: string; lines: string[]; removed: number[]; otherTitles?: string[] };
}

export type Rule = LineRule | BlockRule;

/** A part of a block cut off by a `trim` rule. */
export interface Trim {
  id: string;
  /** Block index. */
  index: number;
  /** The text that was cut. */
  text: string;
  ruleId: string;
  reason: string;
}

/** Output of `stripBoilerplate()`. */
export interface BoilerplateResult {
  /**
   * New article objects, input order; removed blocks carry `removed`, trimmed
   * ones a shorter text; `duplicateOf` as confirmed on the clean text.
   */
  articles: Article[];
  /** Outlet names recognised in the furniture of articles whose `source` is null: the lead wires it into `Article.source`. */
  outletGuesses: Map<string, string>;
  /** Syndication groups confirmed on the clean text (stage 4 run again over the kept blocks). */
  syndication: SyndicationResult;
}
