/**
 * Words and word keys take a faster way through texts of ASCII characters
 * only. The two ways must give the same tokens: checked against the
 * Unicode-only definitions on random texts of letters, digits, apostrophes,
 * punctuation and a few characters outside ASCII (one whose lower case is ASCII).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareWord, bareWordKey, bareWords, normalizedKey, words, wordsAsWritten } from '../../src/text/words.ts';

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
/** The terms' words before they were built on `words`: each match made bare as it was found. */
const unicodeBareWords = (text: string): string[] =>
  [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) =>
    m[0].includes("'") || m[0].includes('’') ? m[0].replace(/['’]s$/u, '').replace(/['’]/gu, '') : m[0],
  );

const ascii = fc.string({ unit: fc.constantFrom(...'aZs S9\'\'-.,!?"\t\n_(x'.split('')), maxLength: 40 });
const mixed = fc.string({ unit: fc.constantFrom(...'aZs S9\'-., é’ÉK\u212AİЖ٣'.split('')), maxLength: 40 });

describe('words and word keys', () => {
  it('are the same by the ASCII way as by the Unicode definitions', () => {
    fc.assert(
      fc.property(fc.oneof(ascii, mixed), (text) => {
        expect(words(text)).toEqual(unicodeWords(text));
        expect(normalizedKey(text)).toBe(unicodeWords(text).join(' '));
        expect(bareWordKey(text)).toBe(unicodeKey(text));
        expect(bareWords(text)).toEqual(unicodeBareWords(text));
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('split possessives and apostrophes as before', () => {
    expect(words("The mayor's plan, rock'n'roll and 9's")).toEqual(['the', "mayor's", 'plan', "rock'n'roll", 'and', "9's"]);
    expect(bareWordKey("The Mayor's plan: 'rock'n'roll'")).toBe('the mayor plan rocknroll');
    expect(words('Café ’twas l’été')).toEqual(unicodeWords('Café ’twas l’été'));
  });
});

describe('words of text outside ASCII', () => {
  it('keeps the letters and digits of every script, lower-cased', () => {
    expect(words('Ünïcödé Straße, ΑΘΗΝΑ 2024')).toEqual(['ünïcödé', 'straße', 'αθηνα', '2024']);
    expect(words('بشار الأسد في موسكو')).toEqual(['بشار', 'الأسد', 'في', 'موسكو']);
    expect(words('Жители Москвы, ٣ أيام')).toEqual(['жители', 'москвы', '٣', 'أيام']);
  });

  it('writes a curly apostrophe as a straight one, and bareWords drops it', () => {
    expect(words('L’été de l’Élysée’s chef')).toEqual(["l'été", 'de', "l'élysée's", 'chef']);
    expect(bareWords('L’été de l’Élysée’s chef')).toEqual(['lété', 'de', 'lélysée', 'chef']);
  });

  it('keeps the case and the apostrophes as written in wordsAsWritten', () => {
    expect(wordsAsWritten('Lohan’s lawyer, O’Neil')).toEqual(['Lohan’s', 'lawyer', 'O’Neil']);
  });

  it('makes a bare word of one word', () => {
    expect(bareWord("lohan's")).toBe('lohan');
    expect(bareWord('l’été')).toBe('lété');
    expect(bareWord('plain')).toBe('plain');
  });
});
