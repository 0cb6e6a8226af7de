/**
 * Floors of the extraction and syndication evaluation on real stories in
 * synthetic outlets (`tools/eval/extraction.ts`), on smaller corpora than
 * `npm run eval` prints (`EXTRACTION_GATE_SIZES`), and the seeds. The floors
 * are in `tools/eval/baseline.json`.
 * The evaluation is imported in the test, so a run without the data loads no pipeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionReport } from '../../../tools/eval/extraction.ts';
import { EXTRACTION_GATE_SIZES, extractionFigures } from '../../../tools/eval/figures.ts';
import { DATA, expectFloors } from '../support.ts';

describe.skipIf(!DATA)('extraction on synthetic outlets', () => {
  let report: ExtractionReport;
  beforeAll(async () => {
    const { evaluateExtraction } = await import('../../../tools/eval/extraction.ts');
    report = await evaluateExtraction(DATA!, EXTRACTION_GATE_SIZES);
  });

  it('keeps the story text of the tuned corpus and drops its furniture', () => {
    expectFloors(extractionFigures(report), 'synthetic-outlets.tuned.');
  });

  it('does as well on held-out outlets, furniture and stories it was not tuned on', () => {
    expectFloors(extractionFigures(report), 'synthetic-outlets.held-out.');
  });

  it('gets the five seeds exactly right', () => {
    expect(report.seeds.articles.filter((a) => a.furnitureLeft.length || a.storyLost.length)).toEqual([]);
    expect(report.seeds.perfect).toBe(true);
  });
});
