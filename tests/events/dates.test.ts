/**
 * What a close date weighs in an archive: much where reports are spread
 * over years, nothing where every report is of the same few days.
 */
import { describe, expect, it } from 'vitest';
import { chanceOfCloseDates, closeDateWeight } from '../../src/analyse/corpus/events/lib/dates.ts';
import { archiveWeights } from '../../src/analyse/corpus/events/lib/score.ts';
import { WEIGHTS } from '../../src/analyse/corpus/events/settings.ts';
import type { Profile } from '../../src/analyse/corpus/events/lib/profile.ts';

describe('chanceOfCloseDates', () => {
  it('is the share of all pairs of dated reports within the window', () => {
    // Pairs: (0,2) close, (0,10) and (2,10) far, (10,11) close, (0,11) and (2,11) far: 2 of 6.
    expect(chanceOfCloseDates([10, 0, 11, 2], 3)).toBeCloseTo(2 / 6, 10);
  });

  it('counts reports of one day as close, and knows nothing with fewer than two', () => {
    expect(chanceOfCloseDates([5, 5, 5], 3)).toBe(1);
    expect(chanceOfCloseDates([5], 3)).toBeNull();
    expect(chanceOfCloseDates([], 3)).toBeNull();
  });

  it('gives what counting every pair gives', () => {
    const days = Array.from({ length: 60 }, (_, i) => (i * 37) % 91);
    let close = 0;
    for (let i = 0; i < days.length; i++) for (let j = i + 1; j < days.length; j++) if (Math.abs(days[i]! - days[j]!) <= 3) close++;
    expect(chanceOfCloseDates(days, 3)).toBeCloseTo(close / ((60 * 59) / 2), 12);
  });
});

describe('closeDateWeight', () => {
  const yearsApart = Array.from({ length: 40 }, (_, i) => i * 100);
  const oneWeek = Array.from({ length: 40 }, (_, i) => i % 7);

  it('keeps the fitted weight where close dates are rare by chance', () => {
    expect(closeDateWeight(yearsApart, 3, 0.767, 2.83, 0.25)).toBe(2.83);
    expect(closeDateWeight([], 3, 0.767, 2.83, 0.25)).toBe(2.83);
  });

  it('is none in a week’s export, where every pair of reports is about as close as one event’s', () => {
    expect(closeDateWeight(oneWeek, 3, 0.767, 2.83, 0.25)).toBe(0);
  });

  it('moves in steps between the two', () => {
    const month = Array.from({ length: 60 }, (_, i) => i % 30);
    const w = closeDateWeight(month, 3, 0.767, 2.83, 0.25);
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThan(2.83);
    expect((w / 0.25) % 1).toBe(0);
  });
});

describe('archiveWeights', () => {
  const profiles = (days: (number | null)[]) => days.map((day) => ({ day }) as Profile);

  it('leaves every weight but the close date’s as given', () => {
    const w = archiveWeights(WEIGHTS, profiles([0, 0, 1, 2, null]));
    expect(w.dateClose).toBe(0);
    expect({ ...w, dateClose: WEIGHTS.dateClose }).toEqual(WEIGHTS);
  });

  it('reads only the dated reports', () => {
    expect(archiveWeights(WEIGHTS, profiles([null, null, 0, 4000])).dateClose).toBe(WEIGHTS.dateClose);
  });
});
