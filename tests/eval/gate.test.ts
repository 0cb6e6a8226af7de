/**
 * The evaluation gate's rules, on small baselines: a fresh run raises
 * floors freely and never lowers one unless asked to by name. Runs in the
 * `unit` project: no data needed.
 */
import { describe, expect, it } from 'vitest';
import { checkFigures, pinnedLimit, readBaseline, updateBaseline, type Baseline } from '../../tools/eval/baseline.ts';
import { groupOf } from '../../tools/eval/figures.ts';

const baseline = (): Baseline => ({
  about: 'test',
  figures: {
    'text.precision': { floor: 0.9, note: 'a share, higher is better' },
    'furniture-left': { ceiling: 40, margin: 5, note: 'a count, lower is better' },
    'pearson': { ceiling: -0.74, note: 'a correlation that should be negative' },
  },
});

describe('the evaluation gate', () => {
  it('pins a floor at the measured figure minus its margin, and a ceiling at the figure plus its margin', () => {
    const b = baseline();
    expect(pinnedLimit(b.figures['text.precision']!, 0.93)).toBe(0.92);
    expect(pinnedLimit(b.figures['text.precision']!, 0.9377)).toBe(0.927);
    expect(pinnedLimit(b.figures['furniture-left']!, 20)).toBe(25);
    expect(pinnedLimit(b.figures.pearson!, -0.8)).toBe(-0.79);
  });

  it('raises floors and lowers ceilings when the figures improve', () => {
    const r = updateBaseline(baseline(), { 'text.precision': 0.95, 'furniture-left': 20, pearson: -0.8 });
    expect(r.refused).toEqual([]);
    expect(r.raised).toEqual([
      { name: 'text.precision', from: 0.9, to: 0.94 },
      { name: 'furniture-left', from: 40, to: 25 },
      { name: 'pearson', from: -0.74, to: -0.79 },
    ]);
    expect(r.baseline.figures['text.precision']).toEqual({ floor: 0.94, note: 'a share, higher is better' });
    expect(r.baseline.figures['furniture-left']).toEqual({ ceiling: 25, margin: 5, note: 'a count, lower is better' });
  });

  it('keeps a floor that the figure meets but that its margin would lower', () => {
    const r = updateBaseline(baseline(), { 'text.precision': 0.905, 'furniture-left': 38, pearson: -0.745 });
    expect(r.raised).toEqual([]);
    expect(r.refused).toEqual([]);
    expect(r.baseline).toEqual(baseline());
  });

  it('refuses to lower a floor, saying which and by how much', () => {
    const r = updateBaseline(baseline(), { 'text.precision': 0.85, 'furniture-left': 41, pearson: -0.8 });
    expect(r.refused).toEqual([
      { name: 'text.precision', from: 0.9, to: 0.84, by: 0.06 },
      { name: 'furniture-left', from: 40, to: 46, by: 6 },
    ]);
    expect(r.baseline.figures['text.precision']!.floor).toBe(0.9);
    expect(r.baseline.figures['furniture-left']!.ceiling).toBe(40);
    expect(r.raised).toEqual([{ name: 'pearson', from: -0.74, to: -0.79 }]);
  });

  it('lowers a floor that --allow-lower names, and only that one', () => {
    const r = updateBaseline(baseline(), { 'text.precision': 0.85, 'furniture-left': 41, pearson: -0.75 }, new Set(['text.precision']));
    expect(r.lowered).toEqual([{ name: 'text.precision', from: 0.9, to: 0.84 }]);
    expect(r.refused.map((x) => x.name)).toEqual(['furniture-left']);
    expect(r.unusedAllowances).toEqual([]);
  });

  it('refuses to drop a figure that is no longer measured, unless --allow-lower names it', () => {
    expect(updateBaseline(baseline(), { 'text.precision': 0.95, pearson: -0.8 }).refused).toEqual([
      { name: 'furniture-left', from: 40, to: null, by: null },
    ]);
    const r = updateBaseline(baseline(), { 'text.precision': 0.95, pearson: -0.8 }, new Set(['furniture-left']));
    expect(r.refused).toEqual([]);
    expect(r.removed).toEqual(['furniture-left']);
    expect(Object.keys(r.baseline.figures)).toEqual(['text.precision', 'pearson']);
  });

  it('leaves figures outside the measured groups alone, and lists measured figures without an entry', () => {
    const r = updateBaseline(baseline(), { 'text.precision': 0.95, 'text.recall': 0.99 }, new Set(['nothing']), (n) => n.startsWith('text.'));
    expect(r.refused).toEqual([]);
    expect(r.baseline.figures['furniture-left']).toEqual(baseline().figures['furniture-left']);
    expect(r.notGated).toEqual(['text.recall']);
    expect(r.unusedAllowances).toEqual(['nothing']);
  });

  it('checks figures against floors and ceilings, and counts a missing figure as a miss', () => {
    expect(checkFigures(baseline(), { 'text.precision': 0.9, 'furniture-left': 40, pearson: -0.74 })).toEqual([]);
    expect(checkFigures(baseline(), { 'text.precision': 0.89, pearson: -0.7 })).toEqual([
      { name: 'text.precision', limit: 0.9, value: 0.89 },
      { name: 'furniture-left', limit: 40, value: null },
      { name: 'pearson', limit: -0.74, value: -0.7 },
    ]);
  });
});

describe('the baseline file', () => {
  it('gives every figure a floor or a ceiling, a note, and a group of the evaluation that measures it', () => {
    for (const [name, entry] of Object.entries(readBaseline().figures)) {
      expect(typeof entry.floor === 'number' !== (typeof entry.ceiling === 'number'), name).toBe(true);
      expect(entry.note.length, name).toBeGreaterThan(20);
      expect(groupOf(name), name).toBeDefined();
    }
  });
});
