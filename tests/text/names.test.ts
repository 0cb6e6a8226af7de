import { describe, expect, it } from 'vitest';
import { nameMatchKey, nameTopicKey } from '../../src/text/names.ts';
import { slugify } from '../../src/text/slug.ts';

describe('nameMatchKey', () => {
  it('matches names by a key that folds case, dots and al- prefixes', () => {
    expect(nameMatchKey('Bashar Al-Assad')).toBe(nameMatchKey('bashar al-assad'));
    expect(nameMatchKey('Bashar al-Assad')).toBe('bashar assad');
    expect(nameMatchKey('U.S.')).toBe('us');
    expect(nameMatchKey('  Abdel   Fattah  el-Sisi ')).toBe('abdel fattah sisi');
  });
});

describe('nameTopicKey', () => {
  it('drops the Arabic article in its spellings, keeping the case', () => {
    expect(nameTopicKey('Bashar al-Assad')).toBe('Bashar Assad');
    expect(nameTopicKey('Bashar Al’Assad')).toBe('Bashar Assad');
    expect(nameTopicKey('Hafez (al‐Assad)')).toBe('Hafez (Assad)');
    expect(nameTopicKey('El-Baradei')).toBe('Baradei');
  });

  it('leaves words that only start with al or el', () => {
    expect(nameTopicKey('Alan Elder')).toBe('Alan Elder');
  });

  it('gives one topic slug to the spellings of one name', () => {
    expect(slugify(nameTopicKey('Bashar al-Assad'))).toBe(slugify(nameTopicKey('Bashar Assad')));
    expect(slugify(nameTopicKey('U.S. Navy'))).toBe('u-s-navy');
  });
});
