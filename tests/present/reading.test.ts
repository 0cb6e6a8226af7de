/**
 * What an event page tells a reader at a glance (who reported first, how
 * coverage grew, the outlets-by-day strip, what each report alone says,
 * who carries a shared quote), an article's byline, and the home page's
 * most covered events of its last days.
 */
import { describe, expect, it } from 'vitest';
import { createStemmer } from '../../src/text/stem.ts';
import type { AnalysedArticle, Event, Link } from '../../src/model/types.ts';
import { authorsOf, bylineAuthor } from '../../src/present/byline.ts';
import { coverageFacts } from '../../src/present/coverage.ts';
import { group } from '../../src/present/index.ts';
import { quoteCarriers } from '../../src/present/quotes.ts';
import { STRIP_COLUMNS, STRIP_OUTLETS } from '../../src/present/settings.ts';
import { uniqueLines } from '../../src/present/unique.ts';
import { makeArticle } from '../support/articles.ts';

const SITE = { title: 'Dateline', description: 'A news archive.', url: null, lang: 'en' };
const sourceLink = (name: string | null): Link | null => (name ? { url: `/sources/${name.toLowerCase().replace(/\W+/g, '-')}/`, title: name } : null);
let n = 0;
const report = (source: string | null, date: string | null, lines: string[] = ['A line of the story.']) => makeArticle({ id: `a${n++}`, source, date, lines });
const facts = (members: AnalysedArticle[]) => coverageFacts({ members, sourceLink, listedDays: new Set(members.map((m) => m.date)) });

describe('coverage at a glance', () => {
  const members = [
    report('Example Times', '2024-12-09'),
    report('Other Post', '2024-12-10'),
    report('Example Times', '2024-12-10'),
    report('Third Daily', '2024-12-12'),
    report(null, null),
  ];

  it('says who reported first and on which day, how coverage grew, and which outlets covered it', () => {
    const f = facts(members);
    expect(f.firstReported).toBe('First reported by Example Times on 9 December 2024.');
    expect(f.growth).toBe('Coverage grew from 1 report on 9 December 2024 to 4 by 12 December 2024.');
    expect(f.coveredBy).toBe('Covered by Example Times, Other Post and Third Daily.');
  });

  it('tells how coverage grew day by day: reports that day, reports so far, the outlets it brought', () => {
    expect(facts(members).growthDays).toEqual([
      { date: '2024-12-09', label: '9 December 2024', anchor: '#d-2024-12-09', line: '1 report, 1 in all; first from Example Times.' },
      { date: '2024-12-10', label: '10 December 2024', anchor: '#d-2024-12-10', line: '2 reports, 3 in all; first from Other Post.' },
      { date: '2024-12-12', label: '12 December 2024', anchor: '#d-2024-12-12', line: '1 report, 4 in all; first from Third Daily.' },
    ]);
    expect(coverageFacts({ members, sourceLink, listedDays: new Set(['2024-12-09']) }).growthDays.map((d) => d.anchor)).toEqual(['#d-2024-12-09', null, null]);
    expect(facts([report('A Times', '2024-01-02'), report('B Post', '2024-01-02')]).growthDays).toEqual([]);
  });

  it('names every outlet of the first day', () => {
    expect(facts([report('B Post', '2024-01-02'), report('A Times', '2024-01-02')]).firstReported).toBe('First reported by A Times and B Post on 2 January 2024.');
  });

  it('draws a row per outlet in the order they first reported, a column per day with reports, and the undated last', () => {
    const s = facts(members).strip!;
    expect(s.caption).toBe('Reports by outlet and day');
    expect(s.columns.map((c) => c.label)).toEqual(['9 Dec', '10 Dec', '12 Dec', 'Undated']);
    expect(s.columns.map((c) => c.anchor)).toEqual(['#d-2024-12-09', '#d-2024-12-10', '#d-2024-12-12', '#undated']);
    expect(s.rows.map((r) => [r.outlet, r.cells, r.total])).toEqual([
      ['Example Times', ['1', '1', '', ''], 2],
      ['Other Post', ['', '1', '', ''], 1],
      ['Third Daily', ['', '', '1', ''], 1],
      ['Outlet not named', ['', '', '', '1'], 1],
    ]);
    expect(s.rows[0]!.link).toEqual({ url: '/sources/example-times/', title: 'Example Times' });
    expect(s.totals).toEqual(['1', '2', '1', '1']);
    expect(s.cumulative).toEqual(['1', '3', '4', '5']);
    expect(s.note).toBe('');
  });

  it('links a column only to a day the page lists reports under', () => {
    const s = coverageFacts({ members, sourceLink, listedDays: new Set(['2024-12-09']) }).strip!;
    expect(s.columns.map((c) => c.anchor)).toEqual(['#d-2024-12-09', null, null, null]);
  });

  it('groups the days into weeks when there are too many of them for the strip', () => {
    const long = Array.from({ length: STRIP_COLUMNS + 1 }, (_, i) => report('Example Times', `2024-03-${String(i + 1).padStart(2, '0')}`));
    long.push(report('Other Post', '2024-03-01'));
    const s = facts(long).strip!;
    expect(s.caption).toBe('Reports by outlet and week');
    expect(s.columns.map((c) => c.label)).toEqual(['Week of 26 Feb', 'Week of 4 Mar', 'Week of 11 Mar']);
    expect(s.columns[0]!.title).toBe('Week of 26 February 2024');
    expect(s.rows[0]!.cells).toEqual(['3', '7', '5']);
  });

  it('counts the outlets with fewest reports together when there are too many for the strip', () => {
    const many = Array.from({ length: STRIP_OUTLETS + 5 }, (_, i) => report(`Outlet ${String(i).padStart(2, '0')}`, '2024-05-01'));
    many.push(report('Outlet 00', '2024-05-02'));
    const s = facts(many).strip!;
    expect(s.rows).toHaveLength(STRIP_OUTLETS);
    expect(s.rows[0]!.outlet).toBe('Outlet 00');
    expect(s.rows[STRIP_OUTLETS - 1]).toMatchObject({ outlet: '6 other outlets', link: null, total: 6 });
    expect(s.note).toBe('The outlets with fewest reports are counted together in the row “6 other outlets”.');
  });

  it('draws no strip for one outlet on one day, and says nothing of growth for a single day', () => {
    const f = facts([report('Example Times', '2024-01-01'), report('Example Times', '2024-01-01')]);
    expect(f.strip).toBeNull();
    expect(f.growth).toBe('');
  });
});

describe('what each report alone says', () => {
  const stemmer = createStemmer();
  const shared = 'The council approved the new budget for the harbour on Monday after a long debate.';

  it('picks the sentence with words no other report uses, and none that retells the others', () => {
    const a = report('A', '2024-01-01', [shared, 'Fishermen in Porthaven said the new quay would double their catch within two seasons.']);
    const b = report('B', '2024-01-01', [shared, 'The council approved the budget after a long debate on Monday evening.']);
    const [ua, ub] = uniqueLines([a, b], stemmer);
    expect(ua).toEqual(['Fishermen in Porthaven said the new quay would double their catch within two seasons.']);
    expect(ub).toEqual([]);
  });

  it('says nothing for an event’s only report', () => {
    expect(uniqueLines([report('A', '2024-01-01', ['Fishermen in Porthaven said the new quay would double their catch.'])], stemmer)).toEqual([[]]);
  });
});

describe('shared quotes', () => {
  it('name the outlets whose reports carry them, in the order they published, even trimmed', () => {
    const q = 'We will rebuild the harbour wall before the winter storms arrive';
    const carriers = quoteCarriers(
      [q],
      [
        report('Later Post', '2024-01-03', [`“We will rebuild the harbour wall before the winter,” the mayor said.`]),
        report('Early Times', '2024-01-01', [`The mayor said: "${q}."`]),
        report('Quiet Daily', '2024-01-02', ['The mayor spoke about the harbour.']),
        report(null, '2024-01-04', [`"${q}," she said.`]),
      ],
    );
    expect(carriers).toEqual([{ text: q, outlets: ['Early Times', 'Later Post'], carriedBy: 'Carried by Early Times, Later Post and 1 report naming no outlet.' }]);
  });
});

describe('bylines', () => {
  const removed = (text: string, ruleId: string) => ({ index: 0, kind: 'paragraph' as const, text, line: 1, removed: { ruleId, reason: 'a byline' } });

  it('read the author from the byline the boilerplate stage removed', () => {
    expect(bylineAuthor([removed('By Maria Gonzalez and Tom Whitaker | Staff Reporters', 'byline/by-author')])).toBe('Maria Gonzalez and Tom Whitaker');
    expect(bylineAuthor([removed('Written by Lena Dubois, Political Editor', 'byline/by-author')])).toBe('Lena Dubois');
    expect(bylineAuthor([removed('Lena Dubois, Political Editor', 'byline/name-role')])).toBe('Lena Dubois');
    expect(bylineAuthor([removed('Author: Kwame Mensah in Accra', 'byline/by-author')])).toBe('Kwame Mensah');
    expect(bylineAuthor([removed('Published: 3 May 2013', 'byline/published')])).toBeNull();
  });

  it('give JSON-LD one person per name', () => {
    expect(authorsOf('Maria Gonzalez and Tom Whitaker')).toEqual(['Maria Gonzalez', 'Tom Whitaker']);
    expect(authorsOf('A. Smith, B. Jones & C. Brown')).toEqual(['A. Smith', 'B. Jones', 'C. Brown']);
  });

  it('show on the article page and in its JSON-LD author', () => {
    const a = report('Example Times', '2024-01-01', ['A line of the story that is long enough.']);
    a.blocks.unshift(removed('By Jane Doe | Staff Writer', 'byline/by-author'));
    const archive = group({ articles: [a], events: [], redirects: [], skipped: [], diagnostics: [], renderedBodies: new Map() }, SITE);
    expect(archive.articles[0]!.author).toBe('Jane Doe');
    expect(archive.articles[0]!.jsonLd.author).toEqual({ '@type': 'Person', name: 'Jane Doe' });
  });
});

describe('an event page', () => {
  it('links the first dated report, the earliest of its day first', () => {
    const articles = [report('Later Post', '2024-02-03'), report('Early Times', '2024-02-01'), report(null, null)].map((a) => ({ ...a, event: 'e' }));
    const event: Event = { id: 'e', title: 'Event e', description: '', articles: articles.map((a) => a.id), start: '2024-02-01', end: '2024-02-03', sharedQuotes: [], related: [] };
    const archive = group({ articles, events: [event], redirects: [], skipped: [], diagnostics: [], renderedBodies: new Map() }, SITE);
    const page = archive.events[0]!;
    expect(page.firstReport).toMatchObject({ id: articles[1]!.id, source: 'Early Times', date: '2024-02-01' });
    expect(page.growthDays.map((d) => d.line)).toEqual(['1 report, 1 in all; first from Early Times.', '1 report, 2 in all; first from Later Post.']);
  });
});

describe('the home page', () => {
  /** An event of `size` reports, all on `date`. */
  const event = (id: string, date: string, size: number): { articles: AnalysedArticle[]; event: Event } => {
    const articles = Array.from({ length: size }, () => ({ ...report('Example Times', date), event: id }));
    return { articles, event: { id, title: `Event ${id}`, description: '', articles: articles.map((a) => a.id), start: date, end: date, sharedQuotes: [], related: [] } };
  };

  it('leads with the most covered events of its last days with news, the most reports first, leaving out events of one report', () => {
    const parts = [event('old-big', '2024-01-01', 9), event('small', '2024-03-10', 1), event('big', '2024-03-08', 5), event('newest', '2024-03-12', 2)];
    const archive = group({ articles: parts.flatMap((p) => p.articles), events: parts.map((p) => p.event), redirects: [], skipped: [], diagnostics: [], renderedBodies: new Map() }, SITE);
    const home = archive.listPages.find((p) => p.url === '/')!;
    expect(home.highlights!.heading).toBe('Most covered, 8–12 March 2024');
    expect(home.highlights!.items.map((i) => i.url)).toEqual(['/events/big/', '/events/newest/']);
    expect(archive.listPages.filter((p) => p.kind !== 'home').every((p) => p.highlights === null)).toBe(true);
  });

  it('leads with nothing when its last days have one event', () => {
    const parts = [event('old', '2023-01-01', 3), event('newest', '2024-03-12', 2)];
    const archive = group({ articles: parts.flatMap((p) => p.articles), events: parts.map((p) => p.event), redirects: [], skipped: [], diagnostics: [], renderedBodies: new Map() }, SITE);
    expect(archive.listPages.find((p) => p.url === '/')!.highlights).toBeNull();
  });
});
