/**
 * Floors of the events evaluation on ECB+ wrapped in eight draws of
 * synthetic outlet furniture (`tools/eval/events-furniture.ts`): the mean
 * and the lowest over the draws. The floors are in
 * `tools/eval/baseline.json`.
 * The evaluation is imported in the test, so a run without the data loads no pipeline.
 */
import { describe, expect, it } from 'vitest';
import { wrappedDrawsFigures } from '../../../tools/eval/figures.ts';
import { DATA, expectFloors } from '../support.ts';

describe.skipIf(!DATA)('events on ECB+ in eight draws of synthetic outlet furniture', () => {
  it('clusters and dates the wrapped articles above the floors of the mean and the lowest draw', async () => {
    const { evaluateFurnitureSeeds } = await import('../../../tools/eval/events-furniture.ts');
    const report = await evaluateFurnitureSeeds(DATA!);
    expect(report.seeds).toHaveLength(8);
    expectFloors(wrappedDrawsFigures(report), 'ecbplus-wrapped-draws.');
  });
});
