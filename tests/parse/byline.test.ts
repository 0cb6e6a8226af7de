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

  it('takes a bare name by the date stamp that the author’s box under the story names again, not one a list names often', () => {
    const bio = 'Jane Doe is a reporter at the Port Ellin Gazette.';
    const lines = ['Storm closes harbour', 'Jane Doe', 'March 3, 2024', story, 'About the author', 'Jane Doe', bio];
    expect(findByline(lines, 0, isDateStamp)).toEqual({ index: 1, author: 'Jane Doe' });
    const listed = [...lines, 'More from', 'Jane Doe', 'Cranes return to the quay'];
    expect(findByline(listed, 0, isDateStamp)).toBeNull();
  });

  it('takes the name on the line after a "By" label', () => {
    const lines = ['Storm closes harbour', 'By', 'Jane Doe', story];
    expect(findByline(lines, 0, isDateStamp)).toEqual({ index: 2, author: 'Jane Doe' });
  });

  it('does not take a kicker of capitalised words under the headline when the page writes its words in lower case', () => {
    const lines = ['Storm closes harbour', 'Harbour Weather', `${story} The weather will stay rough and the harbour shut.`];
    expect(findByline(lines, 0, isDateStamp)).toBeNull();
  });
});
