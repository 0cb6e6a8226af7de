/** Block rule: the same short line twice in a row, a photo caption and its copy. */
import type { BlockRule } from '../lib/types.ts';

/** Most words (a count) of a line printed twice that is taken for a caption's copy; a longer one is a paragraph pasted twice. */
const MAX_WORDS = 40;

/** Words that mark a line as crediting a picture, so that both copies go. */
const CAPTION = /\b(?:photo|image|picture|pictured|credit|file|getty|reuters|afp|ap|epa|shutterstock)\b/i;

/** The same short line twice in a row: the copy goes, and the first too when it credits a picture. */
export const repeatedLine: BlockRule = {
  id: 'caption/repeated-line',
  description:
    'The same short line twice in a row: a photo caption and its copy. Both go when the line credits a picture; otherwise only the copy.',
  example: {
    lines: [
      'Flood water in the town centre on Sunday, pictured by Getty',
      'Flood water in the town centre on Sunday, pictured by Getty',
      'Residents were evacuated from more than 200 homes overnight as the river burst its banks.',
      'Residents were evacuated from more than 200 homes overnight as the river burst its banks.',
    ],
    removed: [0, 1, 3],
  },
  // A line the story comes back to, not in a row: a refrain, not a copy.
  counterExample: {
    lines: [
      'Residents were evacuated from more than 200 homes overnight as the river burst its banks.',
      'The river rose by two metres in six hours, the highest level recorded since the floods of 1947.',
      'Residents were evacuated from more than 200 homes overnight as the river burst its banks.',
    ],
  },
  match(view, mark) {
    const { texts, keys, counts } = view;
    for (let b = 1; b < texts.length; b++) {
      if (counts[b]! === 0 || counts[b]! > MAX_WORDS) continue;
      if (keys[b] !== keys[b - 1]) continue;
      const caption = CAPTION.test(texts[b]!);
      mark(b, 'the line before, repeated');
      if (caption) mark(b - 1, 'a caption printed twice');
    }
  },
};
