/**
 * What the eval tests share: the data folder (or `null` when it is not
 * there, and the tests skip), the baseline, and one check of a group of
 * figures against their floors that names every figure that misses.
 */
import { expect } from 'vitest';
import { checkFigures, readBaseline, type Figures } from '../../tools/eval/baseline.ts';
import { hasSharedData, sharedDataDir } from '../../tools/eval/shared.ts';

/** The labelled data folder, or `null` when it is missing (the eval tests then skip). */
export const DATA: string | null = hasSharedData() ? sharedDataDir() : null;

/** The floors of `tools/eval/baseline.json`. */
export const BASELINE = readBaseline();

/**
 * Expect every figure of the baseline whose name starts with `prefix` to
 * meet its floor (or ceiling). At least one must exist unless `mayBeNone`.
 */
export function expectFloors(figures: Figures, prefix: string, mayBeNone = false): void {
  const names = Object.keys(BASELINE.figures).filter((n) => n.startsWith(prefix));
  if (!mayBeNone) expect(names, `no figure in baseline.json starts with ${prefix}`).not.toEqual([]);
  const misses = checkFigures(BASELINE, figures, names).map((m) => {
    const entry = BASELINE.figures[m.name]!;
    const limit = entry.ceiling === undefined ? `floor ${m.limit}` : `ceiling ${m.limit}`;
    return `${m.name}: ${m.value ?? 'not measured'} (${limit})`;
  });
  expect(misses).toEqual([]);
}
