import { describe, expect, it } from 'vitest';
import { count } from '../../src/text/count.ts';

describe('count', () => {
  it('says one thing in the singular and other numbers in the plural', () => {
    expect(count(1, 'error')).toBe('1 error');
    expect(count(0, 'error')).toBe('0 errors');
    expect(count(2, 'syndicated copy', 'syndicated copies')).toBe('2 syndicated copies');
    expect(count(1, 'syndicated copy', 'syndicated copies')).toBe('1 syndicated copy');
    expect(count(1200, 'file')).toBe('1,200 files');
  });
});
