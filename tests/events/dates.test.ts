/**
 * What a close date weighs in an archive: much where reports are spread
 * over years, nothing where every report is of the same few days.
 */
import { describe, expect, it } from 'vitest';
import { closeDatePairs, closeDateWeight } from '../../src/analyse/corpus/events/lib/dates.ts';
import { archiveWeights } from '../../src/analyse/corpus/events/lib/score.ts';
import { WEIGHTS } from '../../src/analyse/corpus/events/settings.ts';
import type { Profile } from '../../src/analyse/corpus/events/lib/profile.ts';

describe('closeDatePairs', () => {
  it('counts the pairs of dated reports and those within the window', () => {
    // Pairs: (0,2) close, (0,10) and (2,10) far, (10,11) close, (0,11) and (2,11) far: 2 of 6.
    expect(closeDatePairs([10, 0, 11, 2], 3)).toEqual({ pairs: 6, close: 2 });
  });

  it('counts reports of one day as close, and no pairs with fewer than two', () => {
    expect(closeDatePairs([5, 5, 5], 3)).toEqual({ pairs: 3, close: 3 });
    expect(closeDatePairs([5], 3)).toEqual({ pairs: 0, close: 0 });
  });

  it('gives what counting every pair gives', () => {
    const days = Array.from({ length: 60 }, (_, i) => (i * 37) % 91);
    let close = 0;
    for (let i = 0; i < days.length; i++) for (let j = i + 1; j < days.length; j++) if (Math.abs(days[i]! - days[j]!) <= 3) close++;
    expect(closeDatePairs(days, 3)).toEqual({ pairs: (60 * 59) / 2, close });
  });
});

describe('closeDateWeight', () => {
  const prior = { chance: 0.029, pairs: 200 };
  const weight = (days: number[]) => closeDateWeight(days, 3, 0.767, prior, 2.83, 0.25);
  const yearsApart = Array.from({ length: 40 }, (_, i) => i * 100);

  it('keeps the fitted weight where close dates are rare by chance, or unknown', () => {
    expect(weight(yearsApart)).toBe(2.83);
    expect(weight([])).toBe(2.83);
  });

  it('is none in a week’s export, where every pair of reports is about as close as one event’s', () => {
    expect(weight(Array.from({ length: 200 }, (_, i) => i % 7))).toBe(0);
  });

  it('keeps most of it in a small archive of one event, whose reports are close because they are one story', () => {
    const w = weight([0, 0, 1, 1, 2]);
    expect(w).toBeGreaterThanOrEqual(2);
    expect(w).toBeLessThan(2.83);
  });

  it('moves in steps between the two', () => {
    const w = weight(Array.from({ length: 60 }, (_, i) => i % 30));
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThan(2.83);
    expect((w / 0.25) % 1).toBe(0);
  });
});

describe('archiveWeights', () => {
  const profiles = (days: (number | null)[]) => days.map((day) => ({ day }) as Profile);

  it('leaves every weight but the close date’s as given', () => {
    const w = archiveWeights(WEIGHTS, profiles([...Array.from({ length: 100 }, (_, i) => i % 3), null]));
    expect(w.dateClose).toBe(0);
    expect({ ...w, dateClose: WEIGHTS.dateClose }).toEqual(WEIGHTS);
  });

  it('reads only the dated reports', () => {
    expect(archiveWeights(WEIGHTS, profiles([null, null, 0, 4000])).dateClose).toBe(WEIGHTS.dateClose);
  });
});
