import { describe, expect, it } from 'vitest';
import { clearBest } from '../../src/analyse/corpus/events/lib/clear-best.ts';

describe('clearBest', () => {
  it('takes the highest score when it clears the floor and the margin over the second', () => {
    expect(clearBest([[4, 0.2], [7, 0.5], [9, 0.1]], 0.15, 1.5)).toBe(7);
  });
  it('refuses a choice that is not clear', () => {
    expect(clearBest([[4, 0.4], [7, 0.5]], 0.15, 1.5)).toBe(-1);
  });
  it('refuses a best under the floor, and no candidates at all', () => {
    expect(clearBest([[7, 0.1]], 0.15, 1.5)).toBe(-1);
    expect(clearBest([], 0.15, 1.5)).toBe(-1);
  });
  it('keeps the first of two equal scores', () => {
    expect(clearBest([[3, 0.5], [8, 0.5]], 0.15, 1)).toBe(3);
  });
});
