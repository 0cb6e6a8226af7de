import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/text/slug.ts';

/** The article ids' slug before it moved here (parse). */
function articleSlugBefore(text: string, max = 80): string {
  let s = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > max) {
    const cut = s.slice(0, max);
    const i = cut.lastIndexOf('-');
    s = i > max / 2 ? cut.slice(0, i) : cut;
  }
  return s.replace(/-+$/, '');
}

/** The event ids' slug before it moved here (events). */
function eventSlugBefore(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/u, '');
}

/** Whether at least half of a text's letters are Latin: the titles whose event id the transliteration leaves alone. */
function mostlyLatin(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return (text.match(/\p{Script=Latin}/gu)?.length ?? 0) * 2 >= letters;
}

const titles = fc.string({
  unit: fc.constantFrom(...'ab c-d’‘\'é ÜßبشارΑΘ١2 .!x\u0903\u20dd'.split(''), ...['ab', 'word ', 'longerword ']),
  maxLength: 90,
});

describe('slugify, default scheme (article ids, topics, outlets)', () => {
  it('keeps letters of every script, accents dropped', () => {
    expect(slugify('بشار الأسد في موسكو')).toBe('بشار-الاسد-في-موسكو');
    expect(slugify('Ünïcödé — Straße')).toBe('unicode-straße');
    expect(slugify('Assad‘s ‘wife’')).toBe('assads-wife');
  });

  it('cuts at a hyphen past half of maxLength, else mid-word', () => {
    expect(slugify('one two three four', { maxLength: 12 })).toBe('one-two');
    expect(slugify('a averyveryverylongword', { maxLength: 12 })).toBe('a-averyveryv');
  });

  it('gives the article ids it gave before, for any title', () => {
    fc.assert(
      fc.property(titles, fc.integer({ min: 4, max: 80 }), (text, max) => {
        expect(slugify(text)).toBe(articleSlugBefore(text));
        expect(slugify(text, { maxLength: max })).toBe(articleSlugBefore(text, max));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});

describe('slugify, ASCII scheme (event ids)', () => {
  it('makes a lowercase ASCII slug, accents dropped, cut at a hyphen', () => {
    expect(slugify('Assad’s wife claims she rejected offers', { ascii: true, maxLength: 60 })).toBe('assads-wife-claims-she-rejected-offers');
    expect(slugify('Café – Zürich, 2013!', { ascii: true })).toBe('cafe-zurich-2013');
    expect(slugify('one two three four', { ascii: true, maxLength: 12 })).toBe('one-two');
  });

  it('drops letters outside ASCII from a mostly Latin title, and cuts at any hyphen, keeping a word that ends at maxLength', () => {
    expect(slugify('Bashar al-Assad (بشار) in Moscow', { ascii: true })).toBe('bashar-al-assad-in-moscow');
    expect(slugify('a averyveryverylongword', { ascii: true, maxLength: 12 })).toBe('a');
    expect(slugify('one two three', { ascii: true, maxLength: 7 })).toBe('one-two');
    expect(slugify('one two three', { maxLength: 7 })).toBe('one-two');
    expect(slugify('one twox three', { maxLength: 8 })).toBe('one-twox');
    expect(slugify('one twox three', { ascii: true, maxLength: 8 })).toBe('one-twox');
  });

  it('gives the event ids it gave before, for any title at least half of whose letters are Latin', () => {
    fc.assert(
      fc.property(titles, fc.integer({ min: 4, max: 80 }), (text, max) => {
        fc.pre(mostlyLatin(text));
        expect(slugify(text, { ascii: true, maxLength: 60 })).toBe(eventSlugBefore(text));
        expect(slugify(text, { ascii: true, maxLength: max })).toBe(eventSlugBefore(text, max));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});

describe('slugify, ASCII scheme, titles in other scripts (issue 27)', () => {
  it('transliterates a title most of whose letters are not Latin, instead of keeping its stray digits', () => {
    expect(slugify('زلزال بقوة 7.4 يضرب جنوب تركيا في 9 أبريل', { ascii: true, maxLength: 60 })).toBe('zlzal-bqwt-7-4-ydrb-jnwb-trkya-fy-9-abryl');
    expect(slugify('بشار الأسد في موسكو', { ascii: true })).toBe('bshar-alasd-fy-mwskw');
    expect(slugify('بشار الأسد in Moscow', { ascii: true })).toBe('bshar-alasd-in-moscow');
    expect(slugify('Путин посетил Пекин', { ascii: true })).toBe('putin-posetil-pekin');
    expect(slugify('Ελλάδα: εκλογές 2023', { ascii: true })).toBe('ellada-ekloges-2023');
  });

  it('transliterates the scripts the first transliterator leaves, Hebrew and Chinese among them', () => {
    expect(slugify('שלום עולם', { ascii: true })).toMatch(/^[a-z]+-[a-z]+$/);
    expect(slugify('北京奥运会', { ascii: true })).toMatch(/^[a-z]+$/);
  });

  it('keeps a title of digits alone as its digits, and an empty one empty', () => {
    expect(slugify('2024 – 7.4', { ascii: true })).toBe('2024-7-4');
    expect(slugify('؟!', { ascii: true })).toBe('');
  });

  it('gives only ASCII letters, digits and hyphens, for any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(slugify(text, { ascii: true, maxLength: 60 })).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });
});

describe('slugify, both schemes', () => {
  it('never makes a slug that leaves its folder', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (text, ascii) => {
        const slug = slugify(text, { ascii });
        expect(slug).not.toMatch(/[./\\]/);
        expect(slug).not.toMatch(/^-|-$/);
      }),
    );
  });
});
