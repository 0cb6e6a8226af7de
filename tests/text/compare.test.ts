import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../src/text/compare.ts';

describe('byCodeUnits', () => {
  it('orders strings by code units, capitals before small letters and accents last, whatever the locale', () => {
    expect(['é', 'b', 'B', 'a', 'A', ''].sort(byCodeUnits)).toEqual(['', 'A', 'B', 'a', 'b', 'é']);
  });

  it('gives 0 for equal strings only', () => {
    expect(byCodeUnits('x', 'x')).toBe(0);
    expect(byCodeUnits('x', 'y')).toBe(-1);
    expect(byCodeUnits('y', 'x')).toBe(1);
  });
});
