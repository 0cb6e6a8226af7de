import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../src/analyse/per-article/parse/html-metadata.ts';
import { parseHtml } from '../../src/analyse/per-article/parse/html-tree.ts';

/** A saved page whose JSON-LD gives `published` and whose headline is followed by `stamp`. */
function page(published: string, stamp: string): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: 'Harbour ferry crews strike', datePublished: published });
  return `<html lang="en"><head><title>Harbour ferry crews strike</title><script type="application/ld+json">${ld}</script></head>
<body><article><h1>Harbour ferry crews strike</h1><p class="meta">${stamp}</p><p>Ferry crews walked out on Monday over pay.</p></article></body></html>`;
}

const dateOf = (html: string) => readPageMetadata(parseHtml(html)).date;

describe('the date a saved page shows by its headline, against its metadata', () => {
  it('takes the date the headline stamp labels as the publication over the metadata', () => {
    expect(dateOf(page('2025-08-21T10:00:00Z', 'By Claire Wilson, Published Apr 26, 2023 Updated Aug 21, 2025'))).toEqual({ value: '2023-04-26', origin: 'headline' });
    expect(dateOf(page('2025-12-19T02:00:00Z', 'Posted on December 18, 2025 Posted by John Smith'))).toEqual({ value: '2025-12-18', origin: 'headline' });
  });

  it('keeps the metadata when the stamp labels no date as the publication', () => {
    expect(dateOf(page('2024-10-15T09:00:00Z', 'By Mirel Zaman Updated on June 18, 2025 at 12:35 PM'))).toEqual({ value: '2024-10-15', origin: 'json-ld' });
    expect(dateOf(page('2024-10-15T09:00:00Z', 'Posted by Jane Doe in News | June 18, 2025'))).toEqual({ value: '2024-10-15', origin: 'json-ld' });
    expect(dateOf(page('2024-10-15T09:00:00Z', 'June 18, 2025 · 5 min read'))).toEqual({ value: '2024-10-15', origin: 'json-ld' });
  });
});
