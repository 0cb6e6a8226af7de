/**
 * Floors of the real-page evaluation: the WCXB dev pages of the held-out
 * split (never used for training or tuning), as copied from a browser and
 * as saved, built with `dateline build` and scored with the project's
 * scorer (`tools/eval/real-pages.ts`). The floors are in
 * `tools/eval/baseline.json`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { HELD_OUT_SPLIT, evaluateRealPages, realPageFigures, type RealPagesReport } from '../../../tools/eval/real-pages.ts';
import type { Figures } from '../../../tools/eval/baseline.ts';
import { DATA, expectFloors } from '../support.ts';

describe.skipIf(!DATA)('real pages: WCXB dev, held-out split', () => {
  let report: RealPagesReport;
  let figures: Figures;
  beforeAll(() => {
    report = evaluateRealPages({ split: HELD_OUT_SPLIT });
    figures = realPageFigures(report);
  });

  it('accounts for every copied page, as an article or a skipped file', () => {
    expect(report.copied.score.files).toBeGreaterThan(100);
    expect(report.copied.score.accounted.missing).toBe(0);
  });

  it('keeps the story text of copied pages and drops their furniture, above the floors', () => {
    expectFloors(figures, 'wcxb-copied.held-out.text.');
  });

  it("finds a copied page's title and date, above the floors", () => {
    expectFloors(figures, 'wcxb-copied.held-out.title.');
    expectFloors(figures, 'wcxb-copied.held-out.date.');
  });

  it("gives a copied page a few topics from its own story, within the floors", () => {
    expectFloors(figures, 'wcxb-copied.held-out.topics.');
  });

  it('holds the saved pages to their floors once they are read, and accounts for every one meanwhile', () => {
    expect(report.html.score.accounted.missing).toBe(0);
    expectFloors(figures, 'wcxb-html.held-out.', true);
  });
});
