/** Settings of the view model: sizes of lists, pages and feeds, and when a name becomes a topic. */

/** Rows on one list page: long enough to scan, short enough to load fast on a phone. */
export const ITEMS_PER_PAGE = 50;
/** Entries in the archive's feed: readers poll feeds; the newest 50 cover weeks of a busy archive. */
export const FEED_ENTRIES = 50;
/**
 * Entries in a topic's feed. Topic feeds carry descriptions, not whole
 * bodies: an archive has thousands of topics, and full bodies in each of
 * their feeds would repeat every article hundreds of times on disk.
 */
export const TOPIC_FEED_ENTRIES = 20;
/** Other reports listed on an article page; the event page lists them all. */
export const MAX_OTHER_REPORTS = 20;
/** Topics of each kind the topics index shows (the most covered); the kind's own pages list them all. */
export const TOPICS_ON_INDEX = 24;
/** Rows of an outlet's table of removed furniture (the most frequent texts); the rest are counted. */
export const MAX_REMOVALS_SHOWN = 50;
/**
 * A person, place or organisation becomes a topic when this many stories
 * (syndicated copies counted once) name it: a name mentioned once is not
 * something the archive follows. Tags always make a topic.
 */
export const MIN_TOPIC_ARTICLES = 2;
/** A keyword becomes a subject topic when it is salient in this many events or more. */
export const MIN_SUBJECT_EVENTS = 2;
/** Characters in a listing's description. */
export const DESCRIPTION_CHARS = 280;
/** Reading speed (words per minute) for the length shown on article pages; 230 is a common adult average. */
export const WORDS_PER_MINUTE = 230;
/** Outlets named in an event's summary; more are counted ("from 12 outlets"). */
export const OUTLETS_NAMED = 3;
/** Pages either side of the current one that a pager links (besides the first and the last). */
export const PAGER_NEIGHBOURS = 2;
/** Sentences an event page shows of what each report says that the event's other reports do not: one line a report. */
export const UNIQUE_SENTENCES = 1;
/** Fewest words of such a sentence: shorter ones are captions and sign-offs more often than news. */
export const UNIQUE_MIN_WORDS = 8;
/** Fewest content words of such a sentence that no other report of the event uses (count). */
export const UNIQUE_MIN_NEW_TERMS = 2;
/** Words per shingle when comparing a sentence's wording with the other reports' (words). */
export const UNIQUE_SHINGLE_WORDS = 4;
/** Largest share (0–1) of a sentence's shingles that other reports may share: above it, the sentence retells theirs. */
export const UNIQUE_MAX_SHARED = 0.3;
/** Characters of such a line, cut at a word. */
export const UNIQUE_CHARS = 240;
/** Columns of an event's coverage strip: beyond it, days are grouped into weeks, then months, then years. */
export const STRIP_COLUMNS = 14;
/** Outlet rows of an event's coverage strip: beyond it, the outlets with fewest reports are counted together. */
export const STRIP_OUTLETS = 24;
/** Outlets an event page names in "Covered by …"; more are counted. */
export const COVERED_BY_NAMED = 12;
/** The archive's newest days with news (days on which an event had a report) whose most covered events the home page shows above its list. */
export const RECENT_DAYS = 7;
/** Calendar days, ending on the archive's newest date, those days are taken from: older news is not recent, however quiet the archive. */
export const RECENT_SPAN_DAYS = 31;
/** Events the home page shows as the most covered of its recent days. */
export const HIGHLIGHTS = 5;
/**
 * Share of an event's stories (copies counted once) that must name a topic
 * for the event to be filed under it, when the event has three stories or
 * more (one or two must all name it), and never fewer than two: a name one
 * report of many gives in passing is not what the event is about.
 */
export const EVENT_TOPIC_SHARE = 0.5;
/**
 * Last words of an outlet's name that say what kind of business it is, not
 * which one: "Harbour Times Media Group" and "Harbour Times", "GlobalView
 * News" and "@globalview" are one outlet.
 */
export const OUTLET_NAME_ENDINGS: ReadonlySet<string> = new Set([
  'news', 'media', 'group', 'network', 'networks', 'online', 'digital', 'publishing', 'publications',
  'company', 'co', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'limited', 'holdings', 'newspaper',
  'newspapers', 'com',
]);
