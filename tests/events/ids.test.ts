import { describe, expect, it } from 'vitest';
import { enrich, loadNlp } from '../../src/analyse/per-article/enrich/index.ts';
import { clusterEvents } from '../../src/analyse/corpus/events/index.ts';
import { assignEventIds } from '../../src/analyse/corpus/events/lib/ids.ts';
import { plainArticle } from '../../tools/eval/events-data.ts';
import { articles, LOHAN, REID } from './fixtures/stories.ts';

const nlp = loadNlp();

describe('assignEventIds', () => {
  it('gives a slug, and -2, -3 to clusters that want a taken one', () => {
    const { ids, redirects } = assignEventIds([
      { articles: ['a'], slug: 'quake', fallback: 'a' },
      { articles: ['b'], slug: 'quake', fallback: 'b' },
      { articles: ['c'], slug: '', fallback: 'c' },
    ]);
    expect(ids).toEqual(['quake', 'quake-2', 'c']);
    expect(redirects).toEqual([]);
  });

  it('keeps the previous id that most of a cluster’s articles had, each old id once', () => {
    const previous = { a: 'old-1', b: 'old-1', c: 'old-1', d: 'old-2' };
    const { ids, redirects } = assignEventIds(
      [
        { articles: ['a', 'd'], slug: 'new-x', fallback: 'a' },
        { articles: ['b', 'c'], slug: 'new-y', fallback: 'b' },
      ],
      previous,
    );
    // old-1 goes to the cluster holding two of its articles, then old-2 to the other.
    expect(ids).toEqual(['old-2', 'old-1']);
    expect(redirects).toEqual([]);
  });

  it('redirects an old id no longer used to the event holding most of its articles', () => {
    const previous = new Map([
      ['a', 'first'],
      ['b', 'first'],
      ['c', 'second'],
    ]);
    const { ids, redirects } = assignEventIds([{ articles: ['a', 'b', 'c'], slug: 'merged', fallback: 'a' }], previous);
    expect(ids).toEqual(['first']);
    expect(redirects).toEqual([{ from: 'second', to: 'first' }]);
  });

  it('keeps the previous build’s redirects, pointed on to where their target is now', () => {
    const clusters = [
      { articles: ['a', 'b'], slug: 'first', fallback: 'a' },
      { articles: ['c'], slug: 'third', fallback: 'c' },
    ];
    // The last build had merged `old` into `first`, and had `second` (now gone into `first`) and `third`.
    const previous = { a: 'first', b: 'second', c: 'third' };
    const { ids, redirects } = assignEventIds(clusters, previous, [
      { from: 'old', to: 'first' },
      { from: 'older', to: 'second' },
      { from: 'deleted-target', to: 'gone' },
    ]);
    expect(ids).toEqual(['first', 'third']);
    expect(redirects).toEqual([
      { from: 'old', to: 'first' },
      { from: 'older', to: 'first' },
      { from: 'second', to: 'first' },
    ]);
  });

  it('drops a redirect whose id is an event’s again, and gives no new event an id a redirect holds', () => {
    const back = assignEventIds([{ articles: ['a'], slug: 'x', fallback: 'a' }], { a: 'old' }, [{ from: 'other', to: 'old' }]);
    expect(back.redirects).toEqual([{ from: 'other', to: 'old' }]);
    const again = assignEventIds([{ articles: ['a'], slug: 'x', fallback: 'a' }], { a: 'back' }, [{ from: 'back', to: 'elsewhere' }]);
    expect(again.ids).toEqual(['back']);
    expect(again.redirects).toEqual([]);
    const fresh = assignEventIds(
      [
        { articles: ['a'], slug: 'kept', fallback: 'a' },
        { articles: ['n'], slug: 'old', fallback: 'n' },
      ],
      { a: 'kept' },
      [{ from: 'old', to: 'kept' }],
    );
    expect(fresh.ids).toEqual(['kept', 'old-2']);
    expect(fresh.redirects).toEqual([{ from: 'old', to: 'kept' }]);
  });

  it('does not give a new event an id that an old one redirects from', () => {
    const { ids } = assignEventIds([{ articles: ['x'], slug: 'second', fallback: 'x' }], { a: 'second' });
    expect(ids).toEqual(['second-2']);
  });
});

describe('stable event ids across builds', () => {
  const build = (list: ReturnType<typeof articles>, previous?: Map<string, string>) =>
    clusterEvents(enrich(list, { nlp }), new Map(), previous ? { previous } : {});
  const previousOf = (r: ReturnType<typeof build>) => r.eventOf;

  it('keeps event ids when an article is added', () => {
    const first = build(articles([...REID.slice(0, 2), ...LOHAN]));
    const late = plainArticle({
      id: 'reid-late',
      title: 'Tara Reid in Malibu rehab, rep says',
      date: '2008-12-11',
      text: 'Tara Reid has entered Promises Treatment Center in Malibu, her rep Jack Ketsoyan told People. The American Pie actress, 33, asked for privacy.',
    });
    const second = build([...articles([...REID.slice(0, 2), ...LOHAN]), late], previousOf(first));
    expect(second.events.map((e) => e.id).sort()).toEqual(first.events.map((e) => e.id).sort());
    const reidEvent = second.eventOf.get('reid-people');
    expect(second.eventOf.get('reid-late')).toBe(reidEvent);
    expect(second.redirects).toEqual([]);
  });

  it('redirects the id of an event merged into another', () => {
    // The previous build had the Reid reports split over two events.
    const previous = new Map([
      ['reid-people', 'tara-reid-rehab'],
      ['reid-wire', 'tara-reid-rehab'],
      ['reid-blog', 'reid-blog-post'],
      ['lohan-ap', 'lohan-betty-ford'],
      ['lohan-tmz', 'lohan-betty-ford'],
      ['lohan-daily', 'lohan-betty-ford'],
    ]);
    const result = build(articles([...REID, ...LOHAN]), previous);
    expect(result.events.map((e) => e.id).sort()).toEqual(['lohan-betty-ford', 'tara-reid-rehab']);
    expect(result.redirects).toEqual([{ from: 'reid-blog-post', to: 'tara-reid-rehab' }]);
  });

  it('keeps the old id for the larger part of a split event and gives the other a new one', () => {
    // The previous build wrongly had all six reports in one event.
    const previous = new Map([...REID, ...LOHAN].map((s) => [s.id, 'celebrity-rehab']));
    const result = build(articles([...REID, ...LOHAN]), previous);
    const ids = result.events.map((e) => e.id);
    expect(ids).toContain('celebrity-rehab');
    expect(ids.filter((id) => id !== 'celebrity-rehab')).toHaveLength(1);
    expect(result.redirects).toEqual([]);
  });
});
