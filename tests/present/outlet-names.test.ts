import { describe, expect, it } from 'vitest';
import { outletNames, withOutletNames } from '../../src/present/outlet-names.ts';

const sources = (...names: (string | null)[]) => names.map((source) => ({ source }));

describe('outlet names', () => {
  it('files a handle, a source line and a copyright line of one outlet under one name', () => {
    const names = outletNames(sources('@globalview', 'GlobalView News', 'GlobalView News', 'Harbour Times Media Group', 'Harbour Times', 'Harbour Times', 'The Harbour Times'));
    expect(names.get('@globalview')).toBe('GlobalView News');
    expect(names.get('GlobalView News')).toBe('GlobalView News');
    expect(names.get('Harbour Times Media Group')).toBe('Harbour Times');
    expect(names.get('The Harbour Times')).toBe('Harbour Times');
  });

  it('keeps outlets apart that share only a word or the kind of business', () => {
    const names = outletNames(sources('Fox News', 'Fox Sports', 'New York Times', 'The Times', 'News', 'Daily News'));
    expect(new Set(names.values())).toEqual(new Set(['Fox News', 'Fox Sports', 'New York Times', 'The Times', 'News', 'Daily News']));
  });

  it('names a merged outlet as most of its reports do, a handle last', () => {
    expect(outletNames(sources('@harbourtimes', 'Harbour Times')).get('@harbourtimes')).toBe('Harbour Times');
    expect(outletNames(sources('Harbour Times Media Group', 'Harbour Times Media Group', 'Harbour Times')).get('Harbour Times')).toBe('Harbour Times Media Group');
  });

  it('leaves articles without an outlet, and those already named as filed, as they are', () => {
    const articles = sources(null, 'Harbour Times', 'Harbour Times Media Group');
    const out = withOutletNames(articles);
    expect(out[0]).toBe(articles[0]);
    expect(out[1]).toBe(articles[1]);
    expect(out[2]).toEqual({ source: 'Harbour Times' });
  });
});
