/**
 * Floors of the events evaluation: measured figures minus 0.01 (measured
 * with `node --import tsx tools/eval-events.ts` after the figures check:
 * ECB+ all pairwise P 0.942 R 0.941 F1 0.942, B-cubed P 0.963 R 0.941
 * F1 0.952; train pairwise F1 0.932, B-cubed F1 0.947; dev 0.969, 0.965;
 * candidate recall 0.966; SemEval Pearson -0.750, Spearman -0.788,
 * accuracy 0.836; for the row wrapped in furniture see `FURNITURE_FLOORS`).
 * The two recall floors, the dev floors and the candidate recall floor
 * stay where they were (0.935, 0.935, 0.959, 0.955, 0.957): a floor is
 * never lowered, and these figures fell a little for the gain in
 * precision or did not move. A change that
 * drops a figure below its floor fails here; raising a floor is a commit of
 * its own. The TF-IDF baseline is left out to keep this under a minute
 * (`npx tsx tools/eval-events.ts` prints it).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateEvents, type EventsReport } from '../../tools/eval/events.ts';
import { evaluateEventsInFurniture, evaluateFurnitureSeeds, type FurnitureReport } from '../../tools/eval/events-furniture.ts';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/**
 * Floors of the furniture-wrapped run (see `tools/eval/events-furniture.ts`):
 * measured minus 0.01. This row also moves with stages 3–5 and the
 * synthetic outlets: measured after the boilerplate stage's list-of-stories
 * rules, the dates of removed publication stamps, the by-lines of a name
 * and a role, the figures check of stage 7, its name conflict check from
 * five reports, the day-first reading of an outlet's numeric stamps, lists
 * that make up the whole page of a one-sentence report, and dates no longer
 * taken for phone numbers: pairwise F1 0.939, B-cubed F1 0.949, train
 * B-cubed 0.940, dev 0.974 (dev is small: one merge of two events of one
 * kind moves it by 0.03). Leads read past a page's menus then left 509
 * furniture blocks instead of 816 and gave 0.938, 0.948, 0.940, 0.971: one
 * report of a one-sentence event moved, and the floors stay. Stamps and
 * bare dates left out of boxes of headlines gave 0.936, 0.947, 0.937,
 * 0.976 on this draw (the mean over eight draws did not move, and half as
 * many articles are misdated: see the last test); captions that end in
 * "| Photo credit: X" removed, 0.935, 0.945, 0.937, 0.969 (the mean rose).
 * A pair feature for reports that give different figures of one kind, and
 * small clusters attached pass after pass until none moves, gave 0.940,
 * 0.952, 0.946, 0.969 (floors raised to these minus 0.01).
 * With the
 * generator's labels in place of stage 5 the row equals the plain one
 * (`ceiling`, pinned to the plain floors).
 */
const FURNITURE_FLOORS = { pairwise: 0.93, bcubed: 0.942, trainBcubed: 0.936, devBcubed: 0.964 };

describe('events evaluation floors', () => {
  let report: EventsReport;

  it('runs on ECB+ and SemEval', async () => {
    report = await evaluateEvents(DATA, { skipBaseline: true });
    expect(report.ecbplus.system.all.articles).toBe(772);
  }, 600_000);

  it('clusters all of ECB+ above its floors', () => {
    const all = report.ecbplus.system.all;
    expect(all.pairwise.precision).toBeGreaterThanOrEqual(0.932);
    expect(all.pairwise.recall).toBeGreaterThanOrEqual(0.935);
    expect(all.pairwise.f1).toBeGreaterThanOrEqual(0.932);
    expect(all.bcubed.precision).toBeGreaterThanOrEqual(0.953);
    expect(all.bcubed.recall).toBeGreaterThanOrEqual(0.935);
    expect(all.bcubed.f1).toBeGreaterThanOrEqual(0.942);
  });

  it('clusters the train and dev splits above their floors', () => {
    const { train, dev } = report.ecbplus.system;
    expect(train.pairwise.f1).toBeGreaterThanOrEqual(0.922);
    expect(train.bcubed.f1).toBeGreaterThanOrEqual(0.937);
    expect(dev.pairwise.f1).toBeGreaterThanOrEqual(0.959);
    expect(dev.bcubed.f1).toBeGreaterThanOrEqual(0.955);
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

  it('clusters as the plain articles when the furniture is removed exactly (the ceiling of stage 5)', () => {
    const { all } = report.ceiling;
    expect(all.pairwise.f1).toBeGreaterThanOrEqual(0.932);
    expect(all.bcubed.f1).toBeGreaterThanOrEqual(0.942);
  });

  it('removes the stamps the ECB+ texts carry from their own pages, and clusters nearly as well as a stage 5 right about every block', () => {
    // Measured: 179 such stamps and by-lines; with them removed and every other block as the generator
    // labelled it, B-cubed F1 0.948 against 0.945 for stage 5 as it is (over seeds 1 to 8: 0.948 and
    // 0.946); with the figures pair feature and repeated attaching, 0.955 against 0.952.
    expect(report.storyStamps).toBeGreaterThanOrEqual(170);
    expect(report.system.all.bcubed.f1).toBeGreaterThanOrEqual(report.stampless.all.bcubed.f1 - 0.01);
  });

  it('dates the wrapped articles as the plain ones: publication stamps read, other furniture not', () => {
    // Measured: 315 dated, 105 of them from an outlet's stamp, 1 dated otherwise (2 before an outlet's
    // day-first stamps were read day first).
    expect(report.dated).toBeGreaterThanOrEqual(307);
    expect(report.misdated).toBeLessThanOrEqual(2);
  });
});

describe('events evaluation floors over draws of synthetic outlets', () => {
  it('clusters the wrapped articles above the floors of the mean over eight seeds', async () => {
    // Measured: mean pairwise F1 0.925 (0.905 to 0.943), mean B-cubed F1 0.940 (0.930 to 0.951); with small
    // clusters of up to five reports attached (`ATTACH_MAX_SIZE`), 0.927 (0.910 to 0.943) and 0.943 (0.934 to 0.951);
    // with clusters up to 90 days apart merged (`CLUSTER_DATE_GAP_DAYS`), 0.928 (0.911 to 0.942) and 0.944 (0.935 to 0.952);
    // with stamps and bare dates left out of boxes of headlines, 0.928 (0.920 to 0.937) and 0.944 (0.936 to 0.952);
    // with captions that end in "| Photo credit: X" removed, 0.930 (0.924 to 0.938) and 0.946 (0.939 to 0.950);
    // with different figures a pair feature and small clusters attached until none moves, 0.936 (0.926 to 0.942)
    // and 0.951 (0.946 to 0.953). Floors: these minus 0.01.
    const report = await evaluateFurnitureSeeds(DATA);
    expect(report.seeds).toHaveLength(8);
    expect(report.pairwiseF1.mean).toBeGreaterThanOrEqual(0.926);
    expect(report.bcubedF1.mean).toBeGreaterThanOrEqual(0.941);
    expect(report.bcubedF1.min).toBeGreaterThanOrEqual(0.936);
    // Measured: 12 of the 6,176 wrapped articles dated otherwise than their plain ones (74 before a box of
    // headlines left the stamps and bare dates among its lines alone, 26 before captions ending in
    // "| Photo credit: X" were removed).
    expect(report.seeds.reduce((n, s) => n + s.misdated, 0)).toBeLessThanOrEqual(36);
  }, 600_000);
});
