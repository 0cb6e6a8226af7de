/**
 * Settings of the enrich step. Each is a named constant with its unit and
 * the reason for its value.
 */

/** Keywords kept per article (count). Ten fill a line of tags and cover the story's own terms. */
export const KEYWORD_COUNT = 10;

/**
 * Uses as a noun in the story's prose that a word needs to be one of its
 * subjects, unless its headline gives it: a word written once in a sentence
 * is no subject of the story, however often the page's menus repeat it.
 */
export const SUBJECT_NOUN_USES = 2;

/**
 * Weight of the title's terms against the body's (multiplier on term counts).
 * A headline states the story in a few words; counting it twice is the usual
 * choice in news retrieval and what the data README's baseline does.
 */
export const TITLE_WEIGHT = 2;

/**
 * Longest name kept (tokens). Longer runs of capitalised words are headlines
 * in title case or lists, not one name.
 */
export const ENTITY_MAX_TOKENS = 6;

/**
 * Body blocks searched for a dateline (count). Datelines open a story: the
 * first block, or the second after a by-line or a one-line kicker.
 */
export const DATELINE_BLOCKS = 2;

/**
 * Boilerplate rules (id prefixes) whose removed blocks still give the article
 * its date: the page's publication stamp and by-line ("Posted: Jul 07, 2012
 * 7:40 PM ET", "By Jane Doe | May 3, 2013"). Other removed blocks (menus,
 * lists of other stories) carry other stories' dates and are not read.
 */
export const DATELINE_STAMP_RULES: readonly string[] = ['byline/'];

/**
 * Rule ids of the lines the parse stage set apart by a copied page's
 * headline: its publication stamp and its byline. Their date is read before
 * any other, since a date inside the story is a date the story talks about.
 */
export const HEAD_STAMP_RULES: readonly string[] = ['byline/stamp', 'byline/author'];

/**
 * A publication stamp read anywhere on a page is a line of at most this
 * many words (words): a date, its labels, a time, a reading time and a
 * byline's name; a longer line is a sentence that mentions a date.
 */
export const PAGE_STAMP_MAX_WORDS = 16;

/**
 * Words other than labels a page stamp may hold (words): a byline's name
 * or two ("Zach Lezberg | May 22, 2025"), a section ("Sides, Sourdough ·
 * December 9, 2021"). More make a title with a date: a list entry.
 */
export const PAGE_STAMP_MAX_NAME_WORDS = 6;

/**
 * Boilerplate rules (id prefixes) whose removed blocks carry dates that are
 * not the article's: lists of other stories, links to another story set
 * into the text ("Related: …"), the outlet's repeated template, the page's
 * tail (copyright, comments, contact), menus, promotions and share bars.
 */
export const PAGE_STAMP_SKIPPED_RULES: readonly string[] = ['list/', 'insert/', 'repeated/', 'tail/', 'nav/', 'promo/', 'share/'];

/**
 * Words a kept line needs, ending like a sentence, to count as the story's
 * prose when page stamps are read: a bare date between two such lines is
 * set into the story (another story's teaser, a timeline), not its stamp.
 */
export const PAGE_STAMP_PROSE_WORDS = 12;

/**
 * How far into a block a dateline's date may start (characters). A dateline
 * ("Tehran, 24 April 2016 –", "May 2, 2013 1:35 pm") sits in the first few
 * words; a date further on is a date the story talks about.
 */
export const DATELINE_MAX_OFFSET = 120;

/**
 * Dates of one outlet's template (a count) that must be written day first
 * ("25/10/2011 16:39"), with none written month first, for its dates that
 * read either way ("09/04/2007 18:02") to be read day first too. Numeric
 * dates are read month first otherwise. One such date could be a story's
 * own; two are the outlet's stamp.
 */
export const DATE_ORDER_MIN_DATES = 2;

/** Earliest and latest year taken for a dateline (years), so stray numbers are not read as dates. */
export const DATELINE_YEARS = { min: 1900, max: 2100 } as const;

/**
 * Share of a title's words of four letters or more that are capitalised for
 * the title to count as title case (share, 0…1). Such a title is not read
 * for names: every word looks like one. Sentence-case titles capitalise a
 * name or two, well under two thirds of their words.
 */
export const TITLE_CASE_SHARE = 0.7;

/**
 * Words from which a block without a full stop still reads as prose, and
 * its names are read (count). A line of story text runs to twenty words or
 * more; a menu entry, heading, button or caption rarely reaches fifteen.
 */
export const PROSE_MIN_WORDS = 15;

/**
 * Blocks up to which an article is a short item whose every line is its
 * story (a headline-only feed entry and its one-line summary): none of it
 * is page furniture to keep names out of (count).
 */
export const SHORT_ITEM_BLOCKS = 2;

/**
 * Mentions that make a name one the story is about (count), when its
 * headline does not give it: a name a story follows comes back; one named
 * once is mostly in passing, or in a line of furniture left in the text.
 */
export const SALIENT_MENTIONS = 2;

/**
 * Lines that are no prose (menus, headings, buttons, names and dates of
 * comments) that part one run of prose from the next (count): a story's
 * subheadings and pull quotes come one or two at a time; what stands between
 * a story and its comments, biography or teaser list is longer.
 */
export const STORY_GAP_LINES = 3;

/**
 * Share of the words of an article's longest run of prose from which
 * another run is story too (0…1): a story cut by a table or a gallery goes
 * on at length; a comment, a biography or a teaser list set apart from it
 * is a fraction of it.
 */
export const STORY_RUN_SHARE = 0.5;
