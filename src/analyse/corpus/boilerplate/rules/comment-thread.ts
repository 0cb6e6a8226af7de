/** Block rule: readers' comments after the story, each under its writer's name and the time it was posted. */
import { CLOCK_TIME, isBareDate, MONTH_WORD, NUMERIC_DATE } from '../lib/shape.ts';
import { storyBefore } from '../lib/list-shape.ts';
import type { BlockRule, BlockView } from '../lib/types.ts';

/** Fewest comments, each a name and a posting time, that make a thread: two could be a story's own quoted exchange. */
const MIN_COMMENTS = 3;
/** Most blocks between two comments' headers: a comment's text and its "Reply" button, a long comment's paragraphs. */
const MAX_COMMENT_BLOCKS = 12;
/** A comments heading ("23 Comments", "Leave a Reply") this many blocks before the first comment starts the thread. */
const HEADING_WINDOW = 3;
/** Most words of a line naming a comment's writer ("Mike D.", "Jill Winger says"). */
const MAX_NAME_WORDS = 5;
/** Most words of a posting time, with the writer's name before it ("Dianna Caldwell Thu, 08/03/2023 - 08:05"). */
const MAX_STAMP_WORDS = 12;

const DAY_OF_MONTH = /\b\d{1,2}(?:st|nd|rd|th)?\b/;
/** The day a posting time names, as written ("May 24, 2017", "08/03/2023"). */
const DAY_TEXT = new RegExp(
  `${MONTH_WORD.source}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD.source}(?:,?\\s+\\d{4})?|${NUMERIC_DATE.source}`,
  'i',
);
/** "3 days ago", "1 year ago". */
const AGE = /^(?:an?|\d+)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$/i;
/** A comment section's heading. */
const COMMENTS_HEADING =
  /^(?:\d+\s+(?:comments?|responses?|replies|thoughts?)\b.*|(?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment|join\s+the\s+(?:discussion|conversation)|reader\s+comments|discussion)\s*:?$/i;

/** When a line says a comment was posted: a date with a clock time, or an age; with or without its writer's name before it. */
function postedAt(text: string): { day: string | null } | null {
  const t = text.trim();
  if (AGE.test(t)) return { day: null };
  if (t.split(/\s+/u).length > MAX_STAMP_WORDS || !CLOCK_TIME.test(t)) return null;
  const dated = isBareDate(t) || (MONTH_WORD.test(t) && DAY_OF_MONTH.test(t)) || NUMERIC_DATE.test(t);
  return dated ? { day: DAY_TEXT.exec(t)?.[0].toLowerCase() ?? t.toLowerCase() } : null;
}

/** Whether a line could be a comment writer's name: a few words, no sentence, no digits. */
function isNameLine(text: string, words: number): boolean {
  return words >= 1 && words <= MAX_NAME_WORDS && !/\d/u.test(text) && !/[?!]$|[^.\s]{3,}\.$/u.test(text.trim());
}

/** A comment's writer as blogs print it: a few words ending in "says" ("Jill Winger says", "Nina | Lemons and Luggage says:"). */
const SAYS_LINE = /^.{1,60}\s(?:says|said|wrote)\s*:?$/iu;

/** Blocks where a comment starts (its writer's name, else its posting time) and the day each says, in order. */
function commentStarts(view: BlockView): { at: number; day: string | null }[] {
  const { texts, counts, removed } = view;
  const starts: { at: number; day: string | null }[] = [];
  for (let b = 1; b < texts.length; b++) {
    if (removed[b]) continue;
    if (SAYS_LINE.test(texts[b]!.trim()) && counts[b]! <= MAX_STAMP_WORDS) {
      // The day under a "says" line may come without a clock time ("January 11, 2026").
      const next = b + 1 < texts.length ? texts[b + 1]!.trim() : '';
      starts.push({ at: b, day: postedAt(next)?.day ?? (isBareDate(next) ? DAY_TEXT.exec(next)?.[0].toLowerCase() ?? null : null) });
      continue;
    }
    const posted = postedAt(texts[b]!);
    if (!posted || starts.at(-1)?.at === b - 1) continue;
    const named = !removed[b - 1] && isNameLine(texts[b - 1]!, counts[b - 1]!);
    starts.push({ at: named ? b - 1 : b, day: posted.day });
  }
  return starts;
}

/**
 * The first run of `MIN_COMMENTS` comment starts or more, each within
 * `MAX_COMMENT_BLOCKS` of the one before, after the story has begun: the
 * start of its first comment, or null.
 */
function threadStart(view: BlockView): number | null {
  const starts = commentStarts(view);
  for (let i = 0; i + MIN_COMMENTS <= starts.length; i++) {
    let j = i;
    while (j + 1 < starts.length && starts[j + 1]!.at - starts[j]!.at <= MAX_COMMENT_BLOCKS) j++;
    const run = starts.slice(i, j + 1);
    if (run.length >= MIN_COMMENTS && storyBefore(view, run[0]!.at) && spansDays(view, run)) return run[0]!.at;
    i = j;
  }
  return null;
}

/** Whether the comments were posted over more than one day, or under a comments heading: a live report's entries share one day. */
function spansDays(view: BlockView, run: readonly { at: number; day: string | null }[]): boolean {
  if (new Set(run.flatMap((s) => (s.day === null ? [] : [s.day]))).size > 1) return true;
  return headingBefore(view, run[0]!.at) !== null;
}

/** The comments heading just before `at`, or null. */
function headingBefore(view: BlockView, at: number): number | null {
  for (let b = at - 1; b >= Math.max(0, at - HEADING_WINDOW); b--) if (COMMENTS_HEADING.test(view.texts[b]!.trim())) return b;
  return null;
}

/** Readers' comments, from the comments heading (or the first comment) to the end of the page. */
export const commentThread: BlockRule = {
  id: 'comments/thread',
  description: 'Readers\u2019 comments after the story: three or more, each under its writer\u2019s name and the time it was posted, to the end of the page.',
  example: {
    lines: [
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      '3 Comments',
      'Andrea says',
      'May 24, 2017 at 9:24 am',
      'Will the quay be open to visitors during the works?',
      'Reply',
      'Jill Winger says',
      'May 31, 2017 at 1:48 pm',
      'Only on weekends, as far as I know.',
      'Pam',
      'June 2, 2017 at 8:53 am',
      'Great news for the fishing fleet.',
    ],
    removed: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  },
  // A live report: entries under a reporter's name and a time of one day are the story.
  counterExample: {
    lines: [
      'Storm Ciara is moving east across the country, with gusts of up to 90 mph forecast for the coast.',
      'Jane Doe',
      'February 9, 2020 10:02 am',
      'The harbour has been closed to all boats until the afternoon.',
      'John Smith',
      'February 9, 2020 10:45 am',
      'Trains between the two cities have been cancelled for the rest of the day.',
      'Jane Doe',
      'February 9, 2020 11:30 am',
      'Power has been cut to about 20,000 homes in the north of the county.',
    ],
  },
  match(view, mark) {
    const first = threadStart(view);
    if (first === null) return;
    const start = headingBefore(view, first) ?? first;
    for (let b = start; b < view.texts.length; b++) mark(b, 'readers\u2019 comments after the story');
  },
};
