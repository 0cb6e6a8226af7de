/** Block rule: the article's own title repeated as a body line before the story. */
import { normalizedKey } from '../lib/keys.ts';
import type { BlockRule } from '../lib/types.ts';

/** The article's own title repeated in the body, before the story's first sentence. */
export const ownTitle: BlockRule = {
  id: 'title/repeated',
  description: 'The article\u2019s own title repeated as a body line before the story.',
  position: 'lead',
  example: {
    title: 'River bursts its banks in Shrewsbury',
    lines: [
      'River bursts its banks in Shrewsbury',
      'Residents were evacuated from more than 200 homes overnight as the river burst its banks.',
    ],
    removed: [0],
  },
  // The title's words again once the story has begun: the story's own line.
  counterExample: {
    title: 'River bursts its banks in Shrewsbury',
    lines: [
      'Residents were evacuated from more than 200 homes overnight as the river burst its banks.',
      'River bursts its banks in Shrewsbury',
      'The river rose by two metres in six hours, the highest level recorded since the floods of 1947.',
    ],
  },
  match(view, mark) {
    const title = normalizedKey(view.article.title);
    if (!title) return;
    const end = Math.min(view.texts.length, view.leadEnd);
    for (let b = 0; b < end; b++) if (!view.removed[b] && view.keys[b] === title) mark(b, 'the article\u2019s title, repeated');
  },
};
