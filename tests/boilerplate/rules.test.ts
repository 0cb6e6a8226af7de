/** Tests for every rule of `rules.ts` and `rules/`, built from its example and counter-example. */
import { describe, expect, it } from 'vitest';
import { isLineRule, matchLine, rules, stripBoilerplate, type BlockExample, type BlockRule, type LineRule } from '../../src/analyse/corpus/boilerplate/index.ts';
import { makeArticle } from '../support/articles.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import type { Article } from '../../src/model/types.ts';

const STORY = [
  'The regional council approved the new harbour plan by nine votes to four on Thursday evening.',
  'Opponents said they would challenge the decision in court before the end of the month.',
];

function strip(articles: Article[]) {
  const syndication = findSyndication(articles, fingerprint(articles));
  return stripBoilerplate(articles, syndication);
}

/** Where a line rule's example goes: where the rule is allowed to match. */
function place(rule: LineRule, line: string): { lines: string[]; at: number } {
  const position = rule.position ?? 'any';
  if (position === 'lead') return { lines: [line, ...STORY], at: 0 };
  if (position === 'tail') return { lines: [...STORY, line], at: 2 };
  return { lines: [STORY[0]!, line, STORY[1]!], at: 1 };
}

describe('line rules', () => {
  for (const rule of rules.filter(isLineRule)) {
    it(`${rule.id}: removes its example and keeps the story around it`, () => {
      const { lines, at } = place(rule, rule.example);
      const [article] = strip([makeArticle({ id: 'x', lines })]).articles;
      const block = article!.blocks[at]!;
      if (rule.action === 'trim') {
        expect(block.removed).toBeUndefined();
        expect(block.text.length).toBeLessThan(rule.example.length);
        expect(rule.example.startsWith(block.text)).toBe(true);
      } else {
        expect(block.removed?.ruleId).toBe(rule.id);
      }
      article!.blocks.forEach((b, i) => {
        if (i !== at) expect(b.removed, b.text).toBeUndefined();
      });
    });
    if (rule.counterExample) {
      it(`${rule.id}: leaves the story line "${rule.counterExample.slice(0, 40)}…" alone`, () => {
        const { lines, at } = place(rule, rule.counterExample!);
        const [article] = strip([makeArticle({ id: 'x', lines })]).articles;
        expect(article!.blocks[at]!.removed).toBeUndefined();
        expect(article!.blocks[at]!.text).toBe(rule.counterExample);
      });
    }
  }
});

describe('block rules', () => {
  /** Strip an article written as lines, with the other articles its example names, and return its blocks. */
  const stripExample = ({ lines, title, otherTitles }: BlockExample) => {
    const others = (otherTitles ?? []).map((t, i) =>
      makeArticle({ id: `other-${i}`, title: t, lines: ['A different story about the river, told in a sentence of its own.'] }),
    );
    return strip([makeArticle({ id: 'x', title: title ?? 'Council backs harbour plan', lines }), ...others]).articles[0]!.blocks;
  };

  for (const rule of rules.filter((r): r is BlockRule => !isLineRule(r))) {
    it(`${rule.id}: removes exactly the furniture of its example`, () => {
      const blocks = stripExample(rule.example);
      expect(blocks.flatMap((b, i) => (b.removed ? [i] : []))).toEqual(rule.example.removed);
      for (const i of rule.example.removed) expect(blocks[i]!.removed?.ruleId, blocks[i]!.text).toBeDefined();
      expect(blocks.some((b) => b.removed?.ruleId === rule.id)).toBe(true);
    });
    it(`${rule.id}: leaves the story of its counter-example alone`, () => {
      const { lines, kept } = rule.counterExample;
      const blocks = stripExample(rule.counterExample);
      expect(blocks.filter((b) => b.removed?.ruleId === rule.id)).toEqual([]);
      for (const i of kept ?? lines.map((_, i) => i)) expect(blocks[i]!.removed, blocks[i]!.text).toBeUndefined();
    });
  }
});

describe('the rule list', () => {
  it('has unique ids of the form family/name and a description for each rule', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });
});

describe('lists of other stories', () => {
  const others = ['Harbour bridge to close for six weeks', 'School board names new head of district', 'Storm leaves thousands without power'].map((t, i) =>
    makeArticle({ id: `other-${i}`, title: t, lines: ['A different story about the river, told in a sentence of its own.'] }),
  );
  const removedOf = (lines: string[]) =>
    strip([makeArticle({ id: 'x', title: 'Council backs harbour plan', lines }), ...others]).articles[0]!.blocks.flatMap((b, i) => (b.removed ? [i] : []));

  it('takes the items between a list heading and its first known headline, and a list with one lead between its headlines', () => {
    const lines = [
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Opponents said they would challenge the decision in court before the end of the month.',
      'Top stories',
      'Villagers fear the old mill will close before the harvest ends this year.',
      'Harbour bridge to close for six weeks',
      'Drivers face long detours while engineers replace the deck of the old bridge this summer.',
      'School board names new head of district',
      'Storm leaves thousands without power',
    ];
    expect(removedOf(lines)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('keeps a short story under a kicker that reads like a list heading, with a list of other stories after it', () => {
    const lines = [
      'Breaking news',
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Opponents said they would challenge the decision in court before the end of the month.',
      'Harbour bridge to close for six weeks',
      'Drivers face long detours while engineers replace the deck of the old bridge this summer.',
      'School board names new head of district',
      'The appointment ends a search that lasted almost a year.',
      'Storm leaves thousands without power',
    ];
    const removed = removedOf(lines);
    expect(removed).not.toContain(1);
    expect(removed).not.toContain(2);
    expect(removed).toEqual(expect.arrayContaining([3, 4, 5, 6, 7]));
  });

  it('keeps the story after a box of other headlines when no headline follows it', () => {
    const lines = [
      'Harbour bridge to close for six weeks',
      'School board names new head of district',
      'Storm leaves thousands without power',
      'The council approved the plan by nine votes to four on Thursday evening after a long debate.',
      'Opponents said they would challenge the decision in court before the end of the month.',
    ];
    expect(removedOf(lines)).toEqual([0, 1, 2]);
  });

  it('takes a list of other stories that makes up the whole page of a one-sentence report, its title the story', () => {
    const lines = [
      'Read next',
      'Harbour bridge to close for six weeks',
      'Drivers face long detours while engineers replace the deck of the old bridge this summer.',
      'The work was planned for last year but was put off twice.',
      'School board names new head of district',
      'The appointment ends a search that lasted almost a year.',
      'Storm leaves thousands without power',
    ];
    const page = makeArticle({ id: 'x', title: 'The council approved the harbour plan by nine votes to four on Thursday evening.', lines });
    const result = strip([page, ...others]);
    expect(result.articles[0]!.blocks.filter((b) => !b.removed)).toEqual([]);
    // A story under the same list is kept: the list is the one after it.
    const story = ['The council approved the plan by nine votes to four on Thursday evening after a long debate.', 'Opponents said they would challenge it in court.'];
    expect(removedOf([...story, ...lines])).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('contact lines', () => {
  const contact = rules.find((r) => r.id === 'tail/contact');
  it('take a phone number alone or labelled, not a date written in numbers', () => {
    if (!contact || !isLineRule(contact)) throw new Error('tail/contact is a line rule');
    for (const t of ['Phone: +44 20 3271 8074', '020 7946 0958', '+1 (555) 123-4567']) expect(matchLine(contact, t), t).not.toBeNull();
    for (const t of ['2013 - 09 - 26', '26/09/2013', '12.10.2011']) expect(matchLine(contact, t), t).toBeNull();
  });
});
