/** The boilerplate stage's steps as an orchestrator calls them, and the heavy-loss check. */
import { describe, expect, it } from 'vitest';
import { heavyRemovals, markFurniture, rules, stripBoilerplate, type BlockRule } from '../../src/analyse/corpus/boilerplate/index.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import type { Article } from '../../src/model/types.ts';
import { makeArticle } from '../support/articles.ts';

const STORY = [
  'Rescue teams reached three villages cut off by floods on Tuesday, officials in the northern province said.',
  'More than 4,000 people have been moved to schools and sports halls since the river burst its banks.',
];
const OTHER = [
  'The central bank raised its main interest rate by half a point, its largest increase in two decades.',
  'Economists had expected a smaller move after inflation eased slightly in the spring.',
];

/** A corpus with a copy of one story, outlet furniture and a guessed outlet. */
function corpus(): Article[] {
  const furniture = ['Skip to content', 'Home Politics Business Sport Weather'];
  return [
    makeArticle({ id: 'a', source: 'The Gazette', date: '2020-01-01', lines: [...furniture, ...STORY] }),
    makeArticle({ id: 'b', source: 'The Gazette', date: '2020-01-02', lines: [...furniture, ...STORY, 'Leave a comment'] }),
    makeArticle({ id: 'c', source: 'The Gazette', lines: [...furniture, ...OTHER] }),
    makeArticle({ id: 'd', source: 'The Gazette', lines: [...furniture, 'A third story, about the harbour, in one sentence that runs on for a while.'] }),
    makeArticle({ id: 'e', lines: [...OTHER, 'The Riverside Courier on Facebook', '© 2021 The Riverside Courier. All rights reserved.'] }),
  ];
}

describe('the boilerplate steps', () => {
  it('mark the furniture, then confirm the copies with the syndication pass, as stripBoilerplate does', () => {
    const articles = corpus();
    const syndication = findSyndication(articles, fingerprint(articles));
    const marked = markFurniture(articles, syndication);
    const confirmed = findSyndication(marked.articles, syndication.fingerprints, { outletOf: marked.outletGuesses });
    const whole = stripBoilerplate(articles, syndication);
    expect(marked.articles).toEqual(whole.articles);
    expect(confirmed.copies).toEqual(whole.syndication.copies);
    expect(confirmed.groups).toEqual(whole.syndication.groups);
    expect([...confirmed.copies]).toEqual([...whole.syndication.copies]);
    expect(marked.outletGuesses).toEqual(whole.outletGuesses);
    expect([...marked.outletGuesses]).toEqual([['e', 'The Riverside Courier']]);
    expect(whole.articles[0]!.blocks.map((b) => b.removed?.ruleId ?? null)).toEqual(['nav/skip-link', 'repeated/outlet', null, null]);
  });

  it('run a block rule added to the list on every article, and keep the first decision on a block', () => {
    const seen: number[] = [];
    const edges: BlockRule = {
      id: 'test/edges',
      description: 'The first and the second line of every article, for this test.',
      example: { lines: ['One.', 'Two.'], removed: [0, 1] },
      counterExample: { lines: [] },
      match(view, mark) {
        seen.push(view.self);
        mark(0, 'the first line');
        mark(1, 'the second line');
      },
    };
    const articles = [makeArticle({ id: 'a', lines: ['Skip to content', 'Home > Politics', ...STORY] })];
    const syndication = findSyndication(articles, fingerprint(articles));
    const [article] = markFurniture(articles, syndication, { rules: [...rules, edges] }).articles;
    expect(seen).toEqual([0]);
    expect(article!.blocks.map((b) => b.removed?.ruleId ?? null)).toEqual(['nav/skip-link', 'test/edges', null, null]);
  });
});

describe('the heavy-loss check', () => {
  const article = (kept: string, removed: string) => ({
    file: 'a.txt',
    blocks: [{ text: kept }, { text: removed, removed: { ruleId: 'nav/menu-word', reason: 'a menu' } }],
  });

  it('flags an article that lost more than 40% of its characters, with the share in whole percent', () => {
    expect(heavyRemovals([article('x'.repeat(59), 'y'.repeat(41))])).toEqual([{ file: 'a.txt', percent: 41 }]);
  });

  it('leaves an article that lost 40% or less, and one with no text', () => {
    expect(heavyRemovals([article('x'.repeat(60), 'y'.repeat(40)), { file: 'b.txt', blocks: [] }])).toEqual([]);
  });
});
