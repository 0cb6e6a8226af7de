import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../src/analyse/corpus/boilerplate/index.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { makeArticle } from '../support/articles.ts';

const STORY = [
  'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
  'Work on the new quay starts in March and should end before the summer season, officials said.',
];

/** Indices of the blocks the comment rule removes from an article of these lines. */
function removedAsComments(lines: string[]): number[] {
  const article = makeArticle({ id: 'x', title: 'Council backs harbour plan', lines });
  const blocks = stripBoilerplate([article], findSyndication([article], fingerprint([article]))).articles[0]!.blocks;
  return blocks.flatMap((b, i) => (b.removed?.ruleId === 'comments/thread' ? [i] : []));
}

describe('readers’ comments', () => {
  it('takes a blog’s thread of "says" lines with the day alone, from its heading to the end', () => {
    const lines = [...STORY, '36 Comments', 'Diana Yardley says', 'January 11, 2026', 'How easy is it to get to the quay by bus?', 'Reply',
      'Melissa says', 'January 12, 2026', 'There is a bus every hour from the station.', 'Reply', 'Jennifer Lowe says', 'May 22, 2025', 'Great news for the town.'];
    expect(removedAsComments(lines)).toEqual(lines.map((_, i) => i).slice(2));
  });

  it('takes "says" lines without days under a comments heading', () => {
    const lines = [...STORY, '23 Comments', 'Nina says:', 'at', 'I never found the harbour very interesting.', 'Shivya Nath says:', 'at',
      'You are the first person I know who says so.', 'Cornelia says:', 'at', 'Going there is a dream of mine.'];
    expect(removedAsComments(lines)).toEqual(lines.map((_, i) => i).slice(2));
  });

  it('leaves "says" lines of one day without a comments heading alone: an interview can quote its speakers so', () => {
    const lines = [...STORY, 'The mayor says', 'The quay will be finished by June.', 'The harbour master says', 'Boats will keep their moorings.',
      'A fisherman says', 'Nobody asked us what we wanted.'];
    expect(removedAsComments(lines)).toEqual([]);
  });

  it('needs the story before the thread', () => {
    const lines = ['Andrea says', 'May 24, 2017 at 9:24 am', 'A question.', 'Jill says', 'May 31, 2017 at 1:48 pm', 'An answer.', 'Pam', 'June 2, 2017 at 8:53 am', 'Thanks.'];
    expect(removedAsComments(lines)).toEqual([]);
  });
});

describe('lines that only look like comments', () => {
  it('leaves a story alone whose speakers are introduced with "said:" and that states one time', () => {
    const lines = [...STORY, 'The harbour master said:', '“The boats keep their moorings.”', 'The mayor said:', '“The quay will be finished by June.”',
      'Opening of the quay', 'May 24, 2017 at 9:00 am', 'Everyone in the town is welcome to the opening, the council said.'];
    expect(removedAsComments(lines)).toEqual([]);
  });
});
