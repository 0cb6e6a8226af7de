/** Block rule: a list of other stories after a heading, running to the end of the article. */
import { listShape, storyBefore } from '../lib/list-shape.ts';
import type { BlockRule } from '../lib/types.ts';
import { isListHeading } from './list-heading.ts';

/** A heading such as "Latest news" after the story, then only headlines and their leads to the end. */
export const tailHeadlineList: BlockRule = {
  id: 'list/trailing-headlines',
  description:
    'A heading such as "Latest news" or "Most read" followed, to the end, by other stories\u2019 headlines, with or without their first sentence.',
  example: {
    lines: [
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Most read',
      'Harbour bridge to close for repairs',
      'The bridge will close for six weeks from March, the city said on Monday.',
      'Teachers vote to strike over pay',
      'Local team wins regional final',
    ],
    removed: [1, 2, 3, 4, 5],
  },
  // Questions as subheadings, each answered by a paragraph of several sentences: a story, not a list.
  counterExample: {
    lines: [
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Read more',
      'What does the plan change?',
      'The harbour gets a new quay. Fishing boats keep their moorings on the east side.',
      'When does the work start?',
      'Work starts in March. It should end before the summer season.',
    ],
  },
  match(view, mark) {
    const { texts, counts, removed } = view;
    const n = texts.length;
    for (let h = 1; h < n - 1; h++) {
      if (removed[h] || !isListHeading(texts[h]!, counts[h]!)) continue;
      if (!storyBefore(view, h) || !listShape(view, h + 1)) continue;
      const reason = `a list of other stories after "${texts[h]}"`;
      for (let b = h; b < n; b++) mark(b, reason);
      return;
    }
  },
};
