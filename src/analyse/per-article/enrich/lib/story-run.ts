/**
 * The run of an article's kept blocks that is its story: the blocks whose
 * names and nouns are read as the story's (`tagArticle`). Furniture a page
 * keeps after the furniture pass (a comment thread, teasers of other
 * stories, an author's biography, a reference list) mostly stands apart from
 * the story, behind lines that are no prose, or repeats itself.
 */
import { PROSE_MIN_WORDS, STORY_GAP_LINES, STORY_RUN_SHARE } from '../settings.ts';

/**
 * Whether a block reads as story prose: a sentence (it ends with a full
 * stop, a question or exclamation mark, before any closing quote or
 * bracket) or a paragraph of `PROSE_MIN_WORDS` words or more. Menus,
 * headings, link lists, buttons and captions left on a copied page are
 * short lines without a full stop; the names they hold are not the story's.
 */
export function isProse(text: string): boolean {
  const t = text.trim();
  if (/[.!?…]["'”’)\]]*$/u.test(t) && /\p{Ll}/u.test(t) && hasWords(t, 3)) return true;
  return hasWords(t, PROSE_MIN_WORDS);
}

/**
 * Whether trimmed text has at least `n` words (runs between spaces, as
 * `t.split(/\s+/u).length` counts them), counted only as far as `n`: the
 * syndication pass asks it of every block of every article, and splitting
 * a long paragraph into an array of its words to count them is most of its cost.
 */
function hasWords(t: string, n: number): boolean {
  if (n <= 1) return true;
  const gaps = /\s+/gu;
  let words = 1;
  while (gaps.exec(t) !== null) if (++words >= n) return true;
  return false;
}

/** An author list opening a block, as references cite them: "Satija A, et al.", "Gethin R.", "Smith, J. A.". */
const CITED_AUTHORS = /^\p{Lu}[\p{L}'’-]+,? \p{Lu}{1,3}\.?(?:,|\.| and | & | et al)/u;
/** The year of a reference: "(2016).", "; 1998.", ". 2019:632". */
const CITED_YEAR = /\((?:19|20)\d\d[a-z]?\)|[;.] (?:19|20)\d\d[a-z]?[;:.]/u;

/**
 * Whether a block is an entry of a list of references ("Satija A, et al.
 * (2016). Plant-based dietary patterns …"): the places and publishers it
 * names are the sources', not the story's.
 */
export function isReference(text: string): boolean {
  return CITED_AUTHORS.test(text) && CITED_YEAR.test(text);
}

/**
 * The prose blocks of the story's runs: blocks are cut into runs of prose
 * where `STORY_GAP_LINES` lines that are no prose (nor references,
 * `isReference`) come between two prose blocks; the run with the most
 * prose words is the story, and so is each run with `STORY_RUN_SHARE` of
 * its words or more (a story a table or a gallery cuts in two). A block the page gives again word for word is read
 * once, where it first stands: a promotion repeated down the page says
 * nothing more of the story.
 */
export function storyProse(blocks: readonly string[]): string[] {
  const seen = new Set<string>();
  const runs: { prose: string[]; words: number }[] = [];
  let gap = Infinity;
  for (const text of blocks) {
    const key = text.trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    if (!isProse(text) || isReference(text)) {
      gap++;
      continue;
    }
    if (gap >= STORY_GAP_LINES) runs.push({ prose: [], words: 0 });
    gap = 0;
    const run = runs[runs.length - 1]!;
    run.prose.push(text);
    run.words += text.split(/\s+/u).length;
  }
  const most = Math.max(0, ...runs.map((r) => r.words));
  return runs.filter((r) => r.words >= most * STORY_RUN_SHARE).flatMap((r) => r.prose);
}
