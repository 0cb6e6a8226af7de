/** Block rule: a box of a few other headlines inside the story. */
import { listShape } from '../lib/list-shape.ts';
import { endsLikeSentence, isBareDate, isHeadline, isStorySentence } from '../lib/shape.ts';
import type { BlockRule, BlockView } from '../lib/types.ts';
import { isListHeading } from './list-heading.ts';

/** Headlines a box may hold (a count); a longer run is a list of its own. */
const MAX_ITEMS = 8;

/**
 * The headlines of a box under the heading at `h`, and the block after them.
 * A stamp or a by-line among the headlines (furniture by another account,
 * `aside`), or a bare date, is not one of them: it is left to its own rule,
 * or to the story, and its date is read.
 */
function boxItems(view: BlockView, h: number): { taken: number[]; end: number } {
  const { texts, counts, removed, aside } = view;
  const n = texts.length;
  let end = h + 1;
  const taken: number[] = [];
  while (end < n && taken.length < MAX_ITEMS && !removed[end]) {
    if (aside[end] || isBareDate(texts[end]!)) {
      end++;
      continue;
    }
    if (!isHeadline(texts[end]!, counts[end]) || endsLikeSentence(texts[end]!)) break;
    taken.push(end++);
  }
  return { taken, end };
}

/** A heading such as "Related stories" followed by a few headlines, then the story resumes. */
export const headlineBox: BlockRule = {
  id: 'list/headline-box',
  description: 'A "Related stories" style box of a few headlines inside the story.',
  example: {
    lines: [
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Related stories',
      'Harbour bridge to close for repairs',
      'Teachers vote to strike over pay',
      'Opponents said they would challenge the decision in court before the end of the month.',
    ],
    removed: [1, 2, 3],
  },
  // A kicker worded like a list heading, over the story itself: no headline under it.
  counterExample: {
    lines: [
      'Breaking news',
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Opponents said they would challenge the decision in court before the end of the month.',
    ],
  },
  match(view, mark) {
    const { texts, counts, removed } = view;
    const n = texts.length;
    for (let h = 0; h < n - 2; h++) {
      if (removed[h] || !isListHeading(texts[h]!, counts[h]!)) continue;
      const { taken, end } = boxItems(view, h);
      const items = taken.length;
      // The story must resume after the box; a list running to the end is a trailing list.
      if (items < 1 || end >= n || removed[end] || !isStorySentence(texts[end]!, counts[end])) continue;
      // A list heading further down starts the trailing list: this one is a box.
      let later = false;
      for (let b = end; b < n; b++) if (!removed[b] && isListHeading(texts[b]!, counts[b]!)) later = true;
      if (!later && listShape(view, h + 1)) continue;
      const reason = `a box of ${items} other headline${items === 1 ? '' : 's'} under "${texts[h]}"`;
      mark(h, reason);
      for (const b of taken) mark(b, reason);
      h = end - 1;
    }
  },
};
