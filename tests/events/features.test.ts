import { describe, expect, it } from 'vitest';
import { enrich, keptBlocks, loadNlp } from '../../src/analyse/per-article/enrich/index.ts';
import { createStemmer } from '../../src/text/stem.ts';
import { buildProfiles, pairFeatures, pairProbability, profileBase } from '../../src/analyse/corpus/events/index.ts';
import { candidatePairs } from '../../src/analyse/corpus/events/lib/candidates.ts';
import { extractQuotes, shingles } from '../../src/analyse/corpus/events/lib/quotes.ts';
import { wordIdSets } from '../../src/analyse/corpus/events/lib/word-ids.ts';
import { linkBlocks } from '../../src/analyse/corpus/events/lib/links.ts';
import { plainArticle } from '../../tools/eval/events-data.ts';
import { articles, LOHAN, REID } from './fixtures/stories.ts';

const nlp = loadNlp();

describe('quotes', () => {
  it('finds quotes of six words or more in straight, curly, doubled and single quotes', () => {
    expect(
      extractQuotes([
        '“Yes, I was offered the opportunity to leave Syria," she said.',
        "He said ''we appreciate your respect to her family'' today.",
        'She explained: ‘I never thought of being anywhere else at all.’ Then she left.',
        '"Too short," he said.',
      ]),
    ).toEqual([
      'Yes, I was offered the opportunity to leave Syria,',
      'we appreciate your respect to her family',
      'I never thought of being anywhere else at all.',
    ]);
  });

  it('keeps apostrophes inside words out of single quotes', () => {
    expect(extractQuotes(["Lohan's lawyer said the actress's stay doesn't end soon at all"])).toEqual([]);
  });

  it('quotes a paragraph that opens a quote and does not close it to its end', () => {
    expect(extractQuotes(['‘These offers included guarantees of safety and protection for my children.'])).toEqual([
      'These offers included guarantees of safety and protection for my children.',
    ]);
  });

  it('hashes six-word shingles of lowercase words', () => {
    expect(shingles('One two three four five six seven')).toHaveLength(2);
    expect(shingles('ONE two three four five six')).toEqual(shingles('one two three four five six'));
    expect(shingles('too short to shingle')).toEqual([]);
  });
});

describe('pair features', () => {
  const list = enrich(articles([...REID, ...LOHAN]), { nlp });
  const { profiles } = buildProfiles(list);
  const at = (id: string) => profiles[list.findIndex((a) => a.id === id)] as (typeof profiles)[number];

  it('scores two reports of one event above two reports of one kind of event', () => {
    const same = pairProbability(pairFeatures(at('reid-people'), at('reid-wire')));
    const kind = pairProbability(pairFeatures(at('reid-people'), at('lohan-ap')));
    expect(same).toBeGreaterThan(0.5);
    expect(kind).toBeLessThan(0.2);
  });

  it('sees a shared quote, shared names and close dates', () => {
    const f = pairFeatures(at('reid-people'), at('reid-wire'));
    expect(f.quote).toBe(1);
    expect(f.names).toBeGreaterThan(0.3);
    expect(f.dateClose).toBe(1);
    const g = pairFeatures(at('reid-people'), at('lohan-ap'));
    expect(g.quote).toBe(0);
    expect(g.dateClose).toBe(0);
  });

  it('features are symmetric', () => {
    expect(pairFeatures(at('reid-blog'), at('lohan-tmz'))).toEqual(pairFeatures(at('lohan-tmz'), at('reid-blog')));
  });
});

describe('profile bases', () => {
  it('give the same profiles as computing everything at once, and are not used for an article with a link block', () => {
    const stories = enrich(articles([...REID, ...LOHAN]), { nlp });
    const linked = stories[0]!.title;
    const linking = plainArticle({
      id: 'linking',
      title: 'Council approves the new river bridge',
      text: `The city council voted on Tuesday to approve a new bridge over the river after months of debate.\n\nThe bridge is to open in 2027, the mayor said.\n\n${linked}`,
    });
    const list = [...stories, ...enrich([linking], { nlp })];
    expect(linkBlocks(list).at(-1)!.size).toBe(1);
    const stemmer = createStemmer();
    const bases = list.map((a) => profileBase(a, keptBlocks(a), stemmer));
    // The base of the linking article counts the link block; a wrong quote in it shows whether it was used.
    bases[bases.length - 1] = { ...bases.at(-1)!, quotes: ['a quote the article does not have'] };
    expect(buildProfiles(list, { bases }).profiles).toEqual(buildProfiles(list).profiles);
  });
});

describe('candidate pairs', () => {
  it('pairs articles that share a rare key and drops pairs dated far apart', () => {
    const list = enrich(
      [
        plainArticle({ id: 'a', title: 'Qeshm quake', text: 'A quake shook Qeshm island.', date: '2005-11-27' }),
        plainArticle({ id: 'b', title: 'Qeshm quake', text: 'A quake shook Qeshm island.', date: '2005-11-28' }),
        plainArticle({ id: 'c', title: 'Qeshm quake', text: 'A quake shook Qeshm island.', date: '2008-09-10' }),
        plainArticle({ id: 'd', title: 'Oscar host named', text: 'Hugh Jackman will host the Oscars.' }),
      ],
      { nlp },
    );
    const { profiles } = buildProfiles(list);
    expect(candidatePairs(profiles)).toEqual([[0, 1]]);
  });

  it('pairs a report that quotes a sentence with one that writes the same words unquoted', () => {
    const list = enrich(
      [
        plainArticle({ id: 'a', title: 'Mayor speaks', text: '"We will rebuild every single house in this town," the mayor said on Monday.' }),
        plainArticle({ id: 'b', title: 'Budget', text: 'The council approved the budget for the coming year after a long debate.' }),
        plainArticle({ id: 'c', title: 'Plans', text: 'Officials said they will rebuild every single house in this town by spring.' }),
      ],
      { nlp },
    );
    const { profiles } = buildProfiles(list);
    // Quote shingles alone: no term or name keys.
    expect(candidatePairs(profiles, { terms: 0, names: 0 })).toEqual([[0, 2]]);
  });
});

describe('candidate pairs of a large event', () => {
  it('pair each report with those nearest in date when its keys are shared by more reports than a posting list holds', () => {
    const days = ['2018-07-29', '2018-07-29', '2018-07-30', '2018-07-30', '2018-07-31', '2018-08-01', '2018-08-02', '2018-08-05'];
    const list = enrich(
      days.map((date, k) => plainArticle({ id: `q${k}`, title: 'Lombok earthquake toll rises', text: `Rescuers on Lombok searched the rubble, day ${k}.`, date })),
      { nlp },
    );
    const { profiles } = buildProfiles(list);
    const pairs = candidatePairs(profiles, { maxPosting: 4, rarePosting: 1 });
    // Each report meets the two before and the two after it in date order, and no more.
    const expected: [number, number][] = [];
    for (let i = 0; i < days.length; i++) for (let j = i + 1; j <= Math.min(i + 2, days.length - 1); j++) expected.push([i, j]);
    expect(pairs).toEqual(expected);
  });
});

describe('word ids', () => {
  it('answers as a set of each list would, and counts each word once per list', () => {
    const { sets, dictionary, df } = wordIdSets([
      ['quake', 'island', 'quake'],
      ['island', 'ferry'],
      [],
    ]);
    expect(sets.map((s) => s.size)).toEqual([2, 2, 0]);
    expect(sets[0]!.has('quake')).toBe(true);
    expect(sets[0]!.has('ferry')).toBe(false);
    expect(sets[1]!.has('ferry')).toBe(true);
    expect(sets[2]!.has('island')).toBe(false);
    expect(sets[0]!.has('unknown')).toBe(false);
    expect(df[dictionary.get('island')!]).toBe(2);
    expect(df[dictionary.get('quake')!]).toBe(1);
  });
});

describe('latestYear', () => {
  it('takes the latest four-digit year a text writes out', async () => {
    const { latestYear } = await import('../../src/analyse/corpus/events/lib/dates.ts');
    expect(latestYear(['Born in 1961, she joined in 2008.', 'Since 1978 the club has…'], null)).toBe(2008);
  });

  it('leaves out years after the date and numbers that are not years', async () => {
    const { latestYear } = await import('../../src/analyse/corpus/events/lib/dates.ts');
    expect(latestYear(['A plan for 2030 was presented; 1,2005 votes; 3.2019 km'], '2013-05-02')).toBe(2013);
    expect(latestYear(['No year here, only 12 and 300.'], null)).toBeNull();
  });
});
