/**
 * Floors of the events evaluation on headline-only items made from ECB+
 * train+dev and SemEval (`tools/eval/events-headlines.ts`). The floors are in
 * `tools/eval/baseline.json`.
 * The evaluation is imported in the test, so a run without the data loads no pipeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HeadlinesReport } from '../../../tools/eval/events-headlines.ts';
import { headlinesFigures } from '../../../tools/eval/figures.ts';
import type { Figures } from '../../../tools/eval/baseline.ts';
import { DATA, expectFloors } from '../support.ts';

describe.skipIf(!DATA)('events on headline-only items', () => {
  let report: HeadlinesReport;
  let figures: Figures;
  beforeAll(async () => {
    const { evaluateHeadlines } = await import('../../../tools/eval/events-headlines.ts');
    report = await evaluateHeadlines(DATA!);
    figures = headlinesFigures(report);
  });

  it('clusters the 772 headline-only ECB+ items above the floors', () => {
    expect(report.ecbplus.all.articles).toBe(772);
    for (const split of ['all', 'train', 'dev']) expectFloors(figures, `headlines-ecbplus.${split}.`);
  });

  it('keeps large events together when their keys are too common to pair every report', () => {
    for (const split of ['all', 'train', 'dev']) expectFloors(figures, `headlines-ecbplus-crowded.${split}.`);
  });

  it('titles no event with a sentence cut with an ellipsis', () => {
    expect(report.titleFaults).toEqual([]);
  });

  it('agrees with the SemEval human similarity scores from the titles alone', () => {
    expectFloors(figures, 'headlines-semeval.');
  });
});
