/** The timeline: the calendar of years and months, the timeline page, and a page per year, month and day. */
import type { ArchiveArticle, ArchiveEvent, AnalysedArticle, CalendarYear, Link, ListItem, ListPage } from '../model/types.ts';
import { articleItem, eventItem } from './items.ts';
import { count, dateLabel, monthLabel, shortMonth } from './labels.ts';
import { oldestFirst, pushTo } from './order.ts';
import { byCodeUnits } from '../text/compare.ts';
import { listPage, paginate } from './paginate.ts';
import { dayUrl, HOME, isoDay, monthUrl, TIMELINE, yearUrl } from './urls.ts';

/** A year of the archive with the number of reports dated in it, its months and their days. */
export interface YearEntry {
  year: number;
  count: number;
  months: { month: number; count: number; days: { day: number; count: number }[] }[];
}

/** The years that have dated reports, newest first; their months and days in order. */
export function datesOf(articles: AnalysedArticle[]): YearEntry[] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.date) counts.set(a.date, (counts.get(a.date) ?? 0) + 1);
  const years = new Map<number, YearEntry>();
  for (const [iso, n] of [...counts].sort((a, b) => byCodeUnits(a[0], b[0]))) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const year = years.get(y) ?? { year: y, count: 0, months: [] };
    years.set(y, year);
    year.count += n;
    let month = year.months[year.months.length - 1];
    if (!month || month.month !== m) year.months.push((month = { month: m, count: 0, days: [] }));
    month.count += n;
    month.days.push({ day: d, count: n });
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** The years and their months as the home and timeline pages link them, newest year first. */
export function calendarOf(years: YearEntry[]): CalendarYear[] {
  return years.map((y) => ({
    year: { url: yearUrl(y.year), title: String(y.year) },
    count: count(y.count, 'report'),
    months: y.months.map((m) => ({ url: monthUrl(y.year, m.month), title: monthLabel(y.year, m.month), short: shortMonth(m.month) })),
  }));
}

/** What the timeline's pages are made from. */
export interface TimelineInput {
  years: YearEntry[];
  calendar: CalendarYear[];
  articles: AnalysedArticle[];
  /** The article and event pages, by id, for the rows. */
  articlePages: Map<string, ArchiveArticle>;
  eventPages: Map<string, ArchiveEvent>;
}

/** The timeline page, the undated reports, then each year with its months and each month with its days, oldest first. */
export function timelinePages(input: TimelineInput): ListPage[] {
  const undated = input.articles.filter((a) => !a.date);
  const index = listPage({
    url: TIMELINE.url,
    kind: 'timeline',
    title: 'Timeline',
    heading: 'Timeline',
    intro: 'Every year and month of the archive. Each month lists its events, and each day its reports.',
    breadcrumbs: [HOME],
    calendar: input.calendar,
    children: undated.length ? [{ url: '/undated/', title: `Undated reports (${undated.length})` }] : [],
    childrenHeading: 'Without a date',
    empty: 'No article is dated yet.',
  });
  return [index, ...undatedPages(undated, input.articlePages), ...datePages(input)];
}

/** The reports that have no date, by id; none when every report is dated. */
function undatedPages(undated: AnalysedArticle[], articlePages: Map<string, ArchiveArticle>): ListPage[] {
  if (!undated.length) return [];
  const rows = [...undated].sort((a, b) => byCodeUnits(a.id, b.id)).map((a) => articleItem(articlePages.get(a.id)!));
  return paginate(
    {
      url: '/undated/',
      kind: 'timeline',
      title: 'Undated reports',
      heading: 'Undated reports',
      intro: 'Reports that state no date, and whose event has no dated report.',
      breadcrumbs: [HOME, TIMELINE],
    },
    'Reports',
    rows,
  );
}

/** Finds the page before and after a date page, among pages of its kind in order. */
type Around = (url: string) => ListPage['around'];

function aroundIn(links: Link[]): Around {
  const at = new Map(links.map((l, i) => [l.url, i]));
  return (url) => {
    const i = at.get(url)!;
    return { previous: links[i - 1] ?? null, next: links[i + 1] ?? null };
  };
}

/** What the year, month and day pages share. */
interface DateContext {
  byDay: Map<string, AnalysedArticle[]>;
  eventsOf: (dated: AnalysedArticle[]) => ListItem[];
  articlePages: Map<string, ArchiveArticle>;
  around: { year: Around; month: Around; day: Around };
}

/** A page per year, month and day, oldest first; each links the one before and after it. */
function datePages(input: TimelineInput): ListPage[] {
  const byDay = new Map<string, AnalysedArticle[]>();
  for (const a of input.articles) if (a.date) pushTo(byDay, a.date, a);
  const eventsOf = (dated: AnalysedArticle[]): ListItem[] => {
    const ids = new Set<string>();
    for (const a of dated) if (a.event) ids.add(a.event);
    return [...ids]
      .map((id) => input.eventPages.get(id))
      .filter((e): e is ArchiveEvent => !!e)
      .sort((a, b) => oldestFirst({ date: a.start, id: a.id }, { date: b.start, id: b.id }))
      .map(eventItem);
  };
  // Oldest first: years, months and days in the order the archive's pages link them.
  const chronology = [...input.years].reverse();
  const months = chronology.flatMap((y) => y.months.map((m) => ({ y, m })));
  const around = {
    year: aroundIn(chronology.map((y) => ({ url: yearUrl(y.year), title: String(y.year) }))),
    month: aroundIn(months.map(({ y, m }) => ({ url: monthUrl(y.year, m.month), title: monthLabel(y.year, m.month) }))),
    day: aroundIn(months.flatMap(({ y, m }) => m.days.map((d) => ({ url: dayUrl(y.year, m.month, d.day), title: dateLabel(isoDay(y.year, m.month, d.day)) })))),
  };
  const context: DateContext = { byDay, eventsOf, articlePages: input.articlePages, around };
  return chronology.flatMap((y) => [
    ...yearPages(y, context),
    ...y.months.flatMap((m) => [...monthPages(y, m, context), ...m.days.flatMap((d) => dayPages(y, m, d, context))]),
  ]);
}

type MonthEntry = YearEntry['months'][number];
type DayEntry = MonthEntry['days'][number];

/** A year's events, in the order they happened, with links to its months. */
function yearPages(y: YearEntry, context: DateContext): ListPage[] {
  const reports = y.months.flatMap((m) => m.days.flatMap((d) => context.byDay.get(isoDay(y.year, m.month, d.day)) ?? []));
  const events = context.eventsOf(reports);
  return paginate(
    {
      url: yearUrl(y.year),
      kind: 'year',
      title: String(y.year),
      heading: String(y.year),
      intro: `${count(events.length, 'event')} and ${count(reports.length, 'report')}, in the order they happened.`,
      breadcrumbs: [HOME, TIMELINE],
      children: y.months.map((m) => ({ url: monthUrl(y.year, m.month), title: `${monthLabel(y.year, m.month)} (${m.count})` })),
      childrenHeading: 'Months',
      around: context.around.year(yearUrl(y.year)),
    },
    'Events',
    events,
  );
}

/** A month's events, in the order they happened, with links to its days. */
function monthPages(y: YearEntry, m: MonthEntry, context: DateContext): ListPage[] {
  const reports = m.days.flatMap((d) => context.byDay.get(isoDay(y.year, m.month, d.day)) ?? []);
  const events = context.eventsOf(reports);
  return paginate(
    {
      url: monthUrl(y.year, m.month),
      kind: 'month',
      title: monthLabel(y.year, m.month),
      heading: monthLabel(y.year, m.month),
      intro: `${count(events.length, 'event')} and ${count(reports.length, 'report')}, in the order they happened.`,
      breadcrumbs: [HOME, TIMELINE, { url: yearUrl(y.year), title: String(y.year) }],
      children: m.days.map((d) => ({ url: dayUrl(y.year, m.month, d.day), title: `${d.day} ${shortMonth(m.month)} (${d.count})` })),
      childrenHeading: 'Days',
      around: context.around.month(monthUrl(y.year, m.month)),
    },
    'Events',
    events,
  );
}

/** A day's reports, by outlet (reports naming none last). */
function dayPages(y: YearEntry, m: MonthEntry, d: DayEntry, context: DateContext): ListPage[] {
  const iso = isoDay(y.year, m.month, d.day);
  const reports = [...(context.byDay.get(iso) ?? [])].sort((a, b) => byCodeUnits(a.source ?? '\uffff', b.source ?? '\uffff') || byCodeUnits(a.id, b.id));
  return paginate(
    {
      url: dayUrl(y.year, m.month, d.day),
      kind: 'day',
      title: dateLabel(iso),
      heading: dateLabel(iso),
      intro: `${count(reports.length, 'report')} dated ${dateLabel(iso)}, by outlet.`,
      breadcrumbs: [HOME, TIMELINE, { url: yearUrl(y.year), title: String(y.year) }, { url: monthUrl(y.year, m.month), title: monthLabel(y.year, m.month) }],
      around: context.around.day(dayUrl(y.year, m.month, d.day)),
    },
    'Reports',
    reports.map((a) => articleItem(context.articlePages.get(a.id)!)),
  );
}
