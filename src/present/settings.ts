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
