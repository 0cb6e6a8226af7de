import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/analyse/per-article/parse/index.ts';
import { copyrightDate, enrich, loadNlp, statedDate } from '../../src/analyse/per-article/enrich/index.ts';
import type { SourceFile } from '../../src/model/types.ts';
import { isOneQuestion, withoutTrailingDate } from '../../src/analyse/per-article/parse/headline.ts';
import { headlineBesideDate, headlineCandidates } from '../../src/analyse/per-article/parse/headline-features.ts';

function page(text: string, file = 'page.txt'): SourceFile {
  return { file, path: `/x/${file}`, format: file.endsWith('.txt') ? 'text' : 'markdown', text, hash: 'h'.repeat(64), bytes: text.length };
}

/** A story of a few paragraphs about a harbour closed by a storm, as a page copied from a browser shows it. */
const STORY = [
  'The harbour at Port Ellin closed to all shipping on Monday after a storm tore two cranes from their moorings and sank a fishing boat at the quay.',
  'Harbour master Ines Kovac said the port would stay closed until divers had checked the channel, which could take most of the week.',
  'Fishermen said the storm was the worst they had seen in twenty years, and several asked the council for help to repair their boats.',
  'The council said it would meet on Thursday to discuss an emergency fund for the harbour and the families who depend on it.',
].join('\n\n');

const headlineOf = (text: string) => parseFile(page(text)).article!;

describe('headline of a copied page', () => {
  it('skips a cookie notice and a menu before the headline', () => {
    const a = headlineOf(
      [
        'We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.',
        'Accept all',
        'Home',
        'News',
        'Sport',
        'Weather',
        'Sign in',
        'Storm closes Port Ellin harbour for a week',
        '',
        STORY,
      ].join('\n'),
    );
    expect(a.title).toBe('Storm closes Port Ellin harbour for a week');
    expect(a.titleSource).toBe('first-line');
    expect(a.blocks.map((b) => b.text)).not.toContain('Storm closes Port Ellin harbour for a week');
  });

  it('does not take a promotion for the headline', () => {
    const a = headlineOf(['Subscribe now for $1 a week', 'Menu', 'Search', 'Storm closes Port Ellin harbour', '', STORY].join('\n'));
    expect(a.title).toBe('Storm closes Port Ellin harbour');
  });

  it('takes the headline under a section kicker, not the kicker', () => {
    const a = headlineOf(['Home', 'News', 'Local news', 'WEATHER', 'Storm closes Port Ellin harbour for a week', '', STORY].join('\n'));
    expect(a.title).toBe('Storm closes Port Ellin harbour for a week');
  });

  it('cuts the site name off a line shaped as a page title', () => {
    const a = headlineOf(
      ['Menu', 'Storm closes Port Ellin harbour | Ellin Gazette', 'Storm closes Port Ellin harbour', '', STORY, '', '© 2024 Ellin Gazette'].join('\n'),
    );
    expect(a.title).toBe('Storm closes Port Ellin harbour');
  });

  it('cuts off a name after a separator that the page shows again elsewhere', () => {
    const head = ['Subscribe', 'Critics’ picks: the best harbour storms of 2025 – Ellin Gazette'];
    const a = headlineOf([...head, 'Ellin Gazette', 'March 3, 2025', STORY].join('\n\n'));
    expect(a.title).toBe('Critics’ picks: the best harbour storms of 2025');
    // Counter-example: a name the page does not show again stays in the headline.
    const b = headlineOf([...head, 'March 3, 2025', STORY].join('\n\n'));
    expect(b.title).toBe('Critics’ picks: the best harbour storms of 2025 – Ellin Gazette');
  });

  it('leaves out a date that a separator sets after the headline', () => {
    const a = headlineOf(['Menu', 'Storm closes Port Ellin harbour / Dec 2025', '', STORY].join('\n'));
    expect(a.title).toBe('Storm closes Port Ellin harbour');
    expect(withoutTrailingDate('Storm closes Port Ellin harbour - 3 October 2023')).toBe('Storm closes Port Ellin harbour');
    // Counter-examples: words after a separator that are not a date, and a year inside the headline, stay.
    expect(withoutTrailingDate('Storm closes Port Ellin harbour / Part 2')).toBeNull();
    expect(withoutTrailingDate('Storms of 2025 - the year in review')).toBeNull();
    expect(withoutTrailingDate('The best cameras of 2025')).toBeNull();
  });

  it('marks a line that another shows cut short, and one that a trail or a label is glued to', () => {
    const lines = ['Home News Storm closes Port Ellin harbour', 'Storm closes Port Ellin harbour', 'Storm closes Port Ellin harbour for a week', STORY];
    const features = headlineCandidates(lines.map((text, i) => ({ text, line: 2 * i + 1 }))).map((c) => c.features);
    expect(features[0]).toMatchObject({ endsWithOtherLine: 1 });
    expect(features[1]).toMatchObject({ insideOtherLine: 1, prefixOfOtherLine: 1 });
    expect(features[2]).toMatchObject({ extendsOtherLine: 1 });
    expect(features[2]!.endsWithOtherLine).toBeUndefined();
  });

  it('may take a long question as the headline, but not a story sentence', () => {
    const question = 'Should the council pay to repair the harbour at Port Ellin after the storm, or should the port?';
    expect(isOneQuestion(question)).toBe(true);
    expect(headlineOf(['Menu', 'Search', question, '', STORY].join('\n')).title).toBe(question);
    // Counter-examples: a question after a sentence, and a sentence, are story text.
    expect(isOneQuestion('The storm closed the harbour. Who will pay to repair the cranes and the boats?')).toBe(false);
    expect(isOneQuestion(STORY.split('\n')[0]!)).toBe(false);
  });

  it('keeps the first line of a clean file as its headline', () => {
    expect(headlineOf(`Storm closes Port Ellin harbour\n\n${STORY}`).title).toBe('Storm closes Port Ellin harbour');
  });

  it('makes a title from the lead when a file opens with its story', () => {
    const a = headlineOf(STORY);
    expect(a.titleSource).toBe('lead');
  });

  it('keeps the title the front matter gives', () => {
    const a = parseFile(page(`---\ntitle: Given title\n---\nSubscribe now\n\nBy Jane Doe\n\n${STORY}\n`, 'given.md')).article!;
    expect(a).toMatchObject({ title: 'Given title', titleSource: 'front-matter', author: null });
  });
});

describe('byline and date stamp of a copied page', () => {
  const text = [
    'Home',
    'News',
    'Storm closes Port Ellin harbour for a week',
    'By Jane Doe, Harbour Correspondent',
    'Published 3 March 2024, 10:02 AM',
    '',
    STORY.replace('on Monday', 'on Monday, 26 February 2024,'),
  ].join('\n');

  it('reads the byline as the author, and sets it apart from the story', () => {
    const a = headlineOf(text);
    expect(a.author).toBe('Jane Doe');
    expect(a.blocks.find((b) => b.text.startsWith('By Jane Doe'))?.removed?.ruleId).toBe('byline/author');
  });

  it('dates the article by the stamp next to its headline, not by a date inside the story', () => {
    const a = headlineOf(text);
    expect(a.blocks.find((b) => b.text.startsWith('Published'))?.removed?.ruleId).toBe('byline/stamp');
    expect(statedDate(a)).toMatchObject({ date: '2024-03-03' });
  });
});

describe('a headline on the line of its date', () => {
  it('takes the headline beside its date, and the line as the publication stamp', () => {
    const a = headlineOf(['Jane Doe’s blog', 'Dec 18 2025 Storm closes Port Ellin harbour', '', STORY].join('\n'));
    expect(a.title).toBe('Storm closes Port Ellin harbour');
    expect(a.blocks.find((b) => b.text.startsWith('Dec 18 2025'))?.removed?.ruleId).toBe('byline/stamp');
    expect(statedDate(a)).toMatchObject({ date: '2025-12-18' });
  });

  it('takes no headline from a list of dated posts', () => {
    const lines = ['Recent posts', '2023-06-12 Divers return to the channel at Port Ellin', '2023-05-01 Council meets on the harbour fund', 'Storm closes Port Ellin harbour', '', STORY];
    const texts = headlineCandidates(lines.map((text, i) => ({ text, line: i + 1 }))).map((c) => c.text);
    expect(texts).toContain('Storm closes Port Ellin harbour');
    expect(texts).not.toContain('Divers return to the channel at Port Ellin');
  });

  it('takes no label, byline or reading time beside a date for a headline', () => {
    expect(headlineBesideDate('A guide to wine types and styles - 3 October 2023')).toBe('A guide to wine types and styles');
    for (const stamp of ['Posted on 3 March 2024 in Health, Science', 'March 3, 2025 by Jane Doe', '3 March 2024 | 5 min read', 'Published: 3 March 2024 10:02']) {
      expect(headlineBesideDate(stamp)).toBeNull();
    }
  });
});

describe('a copyright footer', () => {
  it('gives the year alone, as words, when nothing else dates the page', () => {
    const a = headlineOf(['Storm closes Port Ellin harbour', '', STORY, '', 'Copyright © 2013 Ellin Gazette. All rights reserved.'].join('\n'));
    expect(statedDate(a)).toBeNull();
    expect(copyrightDate(a)).toEqual({ year: 2013, text: 'Copyright © 2013' });
  });

  it('gives way to a stated date', () => {
    const a = headlineOf(['Storm closes Port Ellin harbour', 'March 3, 2024', '', STORY, '', '© 2013 Ellin Gazette'].join('\n'));
    expect(statedDate(a)).toMatchObject({ date: '2024-03-03' });
  });
});

describe('a copyright footer, through enrich', () => {
  it('leaves the article undated, and says which year its page gives', () => {
    const a = headlineOf(['Storm closes Port Ellin harbour', '', STORY, '', '© 2013 Ellin Gazette'].join('\n'));
    const [out] = enrich([a], { nlp: loadNlp() });
    expect(out).toMatchObject({ date: null, dateSource: 'copyright', dateText: '© 2013' });
  });
});
