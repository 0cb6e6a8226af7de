/**
 * The topic keys of the search records: filtering by a current topic's key
 * gives the articles the archive files under that topic, and a keyword that
 * new articles promote to a subject changes no older shard's bundle.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AnalysedArticle, Archive, Entities, Event } from '../../src/model/types.ts';
import { indexShards, searchRecord, searchShards, topicList, type SearchTopic } from '../../src/output/search.ts';
import { group } from '../../src/present/index.ts';
import { searchTopicKeys } from '../../src/present/search-topics.ts';
import { makeArticle } from '../support/articles.ts';

const SITE = { title: 'Dateline', description: 'A news archive.', url: null, lang: 'en' };

/** A story of `event`, dated `date`, naming `names` (all salient), with `extra` fields (keywords, tags, duplicateOf). */
function story(id: string, event: string, date: string, names: Partial<Entities>, extra: Partial<AnalysedArticle> = {}): AnalysedArticle {
  const a = makeArticle({ id, title: `Report ${id}`, lines: [`The report ${id} says what happened.`], date, source: 'The Courier' });
  const entities = { people: [], places: [], organisations: [], ...names };
  return { ...a, event, entities: { ...entities, salient: names.salient ?? [...entities.people, ...entities.places, ...entities.organisations] }, ...extra };
}

function eventsOf(articles: AnalysedArticle[]): Event[] {
  const ids = [...new Set(articles.map((a) => a.event!))];
  return ids.map((id) => {
    const own = articles.filter((a) => a.event === id);
    const dates = own.map((a) => a.date!).sort();
    return { id, title: `Event ${id}`, description: '', articles: own.map((a) => a.id), start: dates[0]!, end: dates.at(-1)!, sharedQuotes: [], related: [] };
  });
}

const archiveOf = (articles: AnalysedArticle[]): Archive =>
  group({ articles, events: eventsOf(articles), redirects: [], skipped: [], diagnostics: [], renderedBodies: new Map() }, SITE);

/** For each topic of the archive: the article ids whose record's topic filter holds its key, and those filed under it. */
function byKeyAndByTopic(archive: Archive) {
  return archive.topics.map((t) => {
    const url = `/topics/${t.kind}/${t.slug}/`;
    return {
      topic: t.id,
      byKey: archive.articles.filter((a) => (searchRecord(a).filters?.topic ?? []).includes(t.slug)).map((a) => a.id),
      filed: archive.articles.filter((a) => a.topics.some((x) => x.url === url)).map((a) => a.id),
    };
  });
}

/** Names, tags, keywords that are words of names, events of several stories, copies. */
const mixed = [
  story('a1', 'e1', '2019-03-01', { places: ['Oslo', 'Bergen'], people: ['Ada Lovelace'] }, { keywords: ['harbour', 'ada'] }),
  story('a2', 'e1', '2019-03-02', { places: ['Oslo'] }, { keywords: ['harbour', 'storm'] }),
  story('a3', 'e1', '2019-03-02', { places: ['Oslo', 'Bergen'] }, { keywords: ['storm'], tags: ['Weather'] }),
  story('a3-copy', 'e1', '2019-03-03', { places: ['Oslo'] }, { duplicateOf: 'a3' }),
  story('b1', 'e2', '2019-06-01', { people: ['Ada Lovelace'], organisations: ['Acme Corp'] }, { keywords: ['storm', 'lovelace'] }),
  story('b2', 'e2', '2019-06-02', { organisations: ['Acme Corp'], places: ['Bergen'] }, { keywords: ['storm', 'bergen'] }),
  story('c1', 'e3', '2020-01-05', { places: ['Tromsø'] }, { tags: ['Weather'], keywords: ['ferry'] }),
  story('c2', 'e3', '2020-01-06', {}, { keywords: ['ferry', 'oslo'] }),
];

describe('topic keys of the search records', () => {
  it('give, for every topic of the archive, exactly the articles filed under it', () => {
    const archive = archiveOf(mixed);
    expect(archive.topics.map((t) => t.id)).toEqual(expect.arrayContaining(['place/oslo', 'subject/storm', 'subject/weather', 'place/bergen']));
    for (const row of byKeyAndByTopic(archive)) expect(row.byKey, row.topic).toEqual(row.filed);
    // A copy is found by its original's topics.
    expect(archive.articles.find((a) => a.id === 'a3-copy')!.topicKeys).toEqual(archive.articles.find((a) => a.id === 'a3')!.topicKeys);
  });

  it('lists the current topics apart, with the reports filed under each', () => {
    const archive = archiveOf(mixed);
    const { topics } = JSON.parse(topicList(archive)) as { topics: SearchTopic[] };
    const rows = byKeyAndByTopic(archive).filter((r) => r.filed.length > 0);
    expect(topics.map(([key, , reports]) => `${key} ${reports}`).sort()).toEqual(rows.map((r) => `${r.topic.split('/')[1]} ${r.filed.length}`).sort());
    expect(topics.find(([key]) => key === 'oslo')![1]).toBe('Oslo');
    // A key that is no topic (named by one story only) is not offered.
    expect(topics.some(([key]) => key === 'tromso')).toBe(false);
  });

  it('do not move when new articles make a keyword of old ones a subject', () => {
    const before = mixed;
    const after = [...mixed, story('d1', 'e4', '2020-02-01', {}, { keywords: ['harbour'] }), story('d2', 'e4', '2020-02-02', {}, { keywords: ['harbour'] })];
    const topicsOf = (list: AnalysedArticle[], id: string) => archiveOf(list).articles.find((a) => a.id === id)!.topics.map((t) => t.title);
    // The premise: "harbour", of one event before, is a subject now, and old articles are filed under it.
    expect(topicsOf(before, 'a1')).not.toContain('Harbour');
    expect(topicsOf(after, 'a1')).toContain('Harbour');
    const keys = (list: AnalysedArticle[]) => searchTopicKeys(list);
    for (const a of before) expect(keys(after).get(a.id), a.id).toEqual(keys(before).get(a.id));
  });
});

describe('search shards after new articles promote a subject', () => {
  it('leaves the bundles of the older shards byte for byte as they were', async () => {
    const after = [...mixed, story('d1', 'e4', '2020-02-01', {}, { keywords: ['harbour'] }), story('d2', 'e4', '2020-02-02', {}, { keywords: ['harbour'] })];
    const shardsBefore = await searchShards(archiveOf(mixed), true);
    const shardsAfter = await searchShards(archiveOf(after), true);
    expect(shardsAfter.map((s) => s.key)).toEqual(['2020', '2019']);
    const old = (list: typeof shardsBefore) => list.find((s) => s.key === '2019')!;
    expect(old(shardsAfter).input).toBe(old(shardsBefore).input);
    expect(shardsAfter[0]!.input).not.toBe(shardsBefore[0]!.input);
    // The bundles themselves, as Pagefind writes them.
    const bytes = async (list: typeof shardsBefore) =>
      (await indexShards([old(list)], list)).map((f) => `${f.path} ${createHash('sha256').update(f.content).digest('hex')}`).sort();
    expect(await bytes(shardsAfter)).toEqual(await bytes(shardsBefore));
  }, 60_000);
});
