/**
 * Settings of the syndication pass. Each value has its unit and the reason
 * for it; change them here, nowhere else.
 */

/**
 * Containment (a ratio, 0–1) of the shorter article's shingle set in the
 * longer one's above which two articles are copies of one story. A cut copy
 * keeps ≥ 0.9 of its shingles in the original even with a line added; two
 * write-ups of one event that share quotes stay below 0.35.
 */
export const MIN_CONTAINMENT = 0.6;

/**
 * Shared shingles (a count) two articles need besides the containment: two
 * very short texts can be "contained" by one common phrase.
 */
export const MIN_SHARED_SHINGLES = 12;

/**
 * Words (a count) a block needs to take part in candidate generation. Short
 * lines (nav, bylines, "Read more") are mostly furniture and would make
 * every article of an outlet a candidate of every other.
 */
export const MIN_CANDIDATE_BLOCK_WORDS = 8;

/**
 * LSH bands (a count) over each block's MinHash, and rows per band. With
 * 4 bands of 4 rows, two paragraphs with Jaccard 0.8 (one word edited)
 * collide in at least one band with probability 0.88; a story has many
 * paragraphs, so a copy is all but certain to be found.
 */
export const LSH_BANDS = 4;
export const LSH_ROWS = 4;

/**
 * Largest LSH bucket (in articles) turned into candidate pairs. Bigger
 * buckets are a block repeated across many articles, i.e. furniture; skipping
 * them keeps candidate generation about linear in the archive size.
 */
export const MAX_BUCKET = 48;

/**
 * A block whose exact text recurs in more than this many articles of one
 * outlet (a count) is left out of the containment measure: it is the outlet's
 * furniture, which would make unrelated articles look alike. An article made
 * only of such blocks is measured on all of them.
 */
export const MAX_OUTLET_REPEATS = 4;

/**
 * Shingle containment (a ratio) above which a paragraph of a copy counts as
 * present in the canonical article when listing paragraphs added or dropped.
 */
export const SAME_PARAGRAPH = 0.5;
