import { describe, expect, it } from 'vitest';
import { bareName, bylineAuthor, findByline } from '../../src/analyse/per-article/parse/byline.ts';
import { isDateStamp } from '../../src/analyse/per-article/parse/headline-features.ts';

describe('bylineAuthor', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by Jane Doe | May 19, 2024', 'Jane Doe'],
    ['Written by Jane Doe', 'Jane Doe'],
    ['Author: Jane Doe', 'Jane Doe'],
    ['By Jane Doe, Political Editor', 'Jane Doe'],
    ['By Jane Doe and Tom Roe', 'Jane Doe and Tom Roe'],
    ['Written by Jane Doe, Tom Roe, and Ann Poe', 'Jane Doe, Tom Roe, and Ann Poe'],
    ['BY JANE DOEPUBLISHED: JAN 29, 2025', 'Jane Doe'],
    ['ByJane Doe 12th February 2025', 'Jane Doe'],
    ['Last updated on 8 April 2024 by Jane Doe', 'Jane Doe'],
    ['by Jane Doe—10 min read', 'Jane Doe'],
    ['Written byby Jane Doe', 'Jane Doe'],
    ['Contributors: Jane Doe', 'Jane Doe'],
    ['By Harbour Times Staff', 'Harbour Times Staff'],
    ['By News Desk', 'News Desk'],
    ['By Jane Doe Staff Writer', 'Jane Doe'],
    ['By Jane Doe Executive Editor', 'Jane Doe'],
  ])('reads %j as a byline of %j', (line, author) => {
    expect(bylineAuthor(line)).toBe(author);
  });

  it.each(['By Tuesday, most of the roads had reopened.', 'Photo by Jane Doe', 'Stand by me', 'Police said the boat was hit by a wave.'])(
    'does not read %j as a byline',
    (line) => {
      expect(bylineAuthor(line)).toBeNull();
    },
  );
});

describe('bareName', () => {
  it('reads a name alone, a name with credentials, and a name before or after a date', () => {
    expect(bareName('Jane Doe')).toBe('Jane Doe');
    expect(bareName('Jane Doe, Ph.D.')).toBe('Jane Doe, Ph.D.');
    expect(bareName('Jane Doe March 3, 2024')).toBe('Jane Doe');
    expect(bareName('Mar 3, 2024Jane Doe')).toBe('Jane Doe');
  });

  it('reads the name before its role after a comma', () => {
    expect(bareName('Jane Doe, Print Managing Editor')).toBe('Jane Doe');
    expect(bareName('Jane Doe, Staff Writer')).toBe('Jane Doe');
  });

  it('reads the name among the parts of a stamp line', () => {
    expect(bareName('December 15, 2025 · 30 min · 6279 words · Jane Doe')).toBe('Jane Doe');
    expect(bareName('Jane Doe•Updated on Jul 4, 2024 •28 min read')).toBe('Jane Doe');
    expect(bareName('December 15, 2025 · 30 min · 6279 words')).toBeNull();
  });

  it('does not read a label or a phrase as a name', () => {
    expect(bareName('Last Updated')).toBeNull();
    expect(bareName('Table of Contents')).toBeNull();
    expect(bareName('Call for Proposals is Open')).toBeNull();
    expect(bareName('Email Print Facebook Pinterest X')).toBeNull();
  });
});

describe('findByline', () => {
  const story = 'The harbour at Port Ellin closed to all shipping on Monday after a storm tore two cranes from their moorings.';

  it('takes a bare name that stands by the date stamp under the headline', () => {
    const lines = ['Storm closes harbour', 'Jane Doe', 'March 3, 2024', story];
    expect(findByline(lines, 0, isDateStamp)).toEqual({ index: 1, author: 'Jane Doe' });
  });

  it('takes a bare name by the date stamp that the author’s box and a link to their stories name again, not one a list names often', () => {
    const bio = 'Jane Doe is a reporter at the Port Ellin Gazette.';
    const lines = ['Storm closes harbour', 'Jane Doe', 'March 3, 2024', story, 'About the author', 'Jane Doe', bio, 'More from', 'Jane Doe'];
    expect(findByline(lines, 0, isDateStamp)).toEqual({ index: 1, author: 'Jane Doe' });
    const listed = [...lines, 'Cranes return to the quay', 'Jane Doe', 'Ferry times change', 'Jane Doe'];
    expect(findByline(listed, 0, isDateStamp)).toBeNull();
  });

  it('takes a bare name right under the headline that the author’s box names again, with a role or a reading time before the stamp', () => {
    const lines = ['Storm closes harbour', 'Jane Doe', '9 min read', 'Updated March 3, 2024', story, 'About the author', 'Jane Doe'];
    expect(findByline(lines, 0, isDateStamp)).toEqual({ index: 1, author: 'Jane Doe' });
  });

  it('does not ask credentials after a name whether the page writes them in lower case, but asks the words of a list of sections', () => {
    const lines = ['Storm closes harbour', 'Report this story', 'Jane Doe, MS, RD', 'Published March 3, 2024', `${story} It was the 3rd storm of the month.`];
    expect(findByline(lines, 0, isDateStamp)).toEqual({ index: 2, author: 'Jane Doe, MS, RD' });
    const sections = ['Storm closes harbour', 'Weather, Shipping', 'March 3, 2024', `${story} The weather and the shipping lanes suffered.`];
    expect(findByline(sections, 0, isDateStamp)).toBeNull();
  });

  it('takes the name on the line after a "By" label', () => {
    const lines = ['Storm closes harbour', 'By', 'Jane Doe', story];
    expect(findByline(lines, 0, isDateStamp)).toEqual({ index: 2, author: 'Jane Doe' });
  });

  it('takes a "Written by" byline the page prints at the foot of the story, not a bare "By" there', () => {
    const body = Array.from({ length: 12 }, (_, k) => `${story} (${k + 1})`);
    expect(findByline(['Storm closes harbour', ...body, 'Article written by:', 'Jane Doe, MD'], 0, isDateStamp)).toEqual({ index: 14, author: 'Jane Doe, MD' });
    expect(findByline(['Storm closes harbour', ...body, 'Written by Jane Doe'], 0, isDateStamp)).toEqual({ index: 13, author: 'Jane Doe' });
    expect(findByline(['Storm closes harbour', ...body, 'Ferries return', 'By', 'Tom Roe'], 0, isDateStamp)).toBeNull();
  });

  it('does not count an address or a handle on the page as the name written in lower case', () => {
    const lines = ['Storm closes harbour', 'Jane Doe', 'March 3, 2024', story, 'Write to jane@harbour.example or @janedoe.'];
    expect(findByline(lines, 0, isDateStamp)).toEqual({ index: 1, author: 'Jane Doe' });
  });

  it('does not take a kicker of capitalised words under the headline when the page writes its words in lower case', () => {
    const lines = ['Storm closes harbour', 'Harbour Weather', `${story} The weather will stay rough and the harbour shut.`];
    expect(findByline(lines, 0, isDateStamp)).toBeNull();
  });
});
