import { describe, expect, it } from 'vitest';
import { enrich, loadNlp } from '../../src/analyse/per-article/enrich/index.ts';
import { clusterEvents } from '../../src/analyse/corpus/events/index.ts';
import { foldLine, furnitureLines, headlineOfSentence, isWellFormedHeadline } from '../../src/analyse/corpus/events/lib/naming.ts';
import type { Article } from '../../src/model/types.ts';
import { makeArticle } from '../support/articles.ts';
import { seedArticles } from './fixtures/seeds.ts';

const nlp = loadNlp();

const QUAKE = [
  'A magnitude 6.1 earthquake struck the island of Lombok on Sunday, killing at least 14 people and damaging hundreds of homes, officials said.',
  'The quake was centred 47 kilometres north-east of Mataram at a depth of 7 kilometres, the geological agency said.',
  'Rescue teams in Lombok were searching collapsed homes in East Lombok on Sunday evening, the disaster agency said.',
];

/** A report of the Lombok quake with its own headline, or with one made from its lead when `title` is null. */
function quakeReport(id: string, title: string | null, lines: string[] = QUAKE, source: string | null = null): Article {
  const a = makeArticle({ id, title: title ?? 'A magnitude 6.1 earthquake struck the island of Lombok on Sunday, killing at least…', lines, source, date: '2018-07-29' });
  return title === null ? { ...a, titleSource: 'lead' } : a;
}

const named = (articles: Article[]) => clusterEvents(enrich(articles, { nlp }), new Map()).events;

describe('an event’s headline', () => {
  it('is the headline its reports agree on most, not a lead cut with an ellipsis', () => {
    const events = named([
      quakeReport('lead', null),
      quakeReport('wire', 'Earthquake kills 14 on Lombok island', QUAKE, 'Wire'),
      quakeReport('daily', 'Lombok earthquake: rescuers search collapsed homes', QUAKE, 'Daily'),
      quakeReport('post', 'Quake on Lombok kills at least 14 people', QUAKE, 'Post'),
    ]);
    expect(events).toHaveLength(1);
    expect(['Earthquake kills 14 on Lombok island', 'Quake on Lombok kills at least 14 people']).toContain(events[0]!.title);
  });

  it('is made from a whole lead sentence when no report has a headline of its own', () => {
    const events = named([quakeReport('a', null), quakeReport('b', null)]);
    expect(events).toHaveLength(1);
    const title = events[0]!.title;
    expect(title.endsWith('…')).toBe(false);
    expect(title.startsWith('A magnitude 6.1 earthquake struck the island of Lombok on Sunday')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(100);
  });

  it('is never a line the archive removed as furniture', () => {
    const nav = 'Latest news from the region today';
    const page = (id: string, title: string, source: string) => {
      const a = quakeReport(id, title, [nav, ...QUAKE], source);
      return { ...a, blocks: a.blocks.map((b) => (b.text === nav ? { ...b, removed: { ruleId: 'test/nav', reason: 'navigation' } } : b)) };
    };
    const events = named([page('x', nav, 'X'), page('y', 'Strong earthquake hits Lombok', 'Y')]);
    expect(events.map((e) => e.title)).toEqual(['Strong earthquake hits Lombok']);
  });
});

describe('an event’s description', () => {
  it('is a whole lead sentence, not a caption, with its dateline dropped', () => {
    const lines = ['Photo: Residents outside damaged homes in Lombok (Getty Images)', `MATARAM (Reuters) - ${QUAKE[0]}`, ...QUAKE.slice(1)];
    const other = ['Officials on Lombok said on Sunday that at least 14 people had died in the earthquake and hundreds of homes were damaged.', ...QUAKE.slice(1)];
    const events = named([quakeReport('a', 'Earthquake kills 14 on Lombok island', lines, 'A'), quakeReport('b', 'Lombok earthquake kills at least 14', other, 'B')]);
    expect(events).toHaveLength(1);
    expect([QUAKE[0], other[0]]).toContain(events[0]!.description);
    expect(events[0]!.title === 'Earthquake kills 14 on Lombok island').toBe(events[0]!.description === QUAKE[0]);
  });
});

describe('the naming helpers', () => {
  it('cut a long sentence at a clause, never with an ellipsis', () => {
    const s = 'A magnitude 6.1 earthquake struck the island of Lombok on Sunday morning local time, killing at least 14 people and damaging hundreds of homes.';
    expect(headlineOfSentence(s)).toBe('A magnitude 6.1 earthquake struck the island of Lombok on Sunday morning local time');
    expect(headlineOfSentence('Lombok shaken by a strong quake.')).toBe('Lombok shaken by a strong quake');
  });

  it('tell a headline from a cut sentence, a section name and furniture', () => {
    const furniture = new Set([foldLine('Latest News:')]);
    expect(isWellFormedHeadline('Earthquake kills 14 on Lombok island', furniture)).toBe(true);
    expect(isWellFormedHeadline('On Saturday it was announced that the actor…', furniture)).toBe(false);
    expect(isWellFormedHeadline('Sport', furniture)).toBe(false);
    expect(isWellFormedHeadline('latest news', new Set([foldLine('Latest News:'), foldLine('Latest news from here')]))).toBe(false);
  });

  it('count removed blocks and outlets’ names as furniture', () => {
    const a = quakeReport('a', 'Quake', QUAKE, 'The Daily Example');
    const withNav = { ...a, blocks: a.blocks.map((b, i) => (i === 0 ? { ...b, removed: { ruleId: 'test/nav', reason: 'navigation' } } : b)) };
    const lines = furnitureLines([withNav]);
    expect(lines.has(foldLine('The Daily Example'))).toBe(true);
    expect(lines.has(foldLine(QUAKE[0]!))).toBe(true);
    expect(lines.has(foldLine(QUAKE[1]!))).toBe(false);
  });
});

describe('the demo archive’s events', () => {
  const result = clusterEvents(enrich(seedArticles(), { nlp }), new Map());
  const furniture = furnitureLines(result.articles);

  it('are titled with whole headlines that are not furniture', () => {
    for (const e of result.events) {
      expect(e.title.endsWith('…'), e.title).toBe(false);
      expect(furniture.has(foldLine(e.title)), e.title).toBe(false);
    }
  });

  it('are described by whole sentences', () => {
    for (const e of result.events) expect(e.description, e.title).toMatch(/^["“‘]?\p{Lu}.{40,}[.!?]["”’]?$/u);
  });
});
