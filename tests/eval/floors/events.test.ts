/**
 * Floors of the events evaluation on plain ECB+ and SemEval
 * (`tools/eval/events.ts`). The TF-IDF baseline is left out to keep this
 * short (`npm run eval` prints it). The floors are in
 * `tools/eval/baseline.json`.
 * The evaluation is imported in the test, so a run without the data loads no pipeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventsReport } from '../../../tools/eval/events.ts';
import { eventsFigures } from '../../../tools/eval/figures.ts';
import type { Figures } from '../../../tools/eval/baseline.ts';
import { DATA, expectFloors } from '../support.ts';

describe.skipIf(!DATA)('events on ECB+ and SemEval', () => {
  let report: EventsReport;
  let figures: Figures;
  beforeAll(async () => {
    const { evaluateEvents } = await import('../../../tools/eval/events.ts');
    report = await evaluateEvents(DATA!, { skipBaseline: true });
    figures = eventsFigures(report);
  });

  it('clusters all 772 ECB+ articles above the floors', () => {
    expect(report.ecbplus.system.all.articles).toBe(772);
    expectFloors(figures, 'ecbplus.all.');
  });

  it('clusters the train and dev splits above their floors', () => {
    expectFloors(figures, 'ecbplus.train.');
    expectFloors(figures, 'ecbplus.dev.');
  });

  it('scores few pairs and keeps nearly all gold pairs among them', () => {
    expectFloors(figures, 'ecbplus.candidate-');
  });

  it('titles no event with a sentence cut with an ellipsis', () => {
    expect(report.titleFaults).toEqual([]);
  });

  it('agrees with the SemEval human similarity scores', () => {
    expectFloors(figures, 'semeval.');
  });
});
