/**
 * Types that cross pipeline stages. Each stage module owns its private types;
 * anything handed from one stage to the next is declared here, once.
 *
 * The pipeline (see DESIGN.md):
 *   1 load → SourceFile[]   2 parse → Article[]   3 fingerprint   4 syndication
 *   5 boilerplate   6 enrich   7 events → Event[]   8 group → Archive
 */
import type { RootContent } from 'mdast';

/** How bad a diagnostic is. Only `error` makes a build or a check exit non-zero. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem in the content, never thrown: attached to the file it concerns,
 * with a place, a permanent rule id and a hint saying what to do.
 */
export interface Diagnostic {
  /** Input path relative to the content folder, `/` separators. */
  file: string;
  /** 1-based line, where the problem has one. */
  line?: number;
  /** 1-based column, where the problem has one. */
  column?: number;
  /** Permanent id of the rule, e.g. `front-matter/invalid-date`. */
  ruleId: string;
  severity: Severity;
  /** What happened, in one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Front-matter field path, for schema problems (`tags.2`). */
  field?: string;
  /** The twin of this problem (the other file with the same slug, …). */
  related?: string;
}

/** A file the build could not turn into an article, and why. */
export interface Skipped {
  file: string;
  reason: string;
}

/** Stage 1 output: one readable input file. */
export interface SourceFile {
  /** Path relative to the content folder, `/` separators. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  /** How the body is read: markdown with optional front matter, or raw copy-paste text. */
  format: 'markdown' | 'text';
  /** Decoded text, line endings normalised to `\n`, byte-order mark removed. */
  text: string;
  /** Hex SHA-256 of the raw bytes: the cache key of everything derived from this file. */
  hash: string;
  /** Size in bytes on disk. */
  bytes: number;
}

/** Kinds of body block, as the boilerplate and syndication stages see them. */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'blockquote'
  | 'code'
  | 'table'
  | 'html'
  | 'break';

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
   * The pipeline lets it go once stage 6 has rendered the body HTML, so
   * the stages after it see blocks without one.
   */
  node?: RootContent;
  /** List items of one list share a list number, so kept items are regrouped on render. */
  list?: { id: number; ordered: boolean; start: number | null };
  /** Set when a stage removed the block from the story. */
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

/** Named entities found in an article. Each list is sorted and without repeats. */
export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

/** Stage 2 output, filled in further by the later stages. */
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
  /** BCP 47 language tag (default `en`). */
  lang: string;
  dir: 'ltr' | 'rtl';
  summary: string | null;
  /** Body blocks in order; removed ones carry `removed`. The title line is not a block. */
  blocks: Block[];
  /** Id of the canonical article when this is a syndicated copy (stage 4). */
  duplicateOf: string | null;
  /** Id of the event the article reports (stage 7). */
  event: string | null;
  /** People, places, organisations (stage 6). */
  entities: Entities;
  /** Salient terms (stage 6), most salient first. */
  keywords: string[];
}

/** A real-world event and every report of it (stage 7). */
export interface Event {
  /** Stable id, also the URL slug: `/events/<id>/`. */
  id: string;
  /** A short title for the event. */
  title: string;
  /** Article ids, by date then id; syndicated copies included. */
  articles: string[];
  /** First and last dated report, ISO dates; null when no report is dated. */
  start: string | null;
  end: string | null;
  /** Quotes that two or more reports share, most shared first. */
  sharedQuotes: string[];
  /** Ids of related events, most related first. */
  related: string[];
}

/** The kinds of topic an event can be filed under. */
export type TopicKind = 'person' | 'place' | 'organisation' | 'subject';

export interface Topic {
  /** `<kind>/<slug>`, unique. */
  id: string;
  kind: TopicKind;
  slug: string;
  label: string;
  /** Event ids, newest first. */
  events: string[];
}

/* ---------------------------------------------------------------------------
 * Stage 8 output: the Archive, everything the templates render. Templates do
 * not compute: every label, link and list they show is a field here. URLs are
 * site-absolute (`/events/x/`); the layout makes them relative when it writes
 * a page, so the site works under any path prefix and from disk.
 *
 * Each page's template reads only `archive.site` and its own item (an
 * article, an event, a list page, a feed), never the rest of the Archive:
 * the renderer hands Eleventy a few items at a time, and a page whose item
 * has not changed is carried over from the previous build.
 * ------------------------------------------------------------------------- */

/** Language and writing direction of a text taken from an article, when they differ from the site's. */
export interface TextLanguage {
  /** BCP 47 tag. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** A link to a page of the archive. */
export interface Link {
  url: string;
  title: string;
  /** Language of `title`, when it is not the site's (default: none). */
  language?: TextLanguage | null;
}

/** A link to an article, as listings show it. */
export interface ReportLink extends Link {
  id: string;
  source: string | null;
  date: string | null;
  dateLabel: string;
  /** "stated in the text", "from the front matter", … */
  dateNote: string;
  /** Outlets that published the same story as syndicated copies. */
  alsoPublishedBy: string[];
  /** "Also published by A, B", or `''`. */
  alsoPublishedLabel: string;
}

export interface TopicLink extends Link {
  kind: TopicKind;
  /** "Person", "Place", … */
  kindLabel: string;
}

/** A removed block, as archive.json and the article page show it. */
export interface RemovedText {
  text: string;
  reason: string;
  ruleId: string;
}

export interface ArchiveArticle {
  id: string;
  url: string;
  file: string;
  title: string;
  date: string | null;
  dateSource: DateSource;
  dateText: string | null;
  dateLabel: string;
  dateNote: string;
  /** `dateNote` as a sentence: "Date stated in the text (“9 December 2024”)." */
  dateSentence: string;
  source: string | null;
  sourceOrigin: SourceOrigin;
  sourcePage: Link | null;
  sourceUrl: string | null;
  /** `sourceUrl` when it is an http(s) address a page may link to, else null. */
  originalLink: string | null;
  author: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** `lang` and `dir`, when they are not the site's. */
  language: TextLanguage | null;
  /** One-paragraph description for listings, feeds and meta tags. */
  description: string;
  /** Sanitised body HTML. */
  html: string;
  /** Clean body as plain text, paragraphs separated by a blank line. */
  text: string;
  /**
   * Digest of what `html` and `text` are made from (the article's kept blocks
   * after stage 5: its stage-6 cache key), when the pipeline gave one. A
   * page's input is hashed with it in place of the two texts (see
   * `renderUnits`). Not exported to archive.json.
   */
  contentKey?: string;
  wordCount: number;
  /** "540 words, about 3 minutes". */
  lengthLabel: string;
  removed: RemovedText[];
  /** "4 blocks removed from the original page", or `''` when none were. */
  removedLabel: string;
  event: Link | null;
  /** The other reports of the same event (syndicated copies of this article excluded), at most a screenful. */
  otherReports: ReportLink[];
  /** "and 12 more reports on the event page", when `otherReports` was cut short, else `''`. */
  otherReportsMore: string;
  relatedEvents: Link[];
  /** Syndicated copies of this article. */
  copies: ReportLink[];
  /** The canonical article when this is a syndicated copy. */
  duplicateOf: ReportLink | null;
  /** What a copy adds to or drops from its canonical, paragraph by paragraph. */
  differences: { added: string[]; dropped: string[] } | null;
  /** `differences` in a sentence: "Compared with it, this copy adds 1 paragraph." / "The text is the same as the original's." */
  differencesLabel: string;
  topics: TopicLink[];
  tags: string[];
  /** Canonical URL: the canonical article's for a syndicated copy. */
  canonicalUrl: string;
  /** `canonicalUrl` as an absolute address, when the site's address is set (for OpenGraph). */
  canonicalAbsolute: string | null;
  /** schema.org NewsArticle, ready to serialise. */
  jsonLd: Record<string, unknown>;
  /** Trail from the home page: home, then the event. */
  breadcrumbs: Link[];
}

/** A story in an event listing: the canonical report and its syndicated copies. */
export interface StoryGroup {
  report: ReportLink;
  copies: ReportLink[];
  /** "2 syndicated copies", or `''`. */
  copiesLabel: string;
  /** What this report says that the other reports do not (sentences). */
  unique: string[];
}

/** The reports of one day of an event's coverage. */
export interface CoverageDay {
  /** ISO date, null for the undated reports. */
  date: string | null;
  /** "9 December 2024", "Undated". */
  label: string;
  /** Anchor id on the event page (`d-2024-12-09`, `undated`). */
  anchor: string;
  stories: StoryGroup[];
}

export interface ArchiveEvent {
  id: string;
  url: string;
  title: string;
  /** Language of the title (the lead report's), when it is not the site's. */
  language: TextLanguage | null;
  start: string | null;
  end: string | null;
  rangeLabel: string;
  /** Every article id of the event, copies included, by date. */
  articleIds: string[];
  /** The stories (canonical reports with their copies), by date then id. */
  stories: StoryGroup[];
  /** The same stories, day by day. */
  coverage: CoverageDay[];
  reportCount: number;
  outlets: string[];
  /** "3 reports from 2 outlets: A and B." */
  summary: string;
  sharedQuotes: string[];
  related: Link[];
  topics: TopicLink[];
  description: string;
  /** Trail from the home page. */
  breadcrumbs: Link[];
}

/** One row of a list page. */
export interface ListItem {
  url: string;
  title: string;
  /** Language of `title` and `description`, when it is not the site's. */
  language: TextLanguage | null;
  /** Date or date range label. */
  dateLabel: string;
  /** ISO date the row sorts by, or null. */
  date: string | null;
  /** "3 reports from 3 outlets", "Example Times" … */
  meta: string;
  description: string;
}

/** A section of a list page (an event list, an article list, a topic list). */
export interface ListSection {
  heading: string;
  items: ListItem[];
  /** Where the whole list is, when the section shows only its head ("All 84 people"). */
  more: Link | null;
  /** Rows are compact (a name and a count), not stories with a description. */
  compact: boolean;
}

export interface Pagination {
  /** This page's number; in a list numbered from its oldest end, the first page's is one more than the last older page's. */
  page: number;
  /** Number of pages; null in a list numbered from its oldest end, whose older pages count no totals. */
  pages: number | null;
  /** The page before this one (newer, in a newest-first list). */
  previous: string | null;
  /** The page after this one (older, in a newest-first list). */
  next: string | null;
  /** The list's first page, in a list numbered from its oldest end: the pager links it as "Newest". */
  newest: string | null;
  /** "Page 2 of 7"; "Newest", "Page 3: 2 March 2019 to 9 May 2019". */
  label: string;
  /** The pages the pager links: the first, the last and the two either side of this one; null marks a gap. */
  shown: ({ page: number; url: string } | null)[];
}

/** A year of the archive and its months, for the ways into the timeline. */
export interface CalendarYear {
  year: Link;
  /** "312 reports". */
  count: string;
  months: (Link & { short: string })[];
}

/** Every page that lists things: home, topic, outlet, year, month, day, indexes. */
export interface ListPage {
  url: string;
  kind: 'home' | 'topic' | 'source' | 'year' | 'month' | 'day' | 'topics' | 'sources' | 'timeline';
  title: string;
  heading: string;
  intro: string;
  breadcrumbs: Link[];
  sections: ListSection[];
  /** Extra key-value facts shown under the heading. */
  facts: { label: string; value: string }[];
  /** Table of removed furniture (outlet pages), the most frequent first. */
  removals: { text: string; reason: string; count: number }[];
  /** "The 50 most frequent of 312 removed texts.", when the table was cut short, else `''`. */
  removalsNote: string;
  pagination: Pagination | null;
  /** Links to sub-pages (years → months → days, topic kinds…). */
  children: Link[];
  /** Heading of `children` ("Months", "Days"). */
  childrenHeading: string;
  /** Years and months, on the home and timeline pages (else empty). */
  calendar: CalendarYear[];
  /** The page before and after this one in time (previous and next day, month, year), where there is one. */
  around: { previous: Link | null; next: Link | null };
  /** Feed of this list, when it has one. */
  feed: { atom: string; json: string } | null;
  /** What the page says when it lists nothing. */
  empty: string;
}

/** A page left where an event used to be, sending readers to where its reports are now. */
export interface Redirect {
  url: string;
  to: Link;
}

export interface FeedEntry {
  id: string;
  /** A permanent, absolute identifier (Atom `id`, JSON Feed `id`): the absolute URL, else a `urn:uuid:`. */
  guid: string;
  url: string;
  title: string;
  date: string;
  source: string | null;
  lang: string;
  description: string;
  /** Full body HTML; null in topic feeds, which carry the description only. */
  html: string | null;
  /** Topic labels. */
  tags: string[];
}

export interface Feed {
  /** Path of the Atom feed (`/feed.xml`) and of the JSON Feed (`/feed.json`). */
  atom: string;
  json: string;
  /** A permanent, absolute identifier of the feed (see FeedEntry.guid). */
  guid: string;
  title: string;
  /** Page the feed is about. */
  home: string;
  updated: string | null;
  entries: FeedEntry[];
}

/** One address of sitemap.xml. */
export interface SitemapEntry {
  url: string;
  lastmod: string | null;
}

export interface SiteSettings {
  title: string;
  description: string;
  /** Absolute address where the site is published, for feeds, sitemap and canonical links (default: none). */
  url: string | null;
  lang: string;
}

/** What the build tells a person in its summary and report. */
export interface BuildReport {
  articles: number;
  events: number;
  topics: number;
  sources: number;
  copies: number;
  skipped: Skipped[];
  diagnostics: Diagnostic[];
  /** Articles that lost more than the heavy-removal share of their text. */
  heavyRemovals: { file: string; percent: number }[];
}

export interface Archive {
  site: SiteSettings;
  articles: ArchiveArticle[];
  events: ArchiveEvent[];
  topics: Topic[];
  listPages: ListPage[];
  redirects: Redirect[];
  feeds: Feed[];
  /** Every indexable page, for sitemap.xml: list pages, events, and the articles that are not copies. */
  sitemap: SitemapEntry[];
  skipped: Skipped[];
  report: BuildReport;
}
