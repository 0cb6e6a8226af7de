import { describe, expect, it } from 'vitest';
import type { ReportLink, SiteSettings, Topic, TopicKind } from '../../src/model/types.ts';
import { buildFeeds, type FeedArticle, type FeedsInput } from '../../src/present/feeds.ts';
import { FEED_ENTRIES, TOPIC_FEED_ENTRIES } from '../../src/present/settings.ts';

const SITE: SiteSettings = { title: 'Archive', description: '', url: null, lang: 'en' };

/** An original report with a body; `date` null for an undated one. */
function report(id: string, date: string | null, extra: Partial<FeedArticle> = {}): FeedArticle {
  return { id, url: `/articles/${id}/`, title: `Title ${id}`, date, source: 'Example Times', lang: 'en', description: `About ${id}.`, tags: [], duplicateOf: null, ...extra };
}

function topic(kind: TopicKind, slug: string, label: string, events: string[]): Topic {
  return { id: `${kind}/${slug}`, kind, slug, label, events };
}

/** Feeds of `articles`, none of them filed under a topic unless `extra` says so. */
function feedsOf(articles: FeedArticle[], extra: Partial<FeedsInput> = {}, site = SITE) {
  return buildFeeds({ articles, topics: [], topicsOfArticle: new Map(), eventById: new Map(), ...extra }, site);
}

/** `n` reports dated one a day from 1 January 2020 on, named `r1` (the oldest) to `r<n>`. */
function daily(n: number): FeedArticle[] {
  return Array.from({ length: n }, (_, i) => report(`r${i + 1}`, new Date(Date.UTC(2020, 0, i + 1)).toISOString().slice(0, 10)));
}

const copy = { id: 'b', url: '/articles/b/', title: 'B' } as ReportLink;

describe('the archive’s feed', () => {
  it('comes first, at /feed.xml and /feed.json, about the home page and titled with the site', () => {
    const [feed] = feedsOf([report('a', '2020-01-01')]);
    expect(feed).toMatchObject({ atom: '/feed.xml', json: '/feed.json', home: '/', title: 'Archive' });
  });

  it('lists dated reports newest first, same-day reports by id', () => {
    const [feed] = feedsOf([report('b', '2020-01-01'), report('c', '2020-03-01'), report('a', '2020-01-01')]);
    expect(feed!.entries.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(feed!.updated).toBe('2020-03-01');
  });

  it('leaves out undated reports and syndicated copies', () => {
    const [feed] = feedsOf([report('a', '2020-01-01'), report('undated', null), report('copy', '2020-02-01', { duplicateOf: copy })]);
    expect(feed!.entries.map((e) => e.id)).toEqual(['a']);
  });

  it(`holds the newest ${FEED_ENTRIES} reports only, with their summaries, not their bodies`, () => {
    const [feed] = feedsOf(daily(FEED_ENTRIES + 10));
    expect(feed!.entries).toHaveLength(FEED_ENTRIES);
    expect(feed!.entries[0]!.id).toBe(`r${FEED_ENTRIES + 10}`);
    expect(feed!.entries.at(-1)!.id).toBe('r11');
    expect(feed!.entries[0]!.description).toBe(`About r${FEED_ENTRIES + 10}.`);
    expect(feed!.entries[0]).not.toHaveProperty('html');
  });

  it('is empty, updated never, for an archive with no dated report', () => {
    const [feed] = feedsOf([report('undated', null)]);
    expect(feed!.entries).toEqual([]);
    expect(feed!.updated).toBeNull();
  });
});

describe('a topic’s feed', () => {
  const paris = topic('place', 'paris', 'Paris', ['e2', 'e1']);

  it('follows the archive’s feed, at the topic page’s address, titled with the topic and the site', () => {
    const feeds = feedsOf([report('a', '2020-01-01')], { topics: [paris] });
    expect(feeds).toHaveLength(2);
    expect(feeds[1]).toMatchObject({ atom: '/topics/place/paris/feed.xml', json: '/topics/place/paris/feed.json', home: '/topics/place/paris/', title: 'Paris · Archive' });
  });

  it('lists the reports of the topic’s events once each, newest first, with descriptions and no bodies', () => {
    const articles = [report('a', '2020-01-01'), report('b', '2020-01-05'), report('c', '2020-01-03'), report('other', '2020-02-01')];
    const eventById = new Map([
      ['e1', { articleIds: ['a', 'b'] }],
      ['e2', { articleIds: ['c', 'b'] }],
    ]);
    const feed = feedsOf(articles, { topics: [paris], eventById })[1]!;
    expect(feed.entries.map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(feed.entries.map((e) => e.description)).toHaveLength(3);
    expect(feed.entries[0]!.description).toBe('About b.');
    expect(feed.updated).toBe('2020-01-05');
  });

  it(`holds the newest ${TOPIC_FEED_ENTRIES} reports only`, () => {
    const articles = daily(TOPIC_FEED_ENTRIES + 5);
    const eventById = new Map([['e1', { articleIds: articles.map((a) => a.id) }]]);
    const feed = feedsOf(articles, { topics: [topic('place', 'paris', 'Paris', ['e1'])], eventById })[1]!;
    expect(feed.entries).toHaveLength(TOPIC_FEED_ENTRIES);
    expect(feed.entries[0]!.id).toBe(`r${TOPIC_FEED_ENTRIES + 5}`);
  });
});

describe('an entry’s categories', () => {
  it('are the people, places and organisations of its event, and the subjects that are its own tags', () => {
    const topics = [
      topic('person', 'ada-lovelace', 'Ada Lovelace', ['e1']),
      topic('place', 'london', 'London', ['e1']),
      topic('subject', 'science', 'Science', ['e1']),
      topic('subject', 'engines', 'Engines', ['e1']),
    ];
    const a = report('a', '2020-01-01', { tags: ['Science'] });
    const [feed] = feedsOf([a], { topics, topicsOfArticle: new Map([['a', topics]]) });
    expect(feed!.entries[0]!.tags).toEqual(['Ada Lovelace', 'London', 'Science']);
  });

  it('are the same in the archive’s feed and in a topic’s feed', () => {
    const london = topic('place', 'london', 'London', ['e1']);
    const eventById = new Map([['e1', { articleIds: ['a'] }]]);
    const feeds = feedsOf([report('a', '2020-01-01')], { topics: [london], topicsOfArticle: new Map([['a', [london]]]), eventById });
    expect(feeds.map((f) => f.entries[0]!.tags)).toEqual([['London'], ['London']]);
  });
});

describe('feed and entry identifiers', () => {
  it('are absolute addresses when the site’s address is set', () => {
    const [feed] = feedsOf([report('a', '2020-01-01')], {}, { ...SITE, url: 'https://example.org/news' });
    expect(feed!.guid).toBe('https://example.org/news/');
    expect(feed!.entries[0]!.guid).toBe('https://example.org/news/articles/a/');
  });

  it('are name-based UUIDs otherwise, the same on every build and different for every path', () => {
    const first = feedsOf([report('a', '2020-01-01'), report('b', '2020-01-02')])[0]!;
    const again = feedsOf([report('a', '2020-01-01'), report('b', '2020-01-02')])[0]!;
    expect(first.entries[0]!.guid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(again.entries.map((e) => e.guid)).toEqual(first.entries.map((e) => e.guid));
    expect(new Set([first.guid, ...first.entries.map((e) => e.guid)]).size).toBe(3);
  });
});
