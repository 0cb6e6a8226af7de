import { describe, expect, it } from 'vitest';
import { combine, fnv1a, hashFamily, hashString, mix32, mulberry32 } from '../../src/text/hash.ts';

describe('fnv1a', () => {
  it('gives the published FNV-1a values for ASCII text', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('hashString', () => {
  it('is FNV-1a finished with the murmur mix, unsigned', () => {
    for (const word of ['', 'mayor', 'été', 'بشار']) {
      expect(hashString(word)).toBe(mix32(fnv1a(word)));
      expect(hashString(word)).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('combine', () => {
  it('depends on the order of its inputs', () => {
    expect(combine(1, 2)).not.toBe(combine(2, 1));
  });
});

describe('mulberry32 and hashFamily', () => {
  it('give the same stream and family for the same seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(hashFamily(4, 7)).toEqual(hashFamily(4, 7));
  });

  it('makes odd multipliers', () => {
    for (const x of hashFamily(16, 3).a) expect(x % 2).toBe(1);
  });
});
