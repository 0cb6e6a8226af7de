import { describe, expect, it } from 'vitest';
import { enrich, loadNlp, pageStampDate, readDateline, stampDate, statedDate } from '../../src/analyse/per-article/enrich/index.ts';
import { plainArticle } from '../../tools/eval/events-data.ts';

const nlp = loadNlp();
const removedBy = (ruleId: string) => ({ ruleId, reason: 'furniture' });

describe('a publication stamp anywhere on a page', () => {
  it('reads a line that is a date and its labels, times, counts and a byline name', () => {
    expect(stampDate('Dec 1, 2025')?.date).toBe('2025-12-01');
    expect(stampDate('09/25/2025')?.date).toBe('2025-09-25');
    expect(stampDate('Published August 13, 2025')?.date).toBe('2025-08-13');
    expect(stampDate('Page last modified Jan. 17, 2025 @ 01:39 PM EST')?.date).toBe('2025-01-17');
    expect(stampDate('Posted on the 15/12/2025 at 19:00 by @jdoe')?.date).toBe('2025-12-15');
    expect(stampDate('Zach Lezberg | May 22, 2025')?.date).toBe('2025-05-22');
    expect(stampDate('June 9, 2020 · 6 Comments')?.date).toBe('2020-06-09');
    expect(stampDate('Monday, August 11th, 2025 at 11:00 am | Categories: Helena, MT, Thermostats |')?.date).toBe('2025-08-11');
  });

  it('reads stamps that copied text glues to a name, a reading time or the same date', () => {
    expect(stampDate('ByKathryn GiuffridaMar 5, 2025 | 6 comments')?.date).toBe('2025-03-05');
    expect(stampDate('Mar 27, 20255 mins')?.date).toBe('2025-03-27');
    expect(stampDate('Jan 5, 2026Jan 5, 2026')?.date).toBe('2026-01-05');
  });

  it('does not take a sentence, a list entry or a citation that mentions a date for a stamp', () => {
    expect(stampDate('As of July 31, 2025, the FDA has received:')).toBeNull();
    expect(stampDate('A Mindful Approach to New Year’s Resolutions and Other Habits - January 13, 2020')).toBeNull();
    expect(stampDate('Sean Kelly Gallery, Dawoud Bey, consulted on November 5, 2025.')).toBeNull();
    expect(stampDate('# 15th Dec 2025•backlinks•agents, ai, llms, web')).toBeNull();
    expect(stampDate('Update note: this post was first published on 21 June 2017 and updated on 18 July 2025 for accuracy.')).toBeNull();
  });

  it('prefers the stamp labelled as the publication, then one that is no update, and the label on the line above', () => {
    const page = (text: string) => plainArticle({ id: 'a', title: 'Flu season starts early', text });
    expect(pageStampDate(page('Updated Jun 16, 2025\nThe clinics were full.\nJan 5, 2026'))?.date).toBe('2026-01-05');
    expect(pageStampDate(page('Updated Feb 11, 2026\nThe clinics were full.'))?.date).toBe('2026-02-11');
    expect(pageStampDate(page('The clinics were full.\nReviewed\n8 October 2020\nPublished\n15 November 2018'))?.date).toBe('2018-11-15');
  });

  it('dates an article from a stamp under its story when its head and lead state none, never from lists or comments', () => {
    const article = plainArticle({
      id: 'a',
      title: 'How clinics prepare for the flu season',
      text: 'Clinics across the county are preparing for a long season.\nNurses were hired in the summer.\nMore from us: Storm hits coast - March 3, 2024\nPublished August 30, 2024\nSubscribe to our newsletter',
    });
    article.blocks[2]!.removed = removedBy('list/other-headline');
    article.blocks[3]!.removed = removedBy('furniture/learned');
    expect(statedDate(article)).toMatchObject({ date: '2024-08-30', text: 'August 30, 2024' });
    expect(enrich([article], { nlp })[0]).toMatchObject({ date: '2024-08-30', dateSource: 'text' });
    article.blocks[3]!.removed = removedBy('tail/comments');
    expect(enrich([article], { nlp })[0]).toMatchObject({ date: null, dateSource: 'none' });
  });
});

describe('a stamp line with two dates', () => {
  it('reads the date labelled as the publication over the update', () => {
    expect(readDateline('Updated November 11, 20228:23 PM ET Originally published November 9, 202211:01 AM ET')?.date).toBe('2022-11-09');
    expect(readDateline('Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026')?.date).toBe('2022-12-22');
  });

  it('reads the earlier of two dates printed side by side, a page being updated after it is published', () => {
    expect(readDateline('Posted on June 29, 2020November 12, 2021')?.date).toBe('2020-06-29');
    expect(readDateline('May 21, 2025April 24, 2025 by The Ritualist')?.date).toBe('2025-04-24');
    // Two dates apart in a sentence are no stamp pair: the first is the dateline's.
    expect(readDateline('Paris, 3 May 2024 – The treaty signed on 2 May 1998 was renewed.')?.date).toBe('2024-05-03');
  });
});

describe('dates that are not the page\u2019s stamp', () => {
  const prose = 'The council approved the plan by nine votes to four on Thursday evening after a long debate.';
  const page = (text: string) => plainArticle({ id: 'a', title: 'Harbour plan approved', text });

  it('leaves out a bare date set between two lines of the story, and keeps one above or below it', () => {
    expect(pageStampDate(page(`${prose}\nApril 27, 2009\n${prose}`))).toBeNull();
    expect(pageStampDate(page(`April 27, 2009\n${prose}\n${prose}`))?.date).toBe('2009-04-27');
    expect(pageStampDate(page(`${prose}\n${prose}\nApril 27, 2009`))?.date).toBe('2009-04-27');
    // A labelled stamp is the page's wherever it stands.
    expect(pageStampDate(page(`${prose}\nPublished April 27, 2009\n${prose}`))?.date).toBe('2009-04-27');
    // So is one under a byline.
    expect(pageStampDate(page(`${prose}\nBy\nSara Brown\nApril 27, 2009\n${prose}`))?.date).toBe('2009-04-27');
    expect(pageStampDate(page(`${prose}\nBy Sara Brown\nApril 27, 2009\n${prose}`))?.date).toBe('2009-04-27');
    expect(pageStampDate(page(`${prose}\nSara Brown\nApril 27, 2009\n${prose}`))).toBeNull();
  });

  it('leaves out the date of a link to another story set into the text', () => {
    const article = page(`${prose}\nRELATED: Friday, November 11, 2011\n${prose}`);
    article.blocks[1]!.removed = removedBy('insert/read-also');
    expect(pageStampDate(article)).toBeNull();
  });
});

describe('stamps in other shapes', () => {
  it('reads a byline glued to the end of the summary from its "By" on', () => {
    const article = plainArticle({
      id: 'a',
      title: 'Paris Baguette wants to be America’s neighborhood bakery',
      text: 'The chain is positioning for ambitious growth beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025\nFor many restaurant chains, 2025 was a year focused on reversing negative sales growth.',
    });
    article.blocks[0]!.removed = removedBy('byline/author');
    expect(statedDate(article)?.date).toBe('2025-12-19');
  });

  it('reads dates written with bullets, and a byline that names a handle in lower case', () => {
    expect(stampDate('2025•01•08')?.date).toBe('2025-01-08');
    expect(stampDate('12/19 — 2025')?.date).toBe('2025-12-19');
    expect(stampDate('by whova | Apr 21, 2025')?.date).toBe('2025-04-21');
    expect(stampDate('By Matthew Frankel, CFP – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by Frank Bass')?.date).toBe('2026-03-05');
  });
});

describe('a numeric date that reads either way', () => {
  it('is read day first when the page writes that day in words, and month first otherwise', () => {
    const page = (text: string) => plainArticle({ id: 'a', title: 'Winter markets open', text });
    expect(statedDate(page('02-12-2025\nThe markets opened on the square.\nPosted December 02, 2025 in News'))?.date).toBe('2025-12-02');
    expect(statedDate(page('02-12-2025\nThe markets opened on the square.\nPosted February 12, 2025 in News'))?.date).toBe('2025-02-12');
    expect(statedDate(page('02-12-2025\nThe markets opened on the square.'))?.date).toBe('2025-02-12');
  });
});

describe('a dotted numeric date', () => {
  const page = (text: string) => plainArticle({ id: 'a', title: 'Winter markets open', text });

  it('is read day first, with a year of two digits or four, unless the page writes one that is month first', () => {
    expect(statedDate(page('14.11.24\nThe markets opened on the square.'))?.date).toBe('2024-11-14');
    expect(statedDate(page('03.05.2021\nThe markets opened on the square.'))?.date).toBe('2021-05-03');
    expect(statedDate(page('09.10.2024\nThe markets opened on the square.\nMore: 05.15.2025'))?.date).toBe('2024-09-10');
  });
});

describe('a stamp labelled as an update', () => {
  const prose = 'The council approved the plan by nine votes to four on Thursday evening after a long debate.';
  const page = (text: string) => plainArticle({ id: 'a', title: 'Harbour plan approved', text });

  it('gives way to an earlier stamp above the story, the publication', () => {
    const article = page(`February 8, 2022\nHarbour plan approved\nLast update:\nJuly 16, 2025\n${prose}`);
    article.blocks[3]!.removed = removedBy('byline/stamp');
    expect(statedDate(article)?.date).toBe('2022-02-08');
  });

  it('stays the date when the earlier one stands below the story start, or it is no update', () => {
    expect(statedDate(page(`Last updated:\nAugust 19, 2025\n${prose}\nSimon April 20, 2024`))?.date).toBe('2025-08-19');
    expect(statedDate(page(`February 8, 2022\nHarbour plan approved\nJuly 16, 2025\n${prose}`))?.date).toBe('2022-02-08');
  });
});

describe('a stamp labelled as the publication', () => {
  it('is read over a date that starts the story without a label', () => {
    const prose = 'One tool can not fit every set of requirements, so each choice starts with the requirements.';
    const page = (text: string) => plainArticle({ id: 'a', title: 'Choosing software', text });
    expect(statedDate(page(`2023-06-12 Further arguments added.\n${prose}\nPublished on 2021-01-18T19:55`))?.date).toBe('2021-01-18');
    expect(statedDate(page(`2023-06-12 Further arguments added.\n${prose}\n2021-01-18T19:55`))?.date).toBe('2023-06-12');
  });
});

describe('a sentence set apart as the stamp by the headline', () => {
  it('is not read for the date when it is a sentence that mentions one, and is when it starts with a stamp label', () => {
    const prose = 'If you are trying to keep food costs down, planning your meals in advance can help you.';
    const page = (first: string) => plainArticle({ id: 'a', title: 'A week of meals', text: `${first}\nPage updated:\n12 November 2025\n${prose}` });
    const promo = page('Sign up now for our next London to Brighton Bike Ride on 21st June 2026!');
    promo.blocks[0]!.removed = removedBy('byline/stamp');
    expect(statedDate(promo)?.date).toBe('2025-11-12');
    const byline = page('Posted by BeauHD on Friday December 19, 2025 @08:00PM from the skewed-job-market dept.');
    byline.blocks[0]!.removed = removedBy('byline/author');
    expect(statedDate(byline)?.date).toBe('2025-12-19');
  });
});

describe('a span of days', () => {
  it('is when an event runs, not a stamp: the stamp over the headline is read instead', () => {
    const prose = 'As we move into 2026, technology keeps changing industries, economies and the way we live.';
    const article = plainArticle({ id: 'a', title: 'Biggest tech events 2026', text: `OCTOBER 13, 2025\n${prose}\nDate: January 6-9, 2026\n${prose}` });
    expect(readDateline('Date: January 6-9, 2026')).toBeNull();
    expect(readDateline('6–9 January 2026')).toBeNull();
    expect(readDateline('Dec 1, 2025 9:00 - 10:00')?.date).toBe('2025-12-01');
    expect(statedDate(article)?.date).toBe('2025-10-13');
  });
});

describe('a machine timestamp glued into a meta line', () => {
  it('is parted from the words around it, and the earlier date of the pair is read', () => {
    expect(stampDate('Tom2024-04-18T13:00:39+00:00March 22nd, 2024|Reviews|')?.date).toBe('2024-03-22');
  });
});
