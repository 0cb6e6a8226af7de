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
    const labels = joinFragments([0, 0, 0, 3, 3, 5, 6, 7], edges, profiles, { groups, allowed: () => true });
    expect(labels).toEqual([0, 0, 0, 3, 3, 0, 3, 7]);
  });

  it('leaves a fragment alone when the checks of a merge refuse it', () => {
    const labels = joinFragments([0, 0, 0, 3, 3, 5, 6, 7], edges, profiles, { groups, allowed: (f) => f[0] !== 5 });
    expect(labels).toEqual([0, 0, 0, 3, 3, 5, 3, 7]);
  });

  it('leaves a fragment torn between two events alone', () => {
    const torn = [...profiles.slice(0, 7), profile({ 1: 1, 5: 1 })];
    const labels = joinFragments([0, 0, 0, 3, 3, 5, 6, 7], [...edges, { i: 7, j: 3, w: 0.1 }], torn, { groups, allowed: () => true, margin: 1.5 });
    expect(labels[7]).toBe(7);
  });
});
