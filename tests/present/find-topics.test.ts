import { describe, expect, it } from 'vitest';
import type { AnalysedArticle, Entities, Event } from '../../src/model/types.ts';
import { findTopics } from '../../src/present/find-topics.ts';
import { fileTopics } from '../../src/present/topics.ts';
import { makeArticle } from '../support/articles.ts';

/** A story of event `event` that names `names` and has `keywords` and `tags`. */
function story(id: string, event: string, names: Partial<Entities>, extra: Partial<AnalysedArticle> = {}): AnalysedArticle {
  const a = makeArticle({ id, title: id, lines: ['A line.'], date: '2020-01-01' });
  const entities = { people: [], places: [], organisations: [], ...names };
  const salient = names.salient ?? [...entities.people, ...entities.places, ...entities.organisations];
  return { ...a, event, entities: { ...entities, salient }, ...extra };
}

function eventsOf(articles: AnalysedArticle[]): Event[] {
  const ids = [...new Set(articles.map((a) => a.event!))];
  return ids.map((id) => ({ id, title: id, description: '', articles: articles.filter((a) => a.event === id).map((a) => a.id), start: '2020-01-01', end: '2020-01-01', sharedQuotes: [], related: [] }));
}

const topicIds = (articles: AnalysedArticle[]) => {
  const found = findTopics(articles, eventsOf(articles));
  const filed = fileTopics(found, articles);
  return { found, ofArticle: (id: string) => (filed.ofArticle.get(id) ?? []).map((t) => t.id), ofEvent: (id: string) => found.topics.filter((t) => t.events.includes(id)).map((t) => t.id) };
};

describe('topics', () => {
  it('gives an article only the topics its own story names, not those of the other reports of its event', () => {
    const articles = [
      story('a1', 'e1', { places: ['Paris'], people: ['Ada Lovelace'] }),
      story('a2', 'e1', { places: ['Paris'], organisations: ['Acme Corp'] }),
      story('b1', 'e2', { people: ['Ada Lovelace'], organisations: ['Acme Corp'] }),
    ];
    const t = topicIds(articles);
    expect(t.ofArticle('a1')).toEqual(['place/paris']);
    expect(t.ofArticle('a2')).toEqual(['place/paris']);
    // Ada Lovelace is named by two stories but only by one of e1's two: e1 is not about her.
    expect(t.ofEvent('e1')).toEqual(['place/paris']);
    expect(t.ofEvent('e2')).toEqual(['organisation/acme-corp', 'person/ada-lovelace']);
    expect(t.ofArticle('b1')).toEqual(['person/ada-lovelace', 'organisation/acme-corp']);
  });

  it('files an event of several stories under the names half of them share', () => {
    const articles = [
      story('a1', 'e1', { places: ['Oslo', 'Bergen'] }),
      story('a2', 'e1', { places: ['Oslo'] }),
      story('a3', 'e1', { places: ['Oslo', 'Bergen'] }),
      story('a4', 'e1', { places: ['Oslo', 'Tromsø'] }),
      story('b1', 'e2', { places: ['Tromsø'] }),
    ];
    const t = topicIds(articles);
    expect(t.ofEvent('e1')).toEqual(['place/bergen', 'place/oslo']);
    expect(t.ofArticle('a4')).toEqual(['place/oslo']);
    expect(t.found.topics.find((x) => x.id === 'place/tromso')).toBeUndefined();
  });

  it('makes a name that is both a tag and a recognised place one topic, of the place', () => {
    const articles = [story('a1', 'e1', { places: ['Taiwan'] }, { tags: ['Taiwan'] }), story('b1', 'e2', {}, { tags: ['Taiwan'] })];
    const t = topicIds(articles);
    expect(t.found.topics.map((x) => x.id)).toEqual(['place/taiwan']);
    expect(t.found.topics[0]!.events).toEqual(['e1', 'e2']);
    expect(t.ofArticle('b1')).toEqual(['place/taiwan']);
  });

  it('files a tagged story’s event under its tag even when the other reports do not carry it', () => {
    const articles = [story('a1', 'e1', {}, { tags: ['Elections'] }), story('a2', 'e1', {}), story('a3', 'e1', {})];
    const t = topicIds(articles);
    expect(t.ofEvent('e1')).toEqual(['subject/elections']);
    expect(t.ofArticle('a1')).toEqual(['subject/elections']);
    expect(t.ofArticle('a2')).toEqual([]);
  });

  it('takes no subject from a keyword that is a word of a name the story gives, and files a keyword that spells a name under the name', () => {
    const articles = [
      story('a1', 'e1', { people: ['Bashar Assad'] }, { keywords: ['assad', 'asylum'] }),
      story('a2', 'e2', { people: ['Bashar Assad'], places: ['Russia'] }, { keywords: ['assad', 'asylum'] }),
      story('a3', 'e3', {}, { keywords: ['russia'] }),
    ];
    const t = topicIds(articles);
    expect(t.found.topics.map((x) => x.id)).toEqual(['person/bashar-assad', 'place/russia', 'subject/asylum']);
    expect(t.ofArticle('a3')).toEqual(['place/russia']);
  });

  it('gives a syndicated copy its original’s topics and counts the two as one story', () => {
    const articles = [
      story('a1', 'e1', { places: ['Lima'] }),
      story('a1-copy', 'e1', { places: ['Lima'] }, { duplicateOf: 'a1' }),
    ];
    const t = topicIds(articles);
    // Named by one story only (its copy says nothing new): no topic.
    expect(t.found.topics).toEqual([]);
    const more = [...articles, story('b1', 'e2', { places: ['Lima'] })];
    expect(topicIds(more).ofArticle('a1-copy')).toEqual(['place/lima']);
  });
});
