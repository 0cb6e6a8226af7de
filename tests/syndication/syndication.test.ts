import { describe, expect, it } from 'vitest';
import { makeArticle } from '../support/articles.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { copiesOf, findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import type { Article } from '../../src/model/types.ts';

const wire = [
  'Rescue teams in the northern province reached three villages cut off by floods on Tuesday, officials said.',
  'More than 4,000 people have been moved to schools and sports halls since the river burst its banks on Sunday.',
  'The regional governor said the water had begun to fall but warned that more rain was expected this weekend.',
  'Engineers were inspecting two bridges that had been closed after cracks were found in their supports.',
  'The national weather service said rainfall in the region had been the heaviest recorded in forty years.',
  'Farmers said thousands of hectares of wheat and maize had been lost just weeks before the harvest.',
];
const otherWriteUp = [
  'Floods have displaced thousands in the north, where the river burst its banks on Sunday.',
  '“We lost everything in one night,” said a farmer who asked not to be named.',
  'The governor said the water had begun to fall.',
  'Aid agencies appealed for blankets, clean water and food for families sleeping in schools.',
];

function run(articles: Article[]) {
  return findSyndication(articles, fingerprint(articles));
}

describe('findSyndication', () => {
  it('groups a copy that was cut short and had a line added with its original', () => {
    const original = makeArticle({ id: 'orig', source: 'Wire', date: '2020-03-01', lines: wire });
    const copy = makeArticle({
      id: 'copy',
      source: 'Daily',
      date: '2020-03-02',
      lines: [...wire.slice(0, 3), 'Officials in Leeds said they were following the developments closely.', 'Menu', 'Subscribe'],
    });
    const result = run([copy, original]);
    expect(result.groups).toEqual([{ canonical: 'orig', members: ['copy', 'orig'] }]);
    expect(copiesOf(result).get('copy')).toBe('orig');
    expect(copiesOf(result).has('orig')).toBe(false);
    const diff = result.copies.get('copy')!;
    expect(diff.added).toContain('Officials in Leeds said they were following the developments closely.');
    expect(diff.dropped).toEqual(wire.slice(3));
  });

  it('does not group two write-ups of one event that share a sentence', () => {
    const a = makeArticle({ id: 'a', lines: wire });
    const b = makeArticle({ id: 'b', lines: [...otherWriteUp, wire[2]!] });
    expect(run([a, b]).groups).toEqual([]);
  });

  it('picks the most complete, then the cleanest, then the earliest, then the smallest id as canonical', () => {
    const full = makeArticle({ id: 'z-full', lines: wire });
    const cut = makeArticle({ id: 'a-cut', lines: wire.slice(0, 4) });
    expect(run([cut, full]).groups[0]!.canonical).toBe('z-full');
    // Read first and dated first, but cut short: the full report is the canonical.
    const dated = makeArticle({ id: 'm-dated', date: '2019-01-01', lines: wire.slice(0, 4) });
    expect(run([dated, cut, full]).groups[0]!.canonical).toBe('z-full');
    // As complete, but its page carried furniture that was removed: the clean one is the canonical.
    const cluttered = makeArticle({ id: 'a-cluttered', date: '2019-01-01', lines: [...wire, 'Most popular', 'Sign up for our newsletter today'] });
    cluttered.blocks.slice(wire.length).forEach((block) => (block.removed = { ruleId: 'test', reason: 'test' }));
    expect(run([cluttered, full]).groups[0]!.canonical).toBe('z-full');
    const earlier = makeArticle({ id: 'y-earlier', date: '2019-06-01', lines: wire });
    expect(run([full, earlier]).groups[0]!.canonical).toBe('y-earlier');
    const twin = makeArticle({ id: 'b-twin', lines: wire });
    expect(run([full, twin]).groups[0]!.canonical).toBe('b-twin');
  });

  it('does not make copies of two short stories that share only a list of headlines', () => {
    const trending = [
      'Trending now',
      'Doctor Who star returns for the anniversary special in London',
      'Jury in Texas reaches a verdict after three days of deliberation',
      'Earthquake of magnitude 5.1 shakes southern California overnight',
      'Sudan talks resume in Jeddah as ceasefire holds for a second day',
      'Prices of wheat climb to their highest level in nine months',
    ];
    const sudan = makeArticle({ id: 'sudan', source: 'New Outlet', lines: ['Talks between the warring parties resumed in Jeddah on Saturday, mediators said.', ...trending] });
    const quake = makeArticle({ id: 'quake', source: 'New Outlet', lines: ['A moderate earthquake shook towns east of Los Angeles before dawn, with no damage reported.', ...trending] });
    expect(run([sudan, quake]).groups).toEqual([]);
  });

  it('ignores removed blocks, so it confirms groups on clean text', () => {
    const a = makeArticle({ id: 'a', lines: [...otherWriteUp] });
    const b = makeArticle({ id: 'b', lines: [...wire, ...otherWriteUp.slice(0, 2)] });
    // `b` carries `a`'s text, but only as furniture that a later stage removed.
    b.blocks.slice(wire.length).forEach((block) => (block.removed = { ruleId: 'test', reason: 'test' }));
    const fps = fingerprint([a, b]);
    expect(findSyndication([a, b], fps).groups).toEqual([]);
  });

  it('gives the same result whatever the input order', () => {
    const arts = [
      makeArticle({ id: 'x1', lines: wire }),
      makeArticle({ id: 'x2', lines: wire.slice(0, 4) }),
      makeArticle({ id: 'y', lines: otherWriteUp }),
    ];
    const one = run(arts);
    const two = run([...arts].reverse());
    expect(two.groups).toEqual(one.groups);
    expect([...two.groupOf].sort()).toEqual([...one.groupOf].sort());
  });
});
