import { describe, expect, it } from 'vitest';
import { intersectionSize, phraseShingleHashes, shingleHashes } from '../../src/text/shingles.ts';
import { words } from '../../src/text/words.ts';

describe('shingleHashes', () => {
  it('gives one shingle per run of size words, sorted and unique', () => {
    const s = shingleHashes(words('one two three four five'), 4);
    expect(s).toHaveLength(2);
    expect([...s]).toEqual([...s].sort((a, b) => a - b));
    expect(shingleHashes(words('a b a b a b'), 2)).toHaveLength(2);
  });

  it('gives a text shorter than size one shingle, and an empty one none', () => {
    expect(shingleHashes(words('Breaking news'), 4)).toHaveLength(1);
    expect(shingleHashes([], 4)).toHaveLength(0);
  });

  it('is the same for words of any script', () => {
    expect(shingleHashes(words('بشار الأسد في موسكو اليوم'), 4)).toEqual(shingleHashes(words('بشار الأسد في موسكو اليوم'), 4));
    expect(shingleHashes(words('Straße in München'), 2)).toHaveLength(2);
  });
});

describe('phraseShingleHashes', () => {
  it('gives only full runs of size words: none for a shorter text', () => {
    expect(phraseShingleHashes(words('one two three four five'), 4)).toHaveLength(2);
    expect(phraseShingleHashes(words('Breaking news'), 4)).toEqual([]);
  });

  it('lets two texts be seen sharing a phrase', () => {
    const a = phraseShingleHashes(words('the minister said the talks had failed completely'), 4);
    const b = phraseShingleHashes(words('officials say the talks had failed completely today'), 4);
    expect(intersectionSize(a, b)).toBe(2);
  });
});

describe('intersectionSize', () => {
  it('counts the values two sorted arrays share, for arrays of any lengths (the short one looked up in the long one)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const sorted = (n: number, range: number) => [...new Set(Array.from({ length: n }, () => Math.floor(random() * range)))].sort((x, y) => x - y);
    for (let t = 0; t < 2000; t++) {
      const range = 1 + Math.floor(random() * 3000);
      const a = sorted(Math.floor(random() * 40), range);
      const b = sorted(Math.floor(random() * (t % 2 ? 40 : 2000)), range);
      const inB = new Set(b);
      const expected = a.filter((x) => inB.has(x)).length;
      expect(intersectionSize(a, b)).toBe(expected);
      expect(intersectionSize(b, a)).toBe(expected);
    }
    expect(intersectionSize([], [1, 2, 3])).toBe(0);
    expect(intersectionSize([3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27])).toBe(1);
  });
});
