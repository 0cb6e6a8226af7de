/**
 * What a page's input is hashed from: an article's body HTML and text are
 * given by the digest of its kept blocks (`contentKey`), so the input of
 * every article page is not hashed from its full text in every build; the
 * digest must stand for the texts exactly.
 */
import { describe, expect, it } from 'vitest';
import { itemInput } from '../../src/output/eleventy.ts';

const article = { id: 'a', url: '/articles/a/', title: 'Flood at the harbour', html: '<p>Water rose.</p>', text: 'Water rose.', wordCount: 2 };

describe('the input of a page', () => {
  it('is the item itself when it has no digest of its texts', () => {
    expect(itemInput(article)).toBe(JSON.stringify(article));
    expect(itemInput({ ...article, text: 'Water fell.' })).not.toBe(itemInput(article));
  });

  it('holds the digest in place of the body HTML and text when there is one', () => {
    const keyed = { ...article, contentKey: 'k1' };
    expect(itemInput(keyed)).not.toContain('Water rose.');
    expect(itemInput(keyed)).toContain('Flood at the harbour');
    // The texts are what the digest was made from: another digest is another input, the same digest the same.
    expect(itemInput({ ...keyed, contentKey: 'k2' })).not.toBe(itemInput(keyed));
    expect(itemInput({ ...keyed })).toBe(itemInput(keyed));
  });

  it('changes with everything else the page shows', () => {
    const keyed = { ...article, contentKey: 'k1' };
    expect(itemInput({ ...keyed, title: 'Flood at the old harbour' })).not.toBe(itemInput(keyed));
    expect(itemInput({ ...keyed, wordCount: 3 })).not.toBe(itemInput(keyed));
  });
});
