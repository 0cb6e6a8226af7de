import { describe, expect, it } from 'vitest';
import { createStemmer } from '../../src/text/stem.ts';
import { STOPWORDS } from '../../src/text/stopwords.ts';

describe('createStemmer', () => {
  it('gives one Porter2 stem for the forms of a word', () => {
    const stemmer = createStemmer();
    expect(new Set(['arrested', 'arrests', 'arresting'].map((w) => stemmer.stem(w)))).toEqual(new Set(['arrest']));
  });

  it('gives the same stem the second time, from its memo', () => {
    const stemmer = createStemmer();
    expect(stemmer.stem('protests')).toBe(stemmer.stem('protests'));
  });
});

describe('STOPWORDS', () => {
  it('holds function words and news filler, not topic words', () => {
    for (const w of ['the', 'said', 'yesterday', 'reported']) expect(STOPWORDS.has(w)).toBe(true);
    for (const w of ['earthquake', 'election', 'police']) expect(STOPWORDS.has(w)).toBe(false);
  });
});
