/**
 * The article and its body blocks: what the parser makes of one input file,
 * and what the analysis phases read.
 */
import type { RootContent } from 'mdast';
import type { SourceFile } from './source.ts';

/** Kinds of body block, as the boilerplate and syndication passes see them. */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'blockquote'
  | 'code'
  | 'table'
  | 'html'
  | 'break'
  /** A picture saved with a page, and its caption. */
  | 'figure';

/** Why a block is not part of the story. */
export interface Removal {
  /** A rule id (`insert/also-read`) or a corpus reason id (`repeated/outlet`). */
  ruleId: string;
  /** The reason as a person reads it: "repeated across the articles of Example Times". */
  reason: string;
}

/**
 * One block of an article body: a paragraph, a list item, a heading, a line
 * of copy-pasted text. Boilerplate removal works block by block.
 */
export interface Block {
  /** Position in the body, 0-based. */
  index: number;
  kind: BlockKind;
  /** Plain text, whitespace folded to single spaces, trimmed. */
  text: string;
  /** 1-based line in the source file where the block starts. */
  line: number;
  /**
   * The block's markdown syntax tree, rendered when the block is kept.
   * The pipeline lets it go once enrich has rendered the body HTML, so
   * the phases after it see blocks without one.
   */
  node?: RootContent;
  /** List items of one list share a list number, so kept items are regrouped on render. */
  list?: { id: number; ordered: boolean; start: number | null };
  /** Set when a phase removed the block from the story. */
  removed?: Removal;
}

/**
 * Where an article's date came from. `copyright`: the article states no
 * date; its page's copyright line gives a year (in `dateText`), and `date`
 * stays null, since a year is no day.
 */
export type DateSource = 'front-matter' | 'text' | 'event' | 'copyright' | 'none';

/** Where an article's title came from. */
export type TitleSource = 'front-matter' | 'first-line' | 'lead' | 'file-name';

/** Where an article's outlet came from. */
export type SourceOrigin = 'front-matter' | 'text' | 'none';

/**
 * Where a saved page's metadata field was read: its JSON-LD, its OpenGraph
 * (`og:*`, `article:*`) or other `<meta>` tags, its `<title>`, its visible
 * headline (the `<h1>`, or the date shown with it), its byline (an element
 * marked as the author, or "By …" under the headline), a `<time>` element,
 * `<link rel=canonical>`, the `<!-- saved from url=… -->` note a browser
 * writes into a page it saves, or an attribute of `<html>` (`lang`, `dir`).
 */
export type PageMetadataOrigin =
  | 'json-ld'
  | 'opengraph'
  | 'meta'
  | 'title-element'
  | 'headline'
  | 'byline'
  | 'time-element'
  | 'canonical-link'
  | 'saved-from'
  | 'html-attribute';

/** Named entities found in an article. Each list is sorted and without repeats. */
export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
  /**
   * The people, places and organisations the story is about, not only
   * names in passing: those its headline gives or its text names twice or
   * more (a surname alone counts for the full name). Sorted, no repeats.
   */
  salient: string[];
}

/**
 * An article as parsing reads it. The furniture pass marks its removed
 * blocks and enrich or events may give an undated one a date; what the
 * corpus passes decide about it is theirs (`Subjects`, copies, events) and
 * meets it only in `AnalysedArticle`.
 */
export interface Article {
  /** Stable id, also the URL slug: `/articles/<id>/`. */
  id: string;
  /** Input path relative to the content folder. */
  file: string;
  /** SHA-256 of the input bytes. */
  hash: string;
  format: SourceFile['format'];
  title: string;
  titleSource: TitleSource;
  /** ISO date `yyyy-mm-dd`, or null when nothing states one. */
  date: string | null;
  dateSource: DateSource;
  /** The words the date was read from, when it came from the text. */
  dateText: string | null;
  /** Outlet name as written, or null. */
  source: string | null;
  sourceOrigin: SourceOrigin;
  /** Original URL of the article. */
  sourceUrl: string | null;
  author: string | null;
  tags: string[];
  /** BCP 47 language tag: the front matter's, else the one detected in the text; null when neither is known, which means the site's language. */
  lang: string | null;
  /** Writing direction: the front matter's, else that of the language or script; null with `lang` null and none stated, the site's direction. */
  dir: 'ltr' | 'rtl' | null;
  summary: string | null;
  /**
   * For a saved page, where each field taken from the page's own metadata was
   * read (the `…Source` fields say `front-matter` for these: the page's head
   * is its front matter).
   */
  metadataOrigins?: Partial<Record<'title' | 'date' | 'author' | 'source' | 'sourceUrl' | 'lang' | 'dir' | 'summary', PageMetadataOrigin>>;
  /** For a saved page, the pictures its story shows, each copied into the site at `path` (`media/<hash>.<ext>`) from `file` in the content folder. */
  images?: { path: string; file: string }[];
  /** Body blocks in order; removed ones carry `removed`. The title line is not a block. */
  blocks: Block[];
}

/** What enrich finds an article is about. */
export interface Subjects {
  /** People, places, organisations. */
  entities: Entities;
  /** Salient terms, most salient first (ranked over the whole archive). */
  keywords: string[];
}

/** An article with what enrich finds it is about: what the events pass reads. */
export interface EnrichedArticle extends Article, Subjects {}

/** An article with what the corpus passes decided about it, joined once at the end of the analysis: the view model's input. */
export interface AnalysedArticle extends EnrichedArticle {
  /** Id of the canonical article when this is a syndicated copy. */
  duplicateOf: string | null;
  /** Id of the event the article reports (null only for an article given to the view model without an events pass). */
  event: string | null;
}
