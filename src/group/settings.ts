/** Settings of stage 8, group. */

/** Rows on one list page: long enough to scan, short enough to load fast on a phone. */
export const ITEMS_PER_PAGE = 50;
/** Entries in a feed: readers poll feeds; the newest 50 cover weeks of a busy archive. */
export const FEED_ENTRIES = 50;
/** Other reports listed on an article page; the event page lists them all. */
export const MAX_OTHER_REPORTS = 20;
/**
 * A person, place or organisation becomes a topic when this many stories
 * (syndicated copies counted once) name it: a name mentioned once is not
 * something the archive follows. Tags always make a topic.
 */
export const MIN_TOPIC_ARTICLES = 2;
/** A keyword becomes a subject topic when it is salient in this many events or more. */
export const MIN_SUBJECT_EVENTS = 2;
/** Share of an article's text (0–1) whose removal as furniture is flagged in the build summary. */
export const HEAVY_REMOVAL_SHARE = 0.4;
/** Characters in a listing's description. */
export const DESCRIPTION_CHARS = 280;
