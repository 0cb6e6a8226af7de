/**
 * Why the furniture model removed a line, in words: the features that pulled
 * it furthest from a typical story line, each said the way a reader would.
 */
import { CUES } from './shape.ts';

/**
 * For each feature, what it says about a line when its value is above (`more`)
 * or below (`less`) that of a typical story line. A feature without the
 * phrase for a direction is not given as a reason in that direction.
 */
const PHRASES: Record<string, { more?: string; less?: string }> = {
  'words:0-1': { more: 'a single word' },
  'words:2-3': { more: 'two or three words' },
  'words:4-7': { more: 'a short line' },
  'log-words': { less: 'few words' },
  'log-chars': { less: 'short' },
  'ends:sentence': { less: 'not a sentence' },
  'ends:colon': { more: 'ends in a colon' },
  'ends:none': { more: 'no closing punctuation' },
  'sentences:2+': { less: 'not several sentences' },
  'stop-share': { less: 'few function words' },
  'cap-share': { more: 'mostly capitalised words' },
  'all-caps': { more: 'in capitals' },
  'digit-share': { more: 'many digits' },
  'symbol-share': { more: 'many symbols' },
  'has:url': { more: 'a web address' },
  'has:at': { more: 'an @ handle' },
  'has:email': { more: 'an e-mail address' },
  'has:copyright': { more: 'a copyright notice' },
  separators: { more: 'items split by separators' },
  'starts:bullet': { more: 'a bullet' },
  'bare-date': { more: 'a date alone' },
  'has:date': { more: 'a date' },
  'has:time': { more: 'a clock time' },
  'headline-shaped': { more: 'headline-shaped' },
  'title-case-short': { more: 'a short title-case label' },
  'one-word': { more: 'a single word' },
  'ends:ellipsis': { more: 'cut off with an ellipsis' },
  'has:price': { more: 'a price' },
  'pos:first-tenth': { more: 'at the top of the page' },
  'pos:last-tenth': { more: 'at the bottom of the page' },
  'core:inside': { less: 'outside the story text' },
  'core:before': { more: 'before the story text' },
  'core:after': { more: 'after the story text' },
  'core:dist-before': { more: 'far before the story text' },
  'core:dist-after': { more: 'far after the story text' },
  'wide-core:inside': { less: 'outside the story text' },
  'span:inside': { less: 'outside the story text' },
  'span:before': { more: 'before the story text' },
  'span:after': { more: 'after the story text' },
  'segment:main': { less: 'apart from the main story text' },
  'segment:from-main': { more: 'apart from the main story text' },
  'prev:p': { less: 'after a line of furniture' },
  'next:p': { less: 'before a line of furniture' },
  'around:p': { less: 'among lines of furniture' },
  'prev:removed': { more: 'after a line of furniture' },
  'next:removed': { more: 'before a line of furniture' },
  'list-run': { more: 'in a run of short lines' },
  'gap:like-core': { less: 'not spaced like the story paragraphs' },
  'repeat:page': { more: 'repeated on the page' },
  'repeat:outlet': { more: 'repeated in other articles of the outlet' },
  'repeat:outlet-any': { more: 'repeated in other articles of the outlet' },
  'repeat:archive': { more: 'repeated in other articles of the archive' },
  'repeat:archive-any': { more: 'repeated in other articles of the archive' },
  'title:equal': { more: 'the title repeated' },
  'outside:short': { more: 'short, outside the story text' },
  'outside:sentence': { more: 'a sentence outside the story text' },
};
for (const c of CUES) PHRASES[`cue:${c}`] = { more: `the word “${c}”` };

/** Cues of what a line looks like, and of where it stands, given at most per removal. */
const MAX_LOOK_CUES = 2;
const MAX_PLACE_CUES = 1;

/** The phrases of the features that pull a row furthest toward furniture from a typical story line, strongest first. */
function pulls(
  names: readonly string[],
  row: readonly number[],
  weights: Readonly<Record<string, number>>,
  typical: Readonly<Record<string, number>>,
): string[] {
  const found: { phrase: string; pull: number; order: number }[] = [];
  names.forEach((name, j) => {
    const delta = row[j]! - (typical[name] ?? 0);
    const pull = -(weights[name] ?? 0) * delta;
    if (pull <= 0) return;
    const phrase = delta > 0 ? PHRASES[name]?.more : PHRASES[name]?.less;
    if (phrase) found.push({ phrase, pull, order: j });
  });
  found.sort((a, b) => b.pull - a.pull || a.order - b.order);
  return [...new Set(found.map((f) => f.phrase))];
}

/** What the reason is read from: the line's shape under the first pass, its whole row under the last. */
export interface ReasonInput {
  shapeNames: readonly string[];
  shapeWeights: Readonly<Record<string, number>>;
  names: readonly string[];
  weights: Readonly<Record<string, number>>;
  /** A typical story line's value of each feature. */
  typical: Readonly<Record<string, number>>;
}

/**
 * The reason for removing a line: what it looks like (the shape features
 * that pulled its first-pass score furthest toward furniture from a typical
 * story line's) and where it stands (the same, among the last pass's context
 * features), in words.
 *
 * @param input Feature names, weights and the typical story line.
 * @param row The line's features under the last pass (the shape comes first).
 */
export function furnitureReason(input: ReasonInput, row: readonly number[]): string {
  const shapeSet = new Set(input.shapeNames);
  const look = pulls(input.shapeNames, row.slice(0, input.shapeNames.length), input.shapeWeights, input.typical).slice(0, MAX_LOOK_CUES);
  const placeNames = input.names.filter((n) => !shapeSet.has(n));
  const placeRow = input.names.flatMap((n, j) => (shapeSet.has(n) ? [] : [row[j]!]));
  const place = pulls(placeNames, placeRow, input.weights, input.typical).filter((p) => !look.includes(p)).slice(0, MAX_PLACE_CUES);
  const phrases = [...look, ...place];
  return phrases.length ? `page furniture by its look and place: ${phrases.join('; ')}` : 'page furniture by its look and place';
}
