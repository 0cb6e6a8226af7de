import { describe, expect, it } from 'vitest';
import { pageTitle, withoutNamedSite, type TitleSources } from '../../src/analyse/per-article/parse/html-title.ts';

/** Sources with JSON-LD, OpenGraph and `<title>` (in that order of trust), a site name and the page's `<h1>`s. */
function sources(over: { ld?: string; og?: string; title?: string; site?: string; headings?: string[] }): TitleSources {
  return {
    described: [
      [over.ld, 'json-ld'],
      [over.og, 'opengraph'],
      [over.title, 'title-element'],
    ],
    site: over.site,
    headings: over.headings ?? [],
  };
}

describe('the title of a saved page', () => {
  it('takes the visible headline that agrees with the metadata, in the page’s own wording', () => {
    const t = pageTitle(sources({ og: 'Ferry Fares Rise Again, Council Says', headings: ['Harbour Times', 'Ferry fares rise again, council says'] }));
    expect(t).toEqual({ value: 'Ferry fares rise again, council says', origin: 'headline', heading: 'Ferry fares rise again, council says' });
  });

  it('looks for the headline by a less trusted title when the first agrees with no heading', () => {
    const s = sources({ ld: 'Sample menus', og: '7 days of healthy meals on a budget', headings: ['7 days of healthy meals on a budget'] });
    expect(pageTitle(s)?.value).toBe('7 days of healthy meals on a budget');
    // Counter-example: a blog's name in its <h1> and its <title> is no headline; the OpenGraph title stays.
    const blog = sources({ og: 'Advent of Code week 2', title: 'Roger’s Blog: Advent of Code week 2', headings: ['Roger’s Blog', 'Day 7', 'Day 8'] });
    expect(pageTitle(blog)).toEqual({ value: 'Advent of Code week 2', origin: 'opengraph' });
  });

  it('passes over a metadata title that is only the site’s name', () => {
    const s = sources({ og: 'Robomow', title: 'Which robotic lawnmower suits which lawn? | Robomow', site: 'Robomow', headings: ['Which robotic lawnmower suits which lawn?'] });
    expect(pageTitle(s)?.value).toBe('Which robotic lawnmower suits which lawn?');
    expect(pageTitle(sources({ og: 'Robomow', site: 'Robomow' }))).toBeNull();
  });

  it('does not take a one-word section heading that shares a word with a long title', () => {
    const s = sources({ og: 'How we found a supply-chain flaw in Discord, Vercel and hundreds of companies', headings: ['writeup.md', 'Discord'] });
    expect(pageTitle(s)).toEqual({ value: 'How we found a supply-chain flaw in Discord, Vercel and hundreds of companies', origin: 'opengraph' });
    // Counter-example: a short headline for a longer metadata title is still taken.
    expect(pageTitle(sources({ og: 'Affordable food: nutrition for families', headings: ['Affordable nutrition'] }))?.value).toBe('Affordable nutrition');
  });

  it('does not take a paragraph set in <h1>', () => {
    const para =
      'Learn which home renovations have the best return on investment. Get expert tips on how to understand and calculate the return of a renovation before you start it.';
    const s = sources({ ld: 'The 10 Best Home Improvement Projects of 2023 | RenoFi', site: 'RenoFi', headings: [para] });
    expect(pageTitle(s)).toEqual({ value: 'The 10 Best Home Improvement Projects of 2023', origin: 'json-ld' });
  });

  it('leaves out a date printed into the headline', () => {
    const s = sources({ og: 'Preparing a transition in Debusine', headings: ['Dec 18 2025 Preparing a transition in Debusine'] });
    expect(pageTitle(s)).toEqual({ value: 'Preparing a transition in Debusine', origin: 'headline', heading: 'Dec 18 2025 Preparing a transition in Debusine' });
    // Counter-example: words that are not a date stay.
    const t = sources({ og: 'Mobile UX Design', headings: ['Mobile UX Design: The Ultimate Guide 2025'] });
    expect(pageTitle(t)?.value).toBe('Mobile UX Design: The Ultimate Guide 2025');
  });

  it('writes a headline set in capitals in the metadata’s case', () => {
    expect(pageTitle(sources({ og: 'Tips for Online Success', headings: ['TIPS FOR ONLINE SUCCESS'] }))?.value).toBe('Tips for Online Success');
    // Counter-examples: other words, or a heading not all in capitals, keep the page's own text.
    expect(pageTitle(sources({ og: 'GAAP Compliance: Best Practices', headings: ['SUPPORTING GAAP COMPLIANCE'] }))?.value).toBe('SUPPORTING GAAP COMPLIANCE');
    expect(pageTitle(sources({ og: 'How Much Should I Pay?', headings: ['How much should I pay?'] }))?.value).toBe('How much should I pay?');
  });

  it('makes whole a JSON-LD headline cut short, from a title that runs on from it', () => {
    const s = sources({ ld: 'Fix It Friday: We Help 4 Readers (Including', og: 'Fix It Friday: We Help 4 Readers (Including One Trick That Works)' });
    expect(pageTitle(s)).toEqual({ value: 'Fix It Friday: We Help 4 Readers (Including One Trick That Works)', origin: 'json-ld' });
    // Counter-example: a title that only adds a section after a separator does not replace it.
    expect(pageTitle(sources({ ld: 'Ferry fares rise', og: 'Ferry fares rise | Local news' }))?.value).toBe('Ferry fares rise');
  });
});

describe('a site name cut off a title', () => {
  it('cuts the site’s name, once or twice, after a separator', () => {
    expect(withoutNamedSite('Critics’ Choice: Best Exhibitions 2025 – Artlyst - Artlyst', 'Artlyst')).toBe('Critics’ Choice: Best Exhibitions 2025');
    expect(withoutNamedSite('Harbour Times | Ferry fares rise', 'Harbour Times')).toBe('Ferry fares rise');
  });

  it('keeps a last part that is not the site’s name, and a title that is only the name', () => {
    expect(withoutNamedSite('Best Movers in NYC 2025 | Top 19 Companies', 'Supermove')).toBe('Best Movers in NYC 2025 | Top 19 Companies');
    expect(withoutNamedSite('Artlyst', 'Artlyst')).toBe('Artlyst');
    expect(withoutNamedSite('Ferry fares rise - Harbour Times', undefined)).toBe('Ferry fares rise - Harbour Times');
  });
});
