/** Block rule: the heading of a list of other stories, left alone once the list itself is gone or was never copied. */
import type { BlockRule } from '../lib/types.ts';
import { LIST_HEADING_MAX_WORDS } from '../settings.ts';
import { isListHeading } from './list-heading.ts';

/**
 * More wordings of such a heading, read by this rule alone: the rules that
 * look for the list under a heading keep to the shorter list of
 * `LIST_HEADING`, whose lists the furniture model was fitted beside.
 */
const MORE_LIST_HEADINGS =
  /^(?:you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)(?:\s+to\s+read)?|(?:other\s+)?(?:posts|articles|stories)\s+you\s+(?:may|might)\s+(?:like|enjoy)|similar\s+(?:posts|articles|stories)|up\s+next|related\s+reads|popular\s+(?:articles|reads)|other\s+interesting\s+(?:articles|stories|posts)|more\s+by\s+(?:this|the)\s+(?:author|contributor|writer)|read\s+this\s+next)\s*[:.]?$/i;

/** A heading of a list of other stories, in either list of wordings. */
function headsList(text: string, count: number): boolean {
  return isListHeading(text, count) || (count <= LIST_HEADING_MAX_WORDS && MORE_LIST_HEADINGS.test(text));
}

/**
 * "Related articles", "Read next", "You may also like" followed by nothing, or
 * by blocks already removed: the list it heads was taken out by an earlier
 * rule, or was a row of pictures the page's text never held. Runs last, so
 * the rules that read such a heading to find the list after it still see it.
 */
export const loneListHeading: BlockRule = {
  id: 'list/lone-heading',
  readInPlace: true,
  description: 'A heading of a list of other stories ("Related articles", "Read next") that is still in the text once the lists are taken out.',
  example: {
    lines: [
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Work on the new quay starts in March and should end before the summer season.',
      'Related articles',
    ],
    removed: [2],
  },
  // Story under the heading: it may be the story's own subheading.
  counterExample: {
    lines: [
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Read more',
      'The harbour works will cost more than the council had planned, officials said.',
    ],
  },
  match(view, mark) {
    const { texts, counts, removed } = view;
    for (let b = 0; b < texts.length; b++) {
      if (removed[b] || !headsList(texts[b]!, counts[b]!)) continue;
      // What follows a heading is its list: gone (or nothing), the heading goes too; text kept after it, it may head the story.
      if (b + 1 === texts.length || removed[b + 1]) mark(b, `the heading "${texts[b]}" of a list of other stories`);
    }
  },
};
