import { describe, expect, it } from 'vitest';
import { linkBlocks } from '../../src/analyse/corpus/events/lib/links.ts';
import { plainArticle } from '../../tools/eval/events-data.ts';

const lead = (w: string) => `${w} said on Tuesday that the bridge over the river would close for repairs next month.`;

describe('linkBlocks', () => {
  const a = plainArticle({ id: 'a', title: 'Bridge to close for a month of repairs', text: lead('The council') });
  const b = plainArticle({ id: 'b', title: 'Storm floods the harbour district overnight', text: 'Heavy rain flooded the harbour district overnight, the fire service said.' });

  it('finds a block that is another article’s title, with or without a label', () => {
    const c = plainArticle({
      id: 'c',
      title: 'Mayor opens the new library',
      text: ['The mayor opened the new library on Saturday, and hundreds came to see it.', 'Also read: Storm floods the harbour district overnight', 'It cost four million.'].join('\n'),
    });
    expect([...(linkBlocks([a, b, c])[2] as Set<number>)]).toEqual([1]);
  });

  it('takes a list of headlines at the end for links, its heading and unknown headlines too', () => {
    const c = plainArticle({
      id: 'c',
      title: 'Mayor opens the new library',
      text: ['The mayor opened the new library on Saturday, and hundreds came to see it.', 'Latest news', 'Bridge to close for a month of repairs', 'A headline of a story nobody has here', lead('The council')].join('\n'),
    });
    expect([...(linkBlocks([a, b, c])[2] as Set<number>)].sort()).toEqual([1, 2, 3, 4]);
  });

  it('never takes an article’s own lead for a link', () => {
    const copy = plainArticle({ id: 'd', title: 'Bridge closing', text: lead('The council') });
    expect(linkBlocks([a, copy]).map((s) => s.size)).toEqual([0, 0]);
  });
});
