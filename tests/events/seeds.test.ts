import { describe, expect, it } from 'vitest';
import { enrich, loadNlp } from '../../src/analyse/per-article/enrich/index.ts';
import { clusterEvents } from '../../src/analyse/corpus/events/index.ts';
import { seedArticles } from './fixtures/seeds.ts';

describe('the five seed articles', () => {
  const result = clusterEvents(enrich(seedArticles(), { nlp: loadNlp() }), new Map());
  const eventOf = (id: string) => result.eventOf.get(id);

  it('make exactly three events: the 2016 interview, the 2024 asylum, the 2016 Iranian offer', () => {
    const groups = result.events.map((e) => [...e.articles].sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
    expect(groups).toEqual([['000', '001', '002'], ['003'], ['004']]);
  });

  it('list the quotes the three interview reports share', () => {
    const interview = result.events.find((e) => e.id === eventOf('000'));
    expect(interview?.sharedQuotes.some((q) => q.startsWith('These offers included guarantees of safety and protection for my children'))).toBe(true);
  });

  it('date the 2024 and the Iranian reports from their text', () => {
    expect(result.articles.find((a) => a.id === '003')).toMatchObject({ date: '2024-12-09', dateSource: 'text' });
    expect(result.articles.find((a) => a.id === '004')).toMatchObject({ date: '2016-04-24', dateSource: 'text' });
  });

  it('relate the 2024 asylum to the interview it mentions', () => {
    const asylum = result.events.find((e) => e.id === eventOf('003'));
    expect(asylum?.related).toContain(eventOf('000'));
  });

  it('find the Assads among the people and Syria among the places', () => {
    const people = result.articles.flatMap((a) => a.entities.people);
    const places = new Set(result.articles.flatMap((a) => a.entities.places));
    expect(people).toEqual(expect.arrayContaining(['Asma al-Assad', 'Bashar al-Assad']));
    for (const p of ['Syria', 'Russia', 'Iran', 'Aleppo', 'Damascus']) expect(places).toContain(p);
  });
});
