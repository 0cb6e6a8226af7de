/**
 * Issue 27: an article whose language is neither stated nor detected takes
 * the site's language and direction; one in another language is marked so.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/present/catalogue.ts';
import { dateNote } from '../../src/present/labels.ts';
import type { SiteSettings } from '../../src/model/types.ts';
import { makeArticle } from '../support/articles.ts';

const site = (lang: string): SiteSettings => ({ title: 'T', description: 'D', url: null, lang });
const article = (lang: string | null, dir: 'ltr' | 'rtl' | null) => ({ ...makeArticle({ id: 'a', lines: ['x'] }), lang, dir });

describe('an article’s language on the site', () => {
  it('is the site’s when the article has none, with the site language’s direction', () => {
    const en = catalogue([], [], site('en'));
    expect(en.textLanguage(article(null, null))).toEqual({ lang: 'en', dir: 'ltr' });
    expect(en.languageOf(article(null, null))).toBeNull();
    const ar = catalogue([], [], site('ar'));
    expect(ar.textLanguage(article(null, null))).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('is its own when detected or stated, and marked where it is not the site’s', () => {
    const en = catalogue([], [], site('en'));
    expect(en.textLanguage(article('ar', 'rtl'))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(en.languageOf(article('ar', 'rtl'))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(en.languageOf(article('fr', 'ltr'))).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(en.languageOf(article('en', 'ltr'))).toBeNull();
  });

  it('keeps a stated direction when the language is the site’s', () => {
    expect(catalogue([], [], site('en')).textLanguage(article(null, 'rtl'))).toEqual({ lang: 'en', dir: 'rtl' });
  });
});

describe('the note on where a date came from', () => {
  it('isolates a quote in right-to-left letters, so the English around it keeps its order', () => {
    expect(dateNote('text', '3 أبريل 2024')).toBe('date stated in the text (“\u20683 أبريل 2024\u2069”)');
  });

  it('quotes other words as they are', () => {
    expect(dateNote('text', '12 mars 2024')).toBe('date stated in the text (“12 mars 2024”)');
  });
});
