import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/text/distance.ts';

describe('edit distance', () => {
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('prot', 'port')).toBe(1);
    expect(editDistance('biuld', 'build')).toBe(1);
  });

  it('counts insertions, deletions and replacements', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests the nearest candidate only when it reads as a typo', () => {
    expect(closest('prot', ['out', 'port', 'url'])).toBe('port');
    expect(closest('verbos', ['verbose', 'version'])).toBe('verbose');
    expect(closest('publish', ['build', 'serve', 'check', 'init'])).toBeNull();
  });
});
