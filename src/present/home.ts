/** The home page: the most covered events of the archive's last days, then every event, newest first, under its calendar. */
import type { ArchiveEvent, CalendarYear, ListPage, ListSection, SiteSettings } from '../model/types.ts';
import { eventItem } from './items.ts';
import { rangeLabel } from './labels.ts';
import { newestFirst } from './order.ts';
import { paginateFromOldest } from './paginate.ts';
import { HIGHLIGHTS, RECENT_DAYS, RECENT_SPAN_DAYS } from './settings.ts';

/** What the home page shows. */
export interface HomeInput {
  site: SiteSettings;
  events: ArchiveEvent[];
  /** Reports and outlets in the archive, for its facts. */
  reports: number;
  outlets: number;
  calendar: CalendarYear[];
}

/** The home page and its older pages: every event, by the date of its latest report, newest first. */
export function homePages(input: HomeInput): ListPage[] {
  const events = [...input.events].sort((a, b) => newestFirst({ date: a.end, id: a.id }, { date: b.end, id: b.id }));
  return paginateFromOldest(
    {
      url: '/',
      kind: 'home',
      title: input.site.title,
      heading: 'Latest events',
      intro: input.site.description,
      breadcrumbs: [],
      facts: [
        { label: 'Events', value: String(input.events.length) },
        { label: 'Reports', value: String(input.reports) },
        { label: 'Outlets', value: String(input.outlets) },
      ],
      highlights: highlightsOf(events),
      calendar: input.calendar,
      feed: { atom: '/feed.xml', json: '/feed.json' },
      empty: 'The archive has no articles yet. Add some to the content folder and build again.',
    },
    'Events',
    events.map(eventItem),
  );
}

/** The ISO date `days` days before another. */
function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * The most covered events of the archive's last `RECENT_DAYS` days with
 * news (the newest dates on which an event had a report, not the clock's
 * days, so a build of the same content gives the same page and a quiet
 * archive still has recent days), within `RECENT_SPAN_DAYS` of the newest
 * date: the most reports first, events of one report left out. Null when
 * fewer than two events are left, since the list below shows them in the
 * same order.
 *
 * @param events Every event, newest first.
 */
function highlightsOf(events: readonly ArchiveEvent[]): ListSection | null {
  const newest = events[0]?.end;
  if (!newest) return null;
  const earliest = daysBefore(newest, RECENT_SPAN_DAYS - 1);
  const days = [...new Set(events.map((e) => e.end).filter((d): d is string => d !== null && d >= earliest))].slice(0, RECENT_DAYS);
  const from = days[days.length - 1];
  if (!from) return null;
  // An event of one report is news, not coverage.
  const recent = events.filter((e) => e.end !== null && e.end >= from && e.reportCount >= 2);
  if (recent.length < 2) return null;
  const biggest = [...recent].sort((a, b) => b.reportCount - a.reportCount || newestFirst({ date: a.end, id: a.id }, { date: b.end, id: b.id })).slice(0, HIGHLIGHTS);
  return { heading: `Most covered, ${rangeLabel(from, days[0]!)}`, items: biggest.map(eventItem), more: null, compact: false };
}
