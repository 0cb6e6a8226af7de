import { describe, expect, it } from 'vitest';
import { datelineBlocks, enrich, loadNlp, numericDate, readDateline, settleDateOrder, statedDate, swapDayMonth } from '../../src/analyse/per-article/enrich/index.ts';
import { plainArticle } from '../../tools/eval/events-data.ts';

const nlp = loadNlp();

describe('datelines', () => {
  it('reads a full date at the start of a block', () => {
    expect(readDateline('Tehran, 16 Rajab 2437/24 April 2016 (MINA) – Tehran offered asylum')?.date).toBe('2016-04-24');
    expect(readDateline('PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM')?.date).toBe('2013-05-02');
    expect(readDateline('Posted: 08 / 02 / 2013 11: 10 am EDT')?.date).toBe('2013-08-02');
  });

  it('reads dates that tokenised text spaces out, and "May." with a full stop', () => {
    expect(readDateline('published: 2012 - 04 - 04 11: 47: 35')?.date).toBe('2012-04-04');
    expect(readDateline('Published: 2012. 08. 08 09: 01 AM')?.date).toBe('2012-08-08');
    expect(readDateline('Sunday, November 27 - 2005 at 16: 12')?.date).toBe('2005-11-27');
    expect(readDateline('Fri., May. 3, 2013 11: 45 AM PDT')?.date).toBe('2013-05-03');
    expect(readDateline('Article posted on 08. 07. 2012')).toMatchObject({ date: '2012-08-07', ambiguous: true });
  });

  it('does not make a date of ranges, scores or versions once their spacing is closed up', () => {
    for (const text of ['He served from 1998 - 2005 as mayor.', 'The 2008 - 09 season was a poor one.', 'In 2005. 12 people died', 'Version 2. 0. 1 came out in 2013'])
      expect(readDateline(text)).toBeNull();
  });

  it('ignores dates without a written year, and dates deep into a block', () => {
    expect(readDateline('Today the actress checked in, on Friday, Nov. 21.')).toBeNull();
    expect(readDateline(`${'The court heard a long account of what had happened over the years before. '.repeat(3)}On May 2, 2013 she left.`)).toBeNull();
  });

  it('dates an undated article from its dateline and keeps a date it already has', () => {
    const [undated, dated] = enrich(
      [
        plainArticle({ id: 'a', title: 'Quake hits', text: 'Posted Nov 27, 2005 8:20 AM\nA quake hit the island.' }),
        plainArticle({ id: 'b', title: 'Quake hits', text: 'Posted Nov 27, 2005 8:20 AM\nA quake hit the island.', date: '2005-11-28' }),
      ],
      { nlp },
    );
    expect(undated).toMatchObject({ date: '2005-11-27', dateSource: 'text', dateText: 'Nov 27, 2005 8:20 AM' });
    expect(dated).toMatchObject({ date: '2005-11-28', dateSource: 'front-matter' });
  });
});

describe('dates of publication stamps', () => {
  const removedBy = (ruleId: string) => ({ ruleId, reason: 'furniture' });

  it('reads the date of a publication stamp the boilerplate stage removed, not of other removed furniture', () => {
    const article = plainArticle({ id: 'a', title: 'Quake hits', text: 'Latest: Storm hits coast, 3 March 2004\nPosted: Jul 07, 2012 7:40 PM ET\nA quake hit the island.' });
    article.blocks[0]!.removed = removedBy('list/other-headline');
    article.blocks[1]!.removed = removedBy('byline/published');
    expect(datelineBlocks(article)).toEqual(['Quake hits', 'Posted: Jul 07, 2012 7:40 PM ET', 'A quake hit the island.']);
    expect(enrich([article], { nlp })[0]).toMatchObject({ date: '2012-07-07', dateSource: 'text', dateText: 'Jul 07, 2012 7:40 PM ET' });
    article.blocks[1]!.removed = removedBy('nav/menu-word');
    expect(enrich([article], { nlp })[0]).toMatchObject({ date: null, dateSource: 'none' });
  });

  it('reads past a date whose day and month could be swapped to one that cannot', () => {
    expect(readDateline('04/02/2009 01:09')).toMatchObject({ date: '2009-04-02', ambiguous: true });
    expect(readDateline('25/12/2009 01:09')).toMatchObject({ date: '2009-12-25', ambiguous: false });
    expect(readDateline('Feb 4, 2009')?.ambiguous).toBe(false);
    const both = plainArticle({ id: 'b', title: 'Quake hits', text: '04/02/2009 01:09\nUpdated Feb 4, 2009\nA quake hit the island.' });
    expect(statedDate(both)?.date).toBe('2009-02-04');
    const alone = plainArticle({ id: 'c', title: 'Quake hits', text: '04/02/2009 01:09\nA quake hit the island.' });
    expect(statedDate(alone)?.date).toBe('2009-04-02');
  });

  it('reads a date that could go either way day first where the outlet writes its other dates of that shape day first', () => {
    expect(numericDate('25/10/2011 16:39')).toEqual({ shape: 'n/n/n n:n', order: 'day-first' });
    expect(numericDate('10/25/11 06:44 PM ET')).toEqual({ shape: 'n/n/n n:n PM ET', order: 'month-first' });
    expect(numericDate('09/04/2007 18:02')?.order).toBe('either');
    expect(numericDate('April 9, 2007')).toBeNull();
    expect(swapDayMonth('2007-09-04')).toBe('2007-04-09');
    expect(swapDayMonth('2007-04-25')).toBeNull();
    const stamped = (id: string, source: string | null, stamp: string) =>
      Object.assign(plainArticle({ id, title: 'Quake hits the island', text: `${stamp}\nA quake hit the island.` }), { source });
    const archive = [
      stamped('a', 'Daily Ledger', '25/10/2011 16:39'),
      stamped('b', 'Daily Ledger', '20/10/2011 20:14'),
      stamped('c', 'Daily Ledger', '09/04/2007 18:02'),
      stamped('d', 'Daily Ledger', '09/04/2007'),
      stamped('e', 'Morning Post', '09/04/2007 18:02'),
      stamped('f', null, '09/04/2007 18:02'),
    ];
    const dates = enrich(archive, { nlp }).map((a) => a.date);
    // c: the outlet's stamp template, read day first; d: another shape; e and f: other or no outlets, month first.
    expect(dates).toEqual(['2011-10-25', '2011-10-20', '2007-04-09', '2007-09-04', '2007-09-04', '2007-09-04']);
    // One day-first stamp may be a story's own date: two are the outlet's template.
    expect(enrich([archive[0]!, archive[2]!], { nlp }).map((a) => a.date)).toEqual(['2011-10-25', '2007-09-04']);
    // Month-first dates of the same shape and outlet leave the ambiguous ones month first.
    const mixed = [...archive.slice(0, 3), stamped('g', 'Daily Ledger', '10/25/2011 16:39')];
    expect(settleDateOrder(enrich(mixed, { nlp }))[2]!.date).toBe('2007-09-04');
  });
});

describe('keywords', () => {
  const corpus = [
    plainArticle({ id: 'a', title: 'Earthquake hits Qeshm island', text: 'An earthquake hit Qeshm island in the Gulf.\nThe earthquake damaged villages on Qeshm.' }),
    plainArticle({ id: 'b', title: 'Actress enters rehab', text: 'The actress entered a rehab clinic in Malibu.\nThe clinic said the actress is well.' }),
    plainArticle({ id: 'c', title: 'Votes counted', text: 'The election votes were counted in the island nation.' }),
  ];

  it('ranks an article’s own rare common nouns first and leaves out stop words and names', () => {
    const [a, b] = enrich(corpus, { nlp });
    expect(a?.keywords.slice(0, 2).sort()).toEqual(['earthquake', 'island']);
    // Qeshm is a name: a place topic, not a subject.
    expect(a?.keywords).not.toContain('qeshm');
    expect(b?.keywords).toContain('actress');
    for (const k of [...(a?.keywords ?? []), ...(b?.keywords ?? [])]) expect(['the', 'in', 'is', 'said']).not.toContain(k);
  });

  it('ignores blocks an earlier stage removed', () => {
    const withFurniture = plainArticle({ id: 'd', title: 'Votes counted', text: 'Votes were counted.\nSubscribe to our newsletter newsletter newsletter' });
    withFurniture.blocks = withFurniture.blocks.map((b, i) => (i === 1 ? { ...b, removed: { ruleId: 'x', reason: 'test' } } : b));
    const [d] = enrich([...corpus, withFurniture], { nlp }).slice(3);
    expect(d?.keywords).not.toContain('newsletter');
  });

  it('gives the same result for the same input', () => {
    expect(enrich(corpus, { nlp })).toEqual(enrich(corpus, { nlp }));
  });
});
