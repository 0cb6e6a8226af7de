/**
 * Settings of the boilerplate stage. Each value has its unit and the reason
 * for it; change them here, nowhere else.
 */

/**
 * Distinct stories (syndication groups, a count) of one outlet a block must
 * recur in to be the outlet's furniture. Two could be chance (a shared
 * subheading); three is a template.
 */
export const MIN_REPEAT = 3;

/**
 * Share of an outlet's stories (a ratio) any block must recur in to be the
 * outlet's furniture, besides `MIN_REPEAT`. A template line is on (nearly)
 * every page; a subheading such as "Pros" that a few reviews share is not.
 */
export const REPEAT_SHARE = 0.2;

/**
 * Share of an outlet's stories (a ratio) a block of story shape (a sentence
 * of ≥ `STORY_SENTENCE_WORDS` words) must recur in to be removed as furniture.
 * A newsletter promo appears in most; a background paragraph reused by a few
 * stories is story text and stays.
 */
export const SENTENCE_REPEAT_SHARE = 0.5;

/**
 * Words (a count) from which a block ending like a sentence is story-shaped:
 * it anchors the lead and tail zones, and repetition alone does not remove it
 * unless it is frequent (see `SENTENCE_REPEAT_SHARE`).
 */
export const STORY_SENTENCE_WORDS = 12;

/**
 * Most words (a count) in a headline-shaped line: no closing full stop, a
 * capital or digit first.
 */
export const HEADLINE_MAX_WORDS = 24;

/**
 * Share of the lines after a "Latest news" style heading (a ratio) that must
 * be headline-shaped for the run to be a headline list; the rest are leads.
 */
export const HEADLINE_LIST_SHARE = 0.4;

/**
 * Lines after a list heading (per headline, a ratio) that may follow a
 * headline's one lead without being headlines themselves: stray labels and
 * two-sentence leads copied with a list. A story after a heading runs on,
 * paragraph after paragraph, and breaks this at once.
 */
export const HEADLINE_LIST_BREAKS = 0.2;

/** Headline-shaped lines (a count) a trailing list needs at least. */
export const HEADLINE_LIST_MIN = 2;

/**
 * Other articles' headlines (a count) that must run to the end of an article
 * for the lines between them to be taken for their leads: one or two such
 * headlines may be inserts in a story ("Read more: …"); three to the end are
 * a list of other stories.
 */
export const OTHER_LIST_MIN = 3;

/**
 * Lines (a count) that may stand between two of those headlines: a lead of
 * one to three sentences, each on a line of its own. A story between inserts
 * runs longer.
 */
export const OTHER_LIST_MAX_GAP = 3;

/**
 * Runs of lines (a count) that must stand between those headlines, not only
 * after the last: a list has leads between its headlines, while a box of
 * headlines in a row, then a short story, has none.
 */
export const OTHER_LIST_INTERIOR = 1;

/** Words (a count) a title needs before body lines equal to it count as another article's headline. */
export const MIN_TITLE_WORDS = 4;

/**
 * First blocks of an article (a count) in which its lead is looked for when
 * a list quotes the lead under the article's headline; a dateline or a short
 * standfirst may come first.
 */
export const LEAD_BLOCKS = 3;

/**
 * Share of an article's body text (a ratio of characters) whose removal flags
 * the article in the build report for a person to look at: past it, more of
 * the page went than a page's furniture usually holds, and a rule may have
 * taken story text.
 */
export const HEAVY_LOSS_SHARE = 0.4;

/**
 * Most words (a count) in a list heading ("Related stories", "More from
 * Sport"): a longer line is a sentence that happens to start like one.
 */
export const LIST_HEADING_MAX_WORDS = 8;

/**
 * Words (a count) a line needs to count as another article's lead when it is
 * only the lead's first words: lists often cut a lead short, and fewer words
 * than this match by chance.
 */
export const LEAD_PREFIX_MIN_WORDS = 6;

/**
 * Characters (a count) an outlet name read from furniture needs at least:
 * shorter captures are a stray word or an initial.
 */
export const OUTLET_NAME_MIN_CHARS = 3;

/**
 * Words (a count) an outlet name read from furniture may have at most: a
 * longer capture is a sentence, not a name.
 */
export const OUTLET_NAME_MAX_WORDS = 8;

/**
 * Template lines of one outlet (a count) an article without a source must
 * carry to be taken for that outlet's: one shared line ("Menu") is chance,
 * two distinct template lines are the outlet's page.
 */
export const MIN_TEMPLATE_LINES = 2;
