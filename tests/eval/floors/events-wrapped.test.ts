/**
 * Floors of the events evaluation on ECB+ wrapped in one draw of synthetic
 * outlet furniture, after the boilerplate stage
 * (`tools/eval/events-furniture.ts`). The floors are in
 * `tools/eval/baseline.json`.
 * The evaluation is imported in the test, so a run without the data loads no pipeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FurnitureReport } from '../../../tools/eval/events-furniture.ts';
import { wrappedEventsFigures } from '../../../tools/eval/figures.ts';
import type { Figures } from '../../../tools/eval/baseline.ts';
import { DATA, expectFloors } from '../support.ts';

describe.skipIf(!DATA)('events on ECB+ in synthetic outlet furniture', () => {
  let report: FurnitureReport;
  let figures: Figures;
  beforeAll(async () => {
    const { evaluateEventsInFurniture } = await import('../../../tools/eval/events-furniture.ts');
    report = await evaluateEventsInFurniture(DATA!);
    figures = wrappedEventsFigures(report);
  });

  it('clusters the wrapped articles above the floors', () => {
    expect(report.system.all.articles).toBe(772);
    for (const split of ['all', 'train', 'dev']) expectFloors(figures, `ecbplus-wrapped.${split}.`);
  });

  it('clusters as the plain articles when the furniture is removed exactly (the ceiling of the boilerplate stage)', () => {
    expectFloors(figures, 'ecbplus-wrapped.ceiling.');
  });

  it("removes the stamps the ECB+ texts carry from their own pages, and clusters nearly as well as a boilerplate stage right about every block", () => {
    expectFloors(figures, 'ecbplus-wrapped.story-stamps');
    expect(report.system.all.bcubed.f1).toBeGreaterThanOrEqual(report.stampless.all.bcubed.f1 - 0.01);
  });

  it('titles no event with a sentence cut with an ellipsis or with a line of the outlets\u2019 furniture', () => {
    expect(report.titleFaults).toEqual([]);
  });

  it('dates the wrapped articles as the plain ones: publication stamps read, other furniture not', () => {
    expectFloors(figures, 'ecbplus-wrapped.dated');
    expectFloors(figures, 'ecbplus-wrapped.misdated');
  });
});
