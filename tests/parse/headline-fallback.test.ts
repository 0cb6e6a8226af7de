import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/analyse/per-article/parse/blocks.ts';
import { HEADLINE_MODEL, bestHeadline, readPageHead } from '../../src/analyse/per-article/parse/headline.ts';

/** A story about a harbour closed by a storm. */
const STORY = [
  'The harbour at Port Ellin closed to all shipping on Monday after a storm tore two cranes from their moorings and sank a fishing boat at the quay.',
  'Harbour master Ines Kovac said the port would stay closed until divers had checked the channel, which could take most of the week.',
  'Fishermen said the storm was the worst they had seen in twenty years, and several asked the council for help to repair their boats.',
].join('\n\n');

/** The shipped weights with a threshold no line reaches: every page falls back below it. */
const UNSURE = { ...HEADLINE_MODEL, threshold: Number.POSITIVE_INFINITY };

const headOf = (text: string) => readPageHead(textBlocks(text, 1), 'text', UNSURE).headline?.text;

describe('headline below the model’s threshold', () => {
  it('passes over a first line that the model scores far below the headline', () => {
    const text = ['Harbour solutions', 'Menu', 'Search', 'Storm closes Port Ellin harbour for a week', '', STORY].join('\n');
    const best = bestHeadline(textBlocks(text, 1), UNSURE)!;
    expect(best.text).toBe('Storm closes Port Ellin harbour for a week');
    expect(best.score - best.lineScores.get(0)!).toBeGreaterThan(2);
    expect(headOf(text)).toBe('Storm closes Port Ellin harbour for a week');
  });

  it('keeps the first line of a clean file', () => {
    expect(headOf(`Storm closes Port Ellin harbour\n\n${STORY}`)).toBe('Storm closes Port Ellin harbour');
  });

  it('keeps a first line that the model scores about as high as any other', () => {
    const text = ['Storm closes Port Ellin harbour', '', STORY.split('\n\n')[0], '', 'Divers check the channel', '', STORY.split('\n\n').slice(1).join('\n\n')].join('\n');
    expect(headOf(text)).toBe('Storm closes Port Ellin harbour');
  });
});
