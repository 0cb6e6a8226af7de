/**
 * The Archive, everything the templates render. Templates do not compute:
 * every label, link and list they show is a field here. URLs are
 * site-absolute (`/events/x/`); the layout makes them relative when it writes
 * a page, so the site works under any path prefix and from disk.
 *
 * Each page's template reads only `archive.site` and its own item (an
 * article, an event, a list page, a feed), never the rest of the Archive:
 * the renderer hands Eleventy a few items at a time, and a page whose item
 * has not changed is carried over from the previous build.
 *
 * This module holds the Archive, its links and its article and event pages;
 * `pages.ts` holds the list pages, feeds, redirects and the sitemap.
 */
import type { DateSource, SourceOrigin } from './article.ts';
import type { Topic, TopicKind } from './analysis.ts';
import type { Feed, ListPage, Redirect, SitemapEntry } from './pages.ts';
import type { BuildReport, Skipped } from './report.ts';
import type { SiteSettings } from './settings.ts';

/** Everything the templates render, in one value: the site settings, every page's item, the report. */
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
  /** The pictures articles show, each once, by path in the site (`media/<hash>.<ext>`), with the content file it is copied from. */
  media: { path: string; file: string }[];
}

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

/** A link to a topic page, with the topic's kind. */
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

/** An article's page: its clean body, where its date came from, what was removed, and its links to the event, the copies and the topics. */
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
  /** The byline: the front matter's author, else the name in a byline the boilerplate stage removed. */
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
   * after boilerplate removal: the enrich cache key), when the pipeline gave one. A
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
  /** Reports of the article's event, copies included; 0 without an event (search results show it). */
  eventReports: number;
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
  /**
   * Keys of the topics the search index files the article under: the slugs
   * of the topics its story names and its event shares, whether or not the
   * archive makes them topics (`searchTopicKeys`). Not exported to archive.json.
   */
  topicKeys: string[];
  tags: string[];
  /** Canonical URL: the canonical article's for a syndicated copy. */
  canonicalUrl: string;
  /** `canonicalUrl` as an absolute address, when the site's address is set (for OpenGraph). */
  canonicalAbsolute: string | null;
  /** The pictures its body shows (copies of those saved with the page), the lead first: site path and content file. */
  images: { url: string; file: string }[];
  /** The lead picture's absolute address, when the site's address is set (for OpenGraph). */
  leadImageAbsolute: string | null;
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

/** A quote several reports of an event carry, and the outlets that carry it. */
export interface SharedQuote {
  text: string;
  /** Outlets whose reports carry the quote, in the order they first published it. */
  outlets: string[];
  /** "Carried by A, B and C.", "Carried by 3 reports, outlet not named." */
  carriedBy: string;
}

/** A column of an event's coverage strip: a day, or a week or month when the coverage runs long. */
export interface CoverageColumn {
  /** "9 Dec", "week of 9 Dec", "Dec 2024", "Undated". */
  label: string;
  /** The same in full, for the column's header title: "9 December 2024". */
  title: string;
  /** Where the column's reports are listed on the event page (`#d-2024-12-09`), or null. */
  anchor: string | null;
}

/** A row of an event's coverage strip: an outlet and its reports per column. */
export interface CoverageRow {
  outlet: string;
  /** The outlet's page, or null (no outlet named; several outlets counted together). */
  link: Link | null;
  /** Reports per column, as the cell shows it: `'2'`, or `''` for none. */
  cells: string[];
  /** Reports of the event by this outlet. */
  total: number;
}

/** Which outlet reported on which day: the event page's compact strip (a table), with its totals. */
export interface CoverageStrip {
  /** The table's caption. */
  caption: string;
  columns: CoverageColumn[];
  rows: CoverageRow[];
  /** Reports per column, all outlets together. */
  totals: string[];
  /** Reports up to and including each column: how coverage grew. */
  cumulative: string[];
  /** What the strip folds together, or `''`: "The 12 outlets with one report each are counted together." */
  note: string;
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

/** One day of an event's coverage: how many reports it brought, how many there were by then, and which outlets joined. */
export interface GrowthDay {
  /** ISO date. */
  date: string;
  /** "9 December 2024". */
  label: string;
  /** Link to the day's reports on the event page (`#d-2024-12-09`), or null when the page lists none under it. */
  anchor: string | null;
  /** "2 reports, 3 in all; first from Other Post and Third Daily." */
  line: string;
}

/** An event's page: its reports day by day, the outlets, the shared quotes, the related events and topics. */
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
  /** "First reported by Example Times on 9 December 2024.", or `''` when no report is dated. */
  firstReported: string;
  /** "Coverage grew from 2 reports on 9 December 2024 to 14 by 12 December 2024.", or `''` for a single day. */
  growth: string;
  /** "Covered by A, B and C.", "Covered by 12 outlets.", or `''` when no report names its outlet. */
  coveredBy: string;
  /** Which outlet reported on which day; null for an event of one report. */
  strip: CoverageStrip | null;
  /** How coverage grew, one entry per day with dated reports, oldest first; empty for a single day. */
  growthDays: GrowthDay[];
  /** The earliest dated report (the first of its day by the stories' order); null when none is dated. */
  firstReport: ReportLink | null;
  sharedQuotes: string[];
  /** `sharedQuotes` with the outlets that carry each. */
  quotes: SharedQuote[];
  related: Link[];
  topics: TopicLink[];
  description: string;
  /** Trail from the home page. */
  breadcrumbs: Link[];
}
