/**
 * The Archive's list pages (home, topics, outlets, the timeline), with their
 * pagination, and its feeds, redirects and sitemap (see `archive.ts`).
 */
import type { Link, TextLanguage } from './archive.ts';

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

/** Where a list page sits in its list, and the links of its pager. */
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
  /** The home page's most covered events of the archive's last days, shown above its list; null elsewhere. */
  highlights: ListSection | null;
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

/** One entry of an Atom feed and of its JSON Feed twin. */
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
  /** Topic labels. */
  tags: string[];
}

/** A feed of a list (the home page, a topic, an outlet), written as Atom and as JSON Feed. */
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
