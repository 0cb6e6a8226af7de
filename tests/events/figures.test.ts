import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/analyse/corpus/events/index.ts';
import { clusterProfile, figuresDiffer } from '../../src/analyse/corpus/events/lib/conflict.ts';
import { figuresClash } from '../../src/analyse/corpus/events/lib/features.ts';
import { figures } from '../../src/analyse/corpus/events/lib/figures.ts';

const list = (f: Map<string, Set<number>>) => Object.fromEntries([...f].map(([u, v]) => [u, [...v].sort((a, b) => a - b)]));

describe('figures', () => {
  it('reads counts, sums and strengths with what they count', () => {
    expect(
      list(
        figures([
          'Quake kills 10 people, five hurt',
          'A 5.6 magnitude earthquake and a magnitude-5.2 aftershock; an earthquake measuring 6. 1 was felt in Dubai.',
          'Robbers stole jewels worth 85 million euros ($108 million) and €2 million in cash.',
        ]),
      ),
    ).toEqual({ people: [10], hurt: [5], magnitude: [5.2, 5.6, 6.1], euro: [2_000_000, 85_000_000], dollar: [108_000_000] });
  });

  it('reads "m" and "bn" as millions and billions after a currency sign only', () => {
    expect(list(figures(['Raiders took £1.7m and $2bn; the wall was 2m high']))).toEqual({ pound: [1_700_000], dollar: [2_000_000_000] });
  });

  it('leaves out years, dates, clock times, elapsed time and bare numbers', () => {
    expect(list(figures(['On Dec. 11, 2008, at 5:30 p.m., for the fifth day, 3 days after the vote, he won 3', 'Posted 11/27/2005']))).toEqual({});
  });
});

describe('figuresDiffer', () => {
  const profile = (index: number, text: string) => ({ index, core: new Map(), corePeople: new Set(), words: new Set(), figures: figures([text]) }) as unknown as Profile;
  const ps = [
    profile(0, 'Thieves stole 85 million euros'),
    profile(1, 'A heist of 85 million euros, four robbers'),
    profile(2, 'Four robbers took 2 million euros'),
    profile(3, 'Jewels worth 2 million euros stolen by four robbers'),
    profile(4, 'The haul, first put at 80 million euros, was 85 million euros'),
  ];
  const c = (...members: number[]) => clusterProfile(members, ps);

  it('tells two clusters apart whose reports give other values of one kind of figure', () => {
    expect(figuresDiffer(c(0, 1), c(2, 3))).toBe(true);
  });

  it('keeps clusters that share a value, or where one side gives a figure only once', () => {
    expect(figuresDiffer(c(0, 1), c(4, 2))).toBe(false);
    expect(figuresDiffer(c(0, 1), c(2))).toBe(false);
  });
});

describe('figuresClash', () => {
  const profile = (text: string) => ({ figures: figures([text]) }) as unknown as Profile;

  it('tells two reports apart that give other values of the same kinds of figure', () => {
    expect(figuresClash(profile('A 5.6 magnitude quake injured five people'), profile('A magnitude 5.9 quake killed 10 people'))).toBe(true);
  });

  it('keeps reports that agree on as many kinds as they differ on, or share no kind', () => {
    // One event, a count that went up: the magnitude agrees, the toll does not.
    expect(figuresClash(profile('A 5.9 magnitude quake killed three people'), profile('The magnitude 5.9 quake killed 10 people'))).toBe(false);
    expect(figuresClash(profile('Robbers stole 85 million euros'), profile('A magnitude 5.9 quake killed 10 people'))).toBe(false);
    expect(figuresClash(profile('No figures here'), profile('A magnitude 5.9 quake killed 10 people'))).toBe(false);
  });

  it('is symmetric', () => {
    const a = profile('Four robbers took 2 million euros and $2.6 million');
    const b = profile('Thieves stole 85 million euros and $108 million');
    expect(figuresClash(a, b)).toBe(figuresClash(b, a));
    expect(figuresClash(a, b)).toBe(true);
  });
});
