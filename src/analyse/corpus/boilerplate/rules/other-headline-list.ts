/** Block rule: the leads of a list of other stories, between other articles' headlines that run to the end. */
import { storyBefore } from '../lib/list-shape.ts';
import { isStorySentence } from '../lib/shape.ts';
import type { BlockRule, BlockView } from '../lib/types.ts';
import { OTHER_LIST_INTERIOR, OTHER_LIST_MAX_GAP, OTHER_LIST_MIN } from '../settings.ts';
import { headlineBox } from './headline-box.ts';
import { isListHeading } from './list-heading.ts';
import { otherHeadline } from './other-headline.ts';

/** Rules whose removals are the other articles' headlines this rule reads. */
const HEADLINE_RULES: readonly string[] = [otherHeadline.id, headlineBox.id];

/** Was block `b` taken as another article's headline? */
function isOtherHeadline(view: BlockView, b: number): boolean {
  const r = view.removed[b];
  return r !== undefined && HEADLINE_RULES.includes(r.ruleId);
}

/** Does block `b` open another article, of another story? */
function opensOther(view: BlockView, b: number): boolean {
  const { corpus, self } = view;
  return corpus.leadOwners.get(view.keys[b]!)?.some((o) => o !== self && corpus.group[o] !== corpus.group[self]) === true;
}

/**
 * From the headline at `s` to the end: other headlines, furniture, and short
 * runs of lines between them. Returns the lines between them and the number
 * of headlines, or null when this is not a list. A list has leads between its
 * headlines; a box of headlines in a row, then the story, has none.
 */
function listFrom(view: BlockView, s: number): { heads: number; between: number[] } | null {
  const { texts, counts, removed, aside } = view;
  let heads = 0;
  let gap = 0;
  let interior = 0;
  const between: number[] = [];
  for (let b = s; b < texts.length; b++) {
    // A list heading after lines of text starts a list of its own: the lines before it are the story's.
    if (b > s && between.length > 0 && isListHeading(texts[b]!, counts[b]!)) return null;
    if (isOtherHeadline(view, b)) {
      heads++;
      if (gap > 0) interior++;
      gap = 0;
    } else if (!removed[b] && !aside[b]) {
      between.push(b);
      // A line that opens another article (of another story) is one of the list's leads, wherever it stands.
      if (opensOther(view, b)) {
        if (gap > 0) interior++;
        gap = 0;
      } else if (++gap > OTHER_LIST_MAX_GAP) return null;
    }
  }
  return heads < OTHER_LIST_MIN || interior < OTHER_LIST_INTERIOR ? null : { heads, between };
}

/**
 * Lines between the list's heading and its first headline at `s`, which are
 * items too when the story stands above the heading (a heading over the story
 * itself is a kicker, not a list's); none when no heading is near.
 */
function itemsUnderHeading(view: BlockView, s: number): number[] {
  const { texts, counts, removed, aside } = view;
  const run: number[] = [];
  for (let b = s - 1; b >= 0 && run.length <= OTHER_LIST_MAX_GAP; b--) {
    if (isListHeading(texts[b]!, counts[b]!)) {
      if (!storyBefore(view, b)) return [];
      if (!removed[b]) run.push(b);
      return run;
    }
    if (removed[b] || aside[b]) return [];
    run.push(b);
  }
  return [];
}

/** The lines between other articles' headlines (found by the headline rules) that run to the end: their leads. */
export const otherHeadlineList: BlockRule = {
  id: 'list/other-stories',
  description:
    'The lines between other articles\u2019 headlines when three or more of them run to the end of the article: the leads of a list of other stories.',
  example: {
    lines: [
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Opponents said they would challenge the decision in court before the end of the month.',
      'Harbour bridge to close for six weeks',
      'Drivers face long detours while engineers replace the deck of the old bridge this summer.',
      'School board names new head of district',
      'The appointment ends a search that lasted almost a year.',
      'Parents welcomed the choice at a meeting on Monday.',
      'Storm leaves thousands without power',
      'Crews worked through the night to restore the lines.',
    ],
    otherTitles: ['Harbour bridge to close for six weeks', 'School board names new head of district', 'Storm leaves thousands without power'],
    removed: [2, 3, 4, 5, 6, 7, 8],
  },
  // A box of other headlines in a row, then the story's last lines: no lead stands between the headlines.
  counterExample: {
    lines: [
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Harbour bridge to close for six weeks',
      'School board names new head of district',
      'Storm leaves thousands without power',
      'Opponents said they would challenge the decision in court.',
      'The next meeting is in May.',
    ],
    otherTitles: ['Harbour bridge to close for six weeks', 'School board names new head of district', 'Storm leaves thousands without power'],
    kept: [0, 4, 5],
  },
  match(view, mark) {
    const { texts, counts, removed, aside } = view;
    // The list must follow the story. The title of a page stands for its story when it is a headline the
    // page was published under: a one-sentence report has no sentence of its own above its lists.
    let story = view.corpus.realTitle[view.self] === true;
    for (let s = 0; s < texts.length; s++) {
      if (!isOtherHeadline(view, s)) {
        if (!removed[s] && !aside[s] && isStorySentence(texts[s]!, counts[s])) story = true;
        continue;
      }
      if (!story) continue;
      const list = listFrom(view, s);
      if (!list) continue;
      const reason = `a line of a list of ${list.heads} other stories, between their headlines`;
      for (const b of [...list.between, ...itemsUnderHeading(view, s)]) mark(b, reason);
      return;
    }
  },
};
