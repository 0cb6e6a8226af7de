/**
 * Quotes: spans of reported speech, and the word shingles that let two
 * reports be seen quoting the same words.
 */
import { phraseShingleHashes } from '../../../../text/shingles.ts';
import { bareWords } from '../../../../text/words.ts';
import { QUOTE_MIN_WORDS, QUOTE_SHINGLE_WORDS } from '../settings.ts';

/**
 * Double quotes in their many spellings (curly, straight, doubled single
 * quotes and backticks of tokenised text) fold to one straight quote.
 */
function foldDoubleQuotes(text: string): string {
  return text.replace(/``|''|[“”„‟«»]/gu, '"');
}

const DOUBLE = /"([^"]+)"/gu;
// A single quote opens after a space or bracket and closes before a space or
// punctuation, so apostrophes inside words ("doesn’t", "Lohan's") do not count.
const SINGLE = /(?:^|(?<=[\s([—–-]))[‘'](?=\S)(.+?)(?<=\S)[’'](?=$|[\s.,;:!?)\]—–-])/gu;

/**
 * The quotes of a text, in order, with at least `minWords` words. A block
 * that opens a quote and does not close it (a quote that goes on in the next
 * paragraph) is quoted to its end.
 *
 * @param blocks Texts of the article's blocks.
 * @param minWords Fewest words a quote has (default: `QUOTE_MIN_WORDS`).
 */
export function extractQuotes(blocks: readonly string[], minWords = QUOTE_MIN_WORDS): string[] {
  const out: string[] = [];
  const keep = (q: string) => {
    const t = q.replace(/\s+/gu, ' ').trim();
    if (bareWords(t).length >= minWords) out.push(t);
  };
  for (const raw of blocks) {
    const block = foldDoubleQuotes(raw);
    let found = false;
    for (const m of block.matchAll(DOUBLE)) {
      keep(m[1] as string);
      found = true;
    }
    const quoteCount = (block.match(/"/gu) ?? []).length;
    if (quoteCount % 2 === 1) {
      // An unclosed quote runs to the end of the block.
      const last = block.lastIndexOf('"');
      keep(block.slice(last + 1));
      found = true;
    }
    if (found) continue;
    let single = false;
    for (const m of block.matchAll(SINGLE)) {
      keep(m[1] as string);
      single = true;
    }
    if (!single && /^[‘']/u.test(block)) keep(block.slice(1));
  }
  return out;
}

/**
 * Hashes of the `size`-word shingles of a text (its `bareWords`), sorted,
 * without repeats; none when the text is shorter (see `phraseShingleHashes`).
 *
 * @param text Any text.
 * @param size Words per shingle (default: `QUOTE_SHINGLE_WORDS`).
 */
export function shingles(text: string, size = QUOTE_SHINGLE_WORDS): number[] {
  return phraseShingleHashes(bareWords(text), size);
}
