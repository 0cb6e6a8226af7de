/**
 * Words and word keys take a faster way through texts of ASCII characters
 * only. The two ways must give the same tokens: checked against the
 * Unicode-only definitions on random texts of letters, digits, apostrophes,
 * punctuation and a few characters outside ASCII (one whose lower case is ASCII).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordKey } from '../../src/analyse/corpus/events/lib/links.ts';
import { normalizedKey, words } from '../../src/analyse/per-article/fingerprint/lib/tokens.ts';

/** The definitions before the ASCII way was added. */
const unicodeWords = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((w) => w.replace(/’/g, "'"));
const unicodeKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/['’]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const ascii = fc.string({ unit: fc.constantFrom(...'aZs S9\'\'-.,!?"\t\n_(x'.split('')), maxLength: 40 });
const mixed = fc.string({ unit: fc.constantFrom(...'aZs S9\'-., é’ÉK\u212AİЖ٣'.split('')), maxLength: 40 });

describe('words and word keys', () => {
  it('are the same by the ASCII way as by the Unicode definitions', () => {
    fc.assert(
      fc.property(fc.oneof(ascii, mixed), (text) => {
        expect(words(text)).toEqual(unicodeWords(text));
        expect(normalizedKey(text)).toBe(unicodeWords(text).join(' '));
        expect(wordKey(text)).toBe(unicodeKey(text));
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('split possessives and apostrophes as before', () => {
    expect(words("The mayor's plan, rock'n'roll and 9's")).toEqual(['the', "mayor's", 'plan', "rock'n'roll", 'and', "9's"]);
    expect(wordKey("The Mayor's plan: 'rock'n'roll'")).toBe('the mayor plan rocknroll');
    expect(words('Café ’twas l’été')).toEqual(unicodeWords('Café ’twas l’été'));
  });
});
