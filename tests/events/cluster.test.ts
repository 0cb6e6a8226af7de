import { describe, expect, it } from 'vitest';
import { enrich, loadNlp } from '../../src/analyse/per-article/enrich/index.ts';
import { averageLink, clusterEvents } from '../../src/analyse/corpus/events/index.ts';
import { attachSmall, attachUntilStable } from '../../src/analyse/corpus/events/lib/cluster.ts';
import { plainArticle } from '../../tools/eval/events-data.ts';
import type { Article } from '../../src/model/types.ts';
import { articles, LOHAN, REID } from './fixtures/stories.ts';

const nlp = loadNlp();
const enriched = (list: Article[]) => enrich(list, { nlp });
const groupsOf = (result: ReturnType<typeof clusterEvents>) =>
  result.events.map((e) => [...e.articles].sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));

describe('clusterEvents', () => {
  it('keeps two events of the same kind apart and each event together', () => {
    const result = clusterEvents(enriched(articles([...REID, ...LOHAN])), new Map());
    expect(groupsOf(result)).toEqual([
      ['lohan-ap', 'lohan-daily', 'lohan-tmz'],
      ['reid-blog', 'reid-people', 'reid-wire'],
    ]);
  });

  it('puts a syndicated copy in its canonical article’s event, even cut short and retitled', () => {
    const people = REID.find((s) => s.id === 'reid-people');
    if (!people) throw new Error('fixture reid-people is missing');
    const first = people.text.split('\n').find((l) => l.trim() !== '') ?? '';
    const copy = plainArticle({ id: 'reid-copy', title: 'Celebrity news', text: first });
    const result = clusterEvents(enriched([...articles([...REID, ...LOHAN]), copy]), new Map([['reid-copy', 'reid-people']]));
    const byId = result.eventOf;
    expect(byId.get('reid-copy')).toBe(byId.get('reid-people'));
  });

  it('does not let a false copy, with no story text in common, join an unrelated event', () => {
    const copy = plainArticle({ id: 'reid-copy', title: 'Weather today', text: 'Sunny spells and light winds.' });
    const result = clusterEvents(enriched([...articles([...REID, ...LOHAN]), copy]), new Map([['reid-copy', 'reid-people']]));
    const byId = result.eventOf;
    expect(byId.get('reid-copy')).not.toBe(byId.get('reid-people'));
  });

  it('dates an undated report from its event and says so', () => {
    const result = clusterEvents(enriched(articles([...REID, ...LOHAN])), new Map());
    const blog = result.articles.find((a) => a.id === 'reid-blog');
    expect(blog).toMatchObject({ date: '2008-12-09', dateSource: 'event' });
    const ap = result.articles.find((a) => a.id === 'lohan-ap');
    expect(ap).toMatchObject({ date: '2013-05-03', dateSource: 'front-matter' });
  });

  it('describes each event: title, articles by date then id, dates, shared quotes', () => {
    const result = clusterEvents(enriched(articles([...REID, ...LOHAN])), new Map());
    const reid = result.events.find((e) => e.articles.includes('reid-people'));
    expect(reid).toBeDefined();
    expect(reid?.articles).toEqual(['reid-blog', 'reid-people', 'reid-wire']);
    expect(reid?.start).toBe('2008-12-09');
    expect(reid?.end).toBe('2008-12-10');
    expect(reid?.sharedQuotes).toEqual(["We appreciate your respect to her and her family's privacy at this time,"]);
    expect(reid?.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    expect(REID.map((s) => s.title)).toContain(reid?.title);
  });

  it('gives the same output for the same articles in any order', () => {
    const list = enriched(articles([...REID, ...LOHAN]));
    const a = clusterEvents(list, new Map());
    const b = clusterEvents([...list].reverse(), new Map());
    expect(b.events).toEqual(a.events);
    expect(b.eventOf).toEqual(a.eventOf);
  });

  it('scores only candidate pairs and reports how many', () => {
    const result = clusterEvents(enriched(articles([...REID, ...LOHAN])), new Map());
    expect(result.stats.candidatePairs).toBeGreaterThan(0);
    expect(result.stats.candidatePairs).toBeLessThanOrEqual(15);
  });
});

describe('averageLink', () => {
  it('merges while the mean similarity reaches the threshold, missing pairs counting 0', () => {
    const edges = [
      { i: 0, j: 1, w: 0.9 },
      { i: 1, j: 2, w: 0.8 },
      { i: 3, j: 4, w: 0.9 },
    ];
    // {0,1} then {0,1,2}: mean (0 + 0.8) / 2 = 0.4.
    expect(averageLink(5, edges, 0.5)).toEqual([0, 0, 2, 3, 3]);
    expect(averageLink(5, edges, 0.4)).toEqual([0, 0, 0, 3, 3]);
  });

  it('starts from the given groups and never merges clusters dated too far apart', () => {
    const edges = [{ i: 1, j: 2, w: 0.9 }];
    // {0,1} and {2}: mean 0.9 / 2 = 0.45.
    expect(averageLink(3, edges, 0.4, [0, 0, 2])).toEqual([0, 0, 0]);
    expect(averageLink(3, edges, 0.5, [0, 0, 2])).toEqual([0, 0, 2]);
    expect(averageLink(3, edges, 0.5, undefined, { days: [0, 0, 400], maxGap: 60 })).toEqual([0, 1, 2]);
  });
});

describe('averageLink with a bridge', () => {
  it('merges clusters whose dates are far apart only when the bridge allows it', () => {
    const edges = [{ i: 0, j: 1, w: 0.9 }];
    const dates = { days: [0, 400], maxGap: 60 };
    expect(averageLink(2, edges, 0.5, undefined, dates)).toEqual([0, 1]);
    expect(averageLink(2, edges, 0.5, undefined, dates, undefined, () => true)).toEqual([0, 0]);
  });
});

describe('attachSmall', () => {
  // Items 0–2 one cluster, 3–5 another, 6 alone.
  const labels = [0, 0, 0, 3, 3, 3, 6];
  const options = { maxSize: 1, minMean: 0.15, margin: 1.5 };

  it('attaches a lone report to the cluster it clearly leans to', () => {
    const edges = [{ i: 0, j: 6, w: 0.6 }, { i: 3, j: 6, w: 0.1 }];
    expect(attachSmall(labels, edges, options)).toEqual([0, 0, 0, 3, 3, 3, 0]);
  });

  it('leaves it alone when two clusters draw it about equally, or too little', () => {
    expect(attachSmall(labels, [{ i: 0, j: 6, w: 0.6 }, { i: 3, j: 6, w: 0.5 }], options)).toEqual(labels);
    expect(attachSmall(labels, [{ i: 0, j: 6, w: 0.3 }], options)).toEqual(labels);
  });

  it('leaves it alone when the merge is not allowed', () => {
    expect(attachSmall(labels, [{ i: 0, j: 6, w: 0.6 }], { ...options, allowed: () => false })).toEqual(labels);
  });
});

describe('attachUntilStable', () => {
  // Items 0–2 one cluster, 3–5 another, 6 and 7 alone.
  const labels = [0, 0, 0, 3, 3, 3, 6, 7];
  const options = { maxSize: 1, minMean: 0.15, margin: 1.5 };
  // 6 leans to 0–2; 7 draws as much from 0–2 as from 3–5, and leans to 6.
  const edges = [
    { i: 0, j: 6, w: 0.9 },
    { i: 0, j: 7, w: 0.6 },
    { i: 3, j: 7, w: 0.6 },
    { i: 6, j: 7, w: 0.9 },
  ];

  it('attaches again once a report has joined: the torn one now leans to the grown event', () => {
    expect(attachSmall(labels, edges, options)).toEqual([0, 0, 0, 3, 3, 3, 0, 7]);
    expect(attachUntilStable(labels, edges, options)).toEqual([0, 0, 0, 3, 3, 3, 0, 0]);
  });

  it('changes nothing when nothing leans clearly anywhere', () => {
    const torn = [{ i: 0, j: 7, w: 0.6 }, { i: 3, j: 7, w: 0.6 }];
    expect(attachUntilStable(labels, torn, options)).toEqual(labels);
  });
});
