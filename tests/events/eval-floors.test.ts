/**
 * Floors of the events evaluation: measured figures minus 0.01. A change
 * that drops a figure below its floor fails here; raising a floor is a
 * commit of its own. The TF-IDF baseline is left out to keep this under a
 * minute (`npx tsx scripts/eval-events.ts` prints it).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateEvents, type EventsReport } from '../../src/eval/events.ts';
import { evaluateEventsInFurniture, type FurnitureReport } from '../../src/eval/events-furniture.ts';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/** Floors of the furniture-wrapped run (see `src/eval/events-furniture.ts`): measured minus 0.01. */
const FURNITURE_FLOORS = { pairwise: 0.77, bcubed: 0.828, trainBcubed: 0.819, devBcubed: 0.871 };

describe('events evaluation floors', () => {
  let report: EventsReport;

  it('runs on ECB+ and SemEval', async () => {
    report = await evaluateEvents(DATA, { skipBaseline: true });
    expect(report.ecbplus.system.all.articles).toBe(772);
  }, 600_000);

  it('clusters all of ECB+ above its floors', () => {
    const all = report.ecbplus.system.all;
    expect(all.pairwise.precision).toBeGreaterThanOrEqual(0.914);
    expect(all.pairwise.recall).toBeGreaterThanOrEqual(0.83);
    expect(all.pairwise.f1).toBeGreaterThanOrEqual(0.87);
    expect(all.bcubed.precision).toBeGreaterThanOrEqual(0.943);
    expect(all.bcubed.recall).toBeGreaterThanOrEqual(0.838);
    expect(all.bcubed.f1).toBeGreaterThanOrEqual(0.887);
  });

  it('clusters the train and dev splits above their floors', () => {
    const { train, dev } = report.ecbplus.system;
    expect(train.pairwise.f1).toBeGreaterThanOrEqual(0.851);
    expect(train.bcubed.f1).toBeGreaterThanOrEqual(0.877);
    expect(dev.pairwise.f1).toBeGreaterThanOrEqual(0.923);
    expect(dev.bcubed.f1).toBeGreaterThanOrEqual(0.917);
  });

  it('scores few pairs and keeps nearly all gold pairs among them', () => {
    expect(report.ecbplus.candidatePairs).toBeLessThan(0.06 * report.ecbplus.allPairs);
    expect(report.ecbplus.candidateRecall).toBeGreaterThanOrEqual(0.957);
  });

  it('agrees with the SemEval human similarity scores', () => {
    expect(report.semeval.pearson).toBeLessThanOrEqual(-0.74);
    expect(report.semeval.spearman).toBeLessThanOrEqual(-0.778);
    expect(report.semeval.accuracy).toBeGreaterThanOrEqual(0.826);
  });
});

describe('events evaluation floors with outlet furniture', () => {
  let report: FurnitureReport;

  it('runs on ECB+ wrapped in synthetic furniture, after the boilerplate stage', async () => {
    report = await evaluateEventsInFurniture(DATA);
    expect(report.system.all.articles).toBe(772);
  }, 600_000);

  it('clusters the wrapped articles above their floors', () => {
    const { all, train, dev } = report.system;
    expect(all.pairwise.f1).toBeGreaterThanOrEqual(FURNITURE_FLOORS.pairwise);
    expect(all.bcubed.f1).toBeGreaterThanOrEqual(FURNITURE_FLOORS.bcubed);
    expect(train.bcubed.f1).toBeGreaterThanOrEqual(FURNITURE_FLOORS.trainBcubed);
    expect(dev.bcubed.f1).toBeGreaterThanOrEqual(FURNITURE_FLOORS.devBcubed);
  });

  it('takes no date from furniture', () => {
    expect(report.datedFromFurniture).toBeLessThanOrEqual(2);
  });
});

