/** The home page: the archive's events, newest first, under its calendar. */
import type { ArchiveEvent, CalendarYear, ListPage, SiteSettings } from '../model/types.ts';
import { eventItem } from './items.ts';
import { newestFirst } from './order.ts';
import { paginateFromOldest } from './paginate.ts';

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
      calendar: input.calendar,
      feed: { atom: '/feed.xml', json: '/feed.json' },
      empty: 'The archive has no articles yet. Add some to the content folder and build again.',
    },
    'Events',
    events.map(eventItem),
  );
}
