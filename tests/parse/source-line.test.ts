/**
 * Issue 27: the source line a pasted story ends with names its outlet, read
 * with the words of the article's language (`SOURCE_WORDS`).
 */
import { describe, expect, it } from 'vitest';
import { findOutlet } from '../../src/analyse/per-article/parse/index.ts';
import { SOURCE_WORDS, sourceLinePattern } from '../../src/analyse/per-article/parse/source-line.ts';
import { makeBlock } from '../support/articles.ts';

const blocks = (...lines: string[]) => lines.map((t, i) => makeBlock(i, t, i + 1));
const STORY = 'A paragraph of the story, long enough to be one.';

describe('findOutlet with source lines', () => {
  it('reads the outlet of an Arabic source line', () => {
    expect(findOutlet(blocks(STORY, 'المصدر: وكالة أنباء الشمال'), 'ar')).toBe('وكالة أنباء الشمال');
    expect(findOutlet(blocks(STORY, 'مصدر : صحيفة الغد.'), 'ar-JO')).toBe('صحيفة الغد');
  });

  it('reads the source lines of the other languages, with a space before the colon as French writes it', () => {
    expect(findOutlet(blocks(STORY, 'Source : Le Courrier du Rhône'), 'fr')).toBe('Le Courrier du Rhône');
    expect(findOutlet(blocks(STORY, 'Quelle: Nordkurier'), 'de')).toBe('Nordkurier');
    expect(findOutlet(blocks(STORY, 'Fuente: Diario del Sur'), 'es')).toBe('Diario del Sur');
    expect(findOutlet(blocks(STORY, 'Источник: Северные вести'), 'ru')).toBe('Северные вести');
  });

  it('reads no source line in English, where it credits a chart more often than it names the outlet', () => {
    expect(findOutlet(blocks(STORY, 'Source: Bureau of Labor Statistics'), 'en')).toBeNull();
    expect(findOutlet(blocks(STORY, 'Source: Bureau of Labor Statistics'))).toBeNull();
  });

  it('reads no source line in the words of another language, and no web address as a name', () => {
    expect(findOutlet(blocks(STORY, 'المصدر: وكالة أنباء الشمال'), 'fr')).toBeNull();
    expect(findOutlet(blocks(STORY, 'Source : https://example.org/article'), 'fr')).toBeNull();
    expect(findOutlet(blocks(STORY, 'Source : www.example.org'), 'fr')).toBeNull();
  });

  it('reads the outlet of a copyright line that ends "all rights reserved" in another language', () => {
    expect(findOutlet(blocks(STORY, '© 2024 Le Courrier du Rhône. Tous droits réservés.'), 'fr')).toBe('Le Courrier du Rhône');
    expect(findOutlet(blocks(STORY, '© 2024 وكالة أنباء الشمال. جميع الحقوق محفوظة'), 'ar')).toBe('وكالة أنباء الشمال');
  });
});

describe('SOURCE_WORDS', () => {
  it('gives a pattern for each of its languages whose example line it reads', () => {
    for (const [lang, words] of Object.entries(SOURCE_WORDS)) {
      for (const word of words) expect(`${word}: Example Wire`.match(sourceLinePattern(lang)!)?.[1], `${lang} ${word}`).toBe('Example Wire');
    }
  });
});
