import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heavyRemovals, stripBoilerplate } from '../../src/analyse/corpus/boilerplate/index.ts';
import { makeArticle } from '../support/articles.ts';
import { SEEDS_DIR as SEEDS, SHARED } from '../support/demo.ts';
import { evaluateSeeds } from '../../tools/eval/extraction.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { copiesOf, findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import type { Article } from '../../src/model/types.ts';

const SHARED_SEEDS = join(SHARED, 'seeds');

function strip(articles: Article[]) {
  const syndication = findSyndication(articles, fingerprint(articles));
  return stripBoilerplate(articles, syndication);
}

const STORIES = [
  [
    'Rescue teams reached three villages cut off by floods on Tuesday, officials in the northern province said.',
    'More than 4,000 people have been moved to schools and sports halls since the river burst its banks.',
  ],
  [
    'The central bank raised its main interest rate by half a point, its largest increase in two decades.',
    'Economists had expected a smaller move after inflation eased slightly in the spring.',
  ],
  [
    'A new exhibition of medieval maps opened at the city museum with loans from eleven countries.',
    'Curators spent four years tracing the maps, some of which have never been shown in public.',
  ],
  [
    'The football club confirmed that its manager had left by mutual consent after a run of seven defeats.',
    'A caretaker will take charge of the team for the cup match against the league leaders on Saturday.',
  ],
];
/** A distinct story. */
function story(n: number): string[] {
  return STORIES[(n - 1) % STORIES.length]!;
}

const NAV = 'Home Politics Business Sport Weather';
const PROMO = 'Gazette readers can claim a free tote bag at any of our twelve city offices this month.';

describe('stripBoilerplate: furniture an outlet repeats', () => {
  it('removes a line that recurs across an outlet\u2019s stories, with a reason that does not change as the outlet grows', () => {
    const articles = [1, 2, 3, 4].map((n) =>
      makeArticle({ id: `g${n}`, source: 'The Gazette', lines: [NAV, ...story(n), PROMO] }),
    );
    const result = strip(articles);
    for (const a of result.articles) {
      expect(a.blocks[0]!.removed).toEqual({ ruleId: 'repeated/outlet', reason: 'repeated across the articles of The Gazette' });
      expect(a.blocks.at(-1)!.removed?.ruleId).toBe('repeated/outlet');
      expect(a.blocks.slice(1, 3).every((b) => !b.removed)).toBe(true);
    }
    expect(result.articles.flatMap((a) => a.blocks).filter((b) => b.removed?.ruleId === 'repeated/outlet')).toHaveLength(8);
  });

  it('does not take a story an outlet ran three times for furniture', () => {
    const articles = [1, 2, 3].map((n) =>
      makeArticle({ id: `r${n}`, source: 'The Gazette', date: `2020-01-0${n}`, lines: [NAV, ...story(1)] }),
    );
    articles.push(makeArticle({ id: 'r4', source: 'The Gazette', lines: [NAV, ...story(2)] }));
    const result = strip(articles);
    for (const a of result.articles) expect(a.blocks.slice(1).every((b) => !b.removed)).toBe(true);
    expect(result.syndication.groups).toEqual([{ canonical: 'r1', members: ['r1', 'r2', 'r3'] }]);
    expect(Object.fromEntries(copiesOf(result.syndication))).toEqual({ r2: 'r1', r3: 'r1' });
  });

  it('keeps a quote that several stories of one outlet repeat', () => {
    const quote = '“We will not leave, whatever happens,” the mayor told reporters outside the town hall.';
    const articles = [1, 2, 3, 4].map((n) => makeArticle({ id: `q${n}`, source: 'The Gazette', lines: [...story(n), quote] }));
    for (const a of strip(articles).articles) expect(a.blocks.at(-1)!.removed).toBeUndefined();
  });
});

describe('stripBoilerplate: removals and guesses', () => {
  it('guesses the outlet of an article without a source from its share and copyright lines', () => {
    const result = strip([
      makeArticle({ id: 'a', lines: [...story(1), 'The Riverside Courier on Facebook', '© 2021 The Riverside Courier. All rights reserved.'] }),
    ]);
    expect(result.outletGuesses.get('a')).toBe('The Riverside Courier');
  });

  it('flags an article that loses more than 40% of its text', () => {
    const lines = [
      ...story(1).slice(0, 1),
      'Most read',
      'Harbour bridge to close for repairs',
      'The bridge will close for six weeks from March while engineers replace its deck, the city said on Monday.',
      'Teachers vote to strike over pay',
      'Teachers in the region voted by a large majority to strike next month after talks on pay broke down.',
    ];
    const result = strip([makeArticle({ id: 'a', lines })]);
    expect(heavyRemovals(result.articles)).toEqual([{ file: 'a.txt', percent: 73 }]);
  });

  it('keeps every removed block with its rule id and reason, and the text unchanged', () => {
    const result = strip([makeArticle({ id: 'a', lines: ['Skip to content', ...story(1), 'Leave a comment'] })]);
    const removed = result.articles[0]!.blocks.filter((b) => b.removed);
    expect(removed.map((b) => [b.text, b.removed!.ruleId])).toEqual([
      ['Skip to content', 'nav/skip-link'],
      ['Leave a comment', 'tail/comments'],
    ]);
  });

  it('cuts an agency code off the last sentence, in its text and its syntax tree', () => {
    const lines = [...story(1), 'The war has displaced millions.(Q/R02/R11)'];
    const result = strip([makeArticle({ id: 'a', lines })]);
    const last = result.articles[0]!.blocks.at(-1)!;
    expect(last.text).toBe('The war has displaced millions.');
    expect(last.node).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'The war has displaced millions.' }] });
  });

  it('returns new article objects and leaves its input alone', () => {
    const input = makeArticle({ id: 'a', lines: ['Skip to content', ...story(1)] });
    const before = JSON.stringify(input);
    const result = strip([input]);
    expect(result.articles[0]).not.toBe(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('stripBoilerplate: boxes of headlines', () => {
  it('leaves a stamp or a bare date among a box\u2019s headlines out of the box, so that the article is dated from it', () => {
    const lines = [
      'Recent posts:',
      'Harbour bridge to close for repairs',
      'Posted: Jul 07, 2012 7:40 PM ET',
      'Teachers vote to strike over pay',
      'May 02, 2013',
      ...story(1),
    ];
    const [a] = strip([makeArticle({ id: 'a', title: 'Floods cut off villages', lines, source: 'Daily Ledger' })]).articles;
    const rule = (b: number) => a!.blocks[b]!.removed?.ruleId ?? null;
    expect([0, 1, 3].map(rule)).toEqual(['list/headline-box', 'list/headline-box', 'list/headline-box']);
    expect(rule(2)).toBe('byline/published'); // its own rule, which enrich reads the date of
    expect(rule(4)).toBeNull(); // the story's first line
    expect(rule(5)).toBeNull();
  });
});

describe('the seed articles', () => {
  it('lose their furniture (seeds/README.md) and not one story sentence', async () => {
    const seeds = await evaluateSeeds(SEEDS);
    for (const a of seeds.articles) {
      expect(a.furnitureLeft, `${a.id}: furniture left`).toEqual([]);
      expect(a.storyLost, `${a.id}: story lost`).toEqual([]);
    }
    expect(seeds.perfect).toBe(true);
  });

  it('are read as they were pasted', () => {
    expect(readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))).toHaveLength(5);
    expect(readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('003'))!), 'utf8')).toMatch(/^Skip to content/);
  });

  it.skipIf(!existsSync(SHARED_SEEDS))('are in the demo content byte for byte as in ../shared/seeds', () => {
    for (const f of readdirSync(SHARED_SEEDS).filter((n) => n.endsWith('.txt'))) {
      expect(readFileSync(join(SEEDS, f)).equals(readFileSync(join(SHARED_SEEDS, f))), f).toBe(true);
    }
  });
});
