import { describe, expect, it } from 'vitest';
import { joinFragments } from '../../src/analyse/corpus/events/lib/fragments.ts';
import type { Profile } from '../../src/analyse/corpus/events/lib/profile.ts';
import { sparse } from '../../src/analyse/corpus/events/lib/vectors.ts';

/** A profile with only a term vector (term id → weight): all that fragments read. */
const profile = (terms: Record<number, number>) => ({ text: sparse(new Map(Object.entries(terms).map(([k, v]) => [Number(k), v]))) }) as unknown as Profile;

// Terms: 1 quake, 2 Lombok, 3 toll, 4 rescue, 5 Bali, 6 volcano, 7 ash, 8 flights.
const profiles = [
  profile({ 1: 1, 2: 1, 3: 1 }),
  profile({ 1: 1, 2: 1, 4: 1 }),
  profile({ 1: 1, 3: 1, 4: 1 }),
  profile({ 5: 1, 6: 1, 7: 1 }),
  profile({ 5: 1, 6: 1, 8: 1 }),
  profile({ 2: 1, 4: 1 }), // a fragment of the quake: rescue on Lombok
  profile({ 7: 1, 8: 1 }), // a fragment of the eruption: ash and flights
  profile({ 9: 1, 10: 1 }), // a story of its own
];
const edges = [
  { i: 5, j: 0, w: 0.2 },
  { i: 5, j: 3, w: 0.05 },
  { i: 6, j: 4, w: 0.2 },
  { i: 7, j: 2, w: 0.05 },
];
const groups = profiles.map((_, i) => i);

describe('joinFragments', () => {
  it('joins an event of one report to the larger event whose story it tells', () => {
    const labels = joinFragments([0, 0, 0, 3, 3, 5, 6, 7], edges, profiles, { groups, allowed: () => true, maxReports: 1 });
    expect(labels).toEqual([0, 0, 0, 3, 3, 0, 3, 7]);
  });

  it('leaves a fragment alone when the checks of a merge refuse it', () => {
    const labels = joinFragments([0, 0, 0, 3, 3, 5, 6, 7], edges, profiles, { groups, allowed: (f) => f[0] !== 5, maxReports: 1 });
    expect(labels).toEqual([0, 0, 0, 3, 3, 5, 3, 7]);
  });

  it('leaves a fragment torn between two events alone', () => {
    const torn = [...profiles.slice(0, 7), profile({ 1: 1, 5: 1 })];
    const labels = joinFragments([0, 0, 0, 3, 3, 5, 6, 7], [...edges, { i: 7, j: 3, w: 0.1 }], torn, { groups, allowed: () => true, margin: 1.5, maxReports: 1 });
    expect(labels[7]).toBe(7);
  });

  it('joins an event of a few reports to the larger event whose story they tell, and leaves events of more alone', () => {
    // Reports 0 to 3 and 4 to 7 are two events of four; 8 and 9 (rescue on Lombok) are two reports of the quake.
    const quake = [profile({ 1: 1, 2: 1, 3: 1 }), profile({ 1: 1, 2: 1, 4: 1 }), profile({ 1: 1, 3: 1, 4: 1 }), profile({ 1: 1, 2: 1 })];
    const eruption = [profile({ 5: 1, 6: 1, 7: 1 }), profile({ 5: 1, 6: 1, 8: 1 }), profile({ 6: 1, 7: 1, 8: 1 }), profile({ 5: 1, 7: 1 })];
    const rescue = [profile({ 2: 1, 4: 1 }), profile({ 2: 1, 4: 1, 11: 1 })];
    const all = [...quake, ...eruption, ...rescue];
    const labels = [0, 0, 0, 0, 4, 4, 4, 4, 8, 8];
    const links = [
      { i: 8, j: 1, w: 0.2 },
      { i: 9, j: 4, w: 0.05 },
    ];
    const own = all.map((_, i) => i);
    expect(joinFragments(labels, links, all, { groups: own, allowed: () => true })).toEqual([0, 0, 0, 0, 4, 4, 4, 4, 0, 0]);
    // With fragments of one report only, the two reports stay an event of their own.
    expect(joinFragments(labels, links, all, { groups: own, allowed: () => true, maxReports: 1 })).toEqual(labels);
  });
});
