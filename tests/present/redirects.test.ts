import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/types.ts';
import { catalogue } from '../../src/present/catalogue.ts';
import { redirectsFor } from '../../src/present/redirects.ts';
import { makeArticle } from '../support/articles.ts';

const SITE = { title: 'Archive', description: '', url: null, lang: 'en' };

function event(id: string, articles: string[]): Event {
  return { id, title: `Event ${id}`, description: '', articles, start: null, end: null, sharedQuotes: [], related: [] };
}

const articles = [makeArticle({ id: 'now', title: 'Now', lines: ['Text.'] }), makeArticle({ id: 'kept', title: 'Kept', lines: ['Text.'] })];
const cat = catalogue(articles, [event('storm', ['now']), event('flood', ['kept'])], SITE);

describe('redirects', () => {
  it('send an old event address to the event that holds its reports now', () => {
    expect(redirectsFor({ redirects: [{ from: 'old-storm', to: 'storm' }] }, cat)).toEqual([
      { url: '/events/old-storm/', to: { url: '/events/storm/', title: 'Event storm', language: null } },
    ]);
  });

  it('send an old article address (its title edited) to the article’s address now', () => {
    expect(redirectsFor({ redirects: [], articleRedirects: [{ from: 'before', to: 'now' }] }, cat)).toEqual([
      { url: '/articles/before/', to: { url: '/articles/now/', title: 'Now', language: null } },
    ]);
  });

  it('are not made where an event or article holds the old address again, nor to one that is gone', () => {
    const redirects = redirectsFor(
      {
        redirects: [{ from: 'flood', to: 'storm' }, { from: 'old', to: 'gone' }],
        articleRedirects: [{ from: 'kept', to: 'now' }, { from: 'old', to: 'gone' }],
      },
      cat,
    );
    expect(redirects).toEqual([]);
  });
});
