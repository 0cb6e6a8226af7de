import type {
  Archive,
  ArchiveArticle,
  ArchiveEvent,
  Article,
  BuildReport,
  CalendarYear,
  Link,
  ListItem,
  ListPage,
  Redirect,
  SiteSettings,
  SitemapEntry,
  Topic,
  TopicKind,
} from '../model/types.ts';
import { buildFeeds } from './feeds.ts';
import { findTopics } from './find-topics.ts';
import { presentArticle } from './articles.ts';
import { catalogue } from './catalogue.ts';
import { presentEvent } from './events.ts';
import { fileTopics, KIND_LABEL, KIND_ORDER, KIND_PLURAL, topicLink } from './topics.ts';
import { byString, newestFirst, oldestFirst, pushTo } from './order.ts';
import { listPage, paginate, paginateFromOldest } from './paginate.ts';
import { HOME, pad, TIMELINE } from './urls.ts';
import { count, dateLabel, listLabel, monthLabel, rangeLabel, shortMonth } from './labels.ts';
import {
  HEAVY_REMOVAL_SHARE,
  MAX_REMOVALS_SHOWN,
  TOPICS_ON_INDEX,
} from './settings.ts';

import type { GroupInput } from './input.ts';
export type { GroupInput };

/**
 * Stage 8, group: files events by topic, outlet and date and makes every
 * page the site shows, with its links, labels and pagination. Every list is
 * bucketed once, so the stage stays linear in the size of the archive.
 */
export function group(input: GroupInput, site: SiteSettings): Archive {
  const { articles, events } = input;
  const cat = catalogue(articles, events, site);
  const { articleById: byId, eventById, sourceSlugs, sourceLink, eventLink, articleLink } = cat;
  const topics = findTopics(articles, events);
  const filed = fileTopics(topics, articles);
  const archiveArticles = articles.map((a) => presentArticle(a, { catalogue: cat, topicLinksOfEvent: filed.linksOfEvent, extras: input }));
  const archiveArticleById = new Map(archiveArticles.map((a) => [a.id, a]));
  const archiveEvents = events.map((e) =>
    presentEvent(e, { catalogue: cat, topicLinksOfEvent: filed.linksOfEvent, articlePages: archiveArticleById, unique: input.unique }),
  );
  const archiveEventById = new Map(archiveEvents.map((e) => [e.id, e]));

  const eventItem = (e: ArchiveEvent): ListItem => ({
    url: e.url,
    title: e.title,
    language: e.language,
    dateLabel: e.rangeLabel,
    date: e.end,
    meta: `${count(e.reportCount, 'report')} · ${e.outlets.length ? count(e.outlets.length, 'outlet') : 'outlet not named'}`,
    description: e.description,
  });
  const articleItem = (a: ArchiveArticle): ListItem => ({
    url: a.url,
    title: a.title,
    language: a.language,
    dateLabel: a.dateLabel,
    date: a.date,
    meta: [a.source ?? 'Outlet not named', a.duplicateOf ? `copy of ${a.duplicateOf.source ?? 'an unnamed outlet'}'s report` : '', a.copies.length ? `also published by ${listLabel([...new Set(a.copies.map((c) => c.source ?? 'an unnamed outlet'))])}` : '']
      .filter(Boolean)
      .join(' · '),
    description: a.description,
  });
  const eventsNewestFirst = [...archiveEvents].sort((a, b) => newestFirst({ date: a.end, id: a.id }, { date: b.end, id: b.id }));

  const listPages: ListPage[] = [];
  const years = timeline(articles);
  const calendar: CalendarYear[] = years.map((y) => ({
    year: { url: `/${y.year}/`, title: String(y.year) },
    count: count(y.count, 'report'),
    months: y.months.map((m) => ({ url: `/${y.year}/${pad(m.month)}/`, title: monthLabel(y.year, m.month), short: shortMonth(m.month) })),
  }));

  // Home.
  listPages.push(
    ...paginateFromOldest(
      {
        url: '/',
        kind: 'home',
        title: site.title,
        heading: 'Latest events',
        intro: site.description,
        breadcrumbs: [],
        facts: [
          { label: 'Events', value: String(events.length) },
          { label: 'Reports', value: String(articles.length) },
          { label: 'Outlets', value: String(sourceSlugs.size) },
        ],
        calendar,
        feed: { atom: '/feed.xml', json: '/feed.json' },
        empty: 'The archive has no articles yet. Add some to the content folder and build again.',
      },
      'Events',
      eventsNewestFirst.map(eventItem),
    ),
  );

  // Topics: the index shows the most covered of each kind; each kind has its own list, and each topic its page.
  const topicsByKind = new Map<TopicKind, Topic[]>();
  for (const t of topics) pushTo(topicsByKind, t.kind, t);
  const topicItem = (t: Topic): ListItem => ({
    url: topicLink(t).url,
    title: t.label,
    language: null,
    dateLabel: '',
    date: null,
    meta: count(t.events.length, 'event'),
    description: '',
  });
  const kinds = KIND_ORDER.filter((k) => topicsByKind.has(k));
  listPages.push(
    listPage({
      url: '/topics/',
      kind: 'topics',
      title: 'Topics',
      heading: 'Topics',
      intro: 'People, places, organisations and subjects, each with its events over time.',
      breadcrumbs: [HOME],
      sections: kinds.map((k) => {
        const all = topicsByKind.get(k)!;
        const head = [...all].sort((a, b) => b.events.length - a.events.length || byString(a.label, b.label)).slice(0, TOPICS_ON_INDEX);
        return {
          heading: KIND_PLURAL[k],
          items: head.map(topicItem),
          more: all.length > head.length ? { url: `/topics/${k}/`, title: `All ${count(all.length, KIND_PLURAL[k].toLowerCase(), KIND_PLURAL[k].toLowerCase())}` } : null,
          compact: true,
        };
      }),
      children: kinds.map((k) => ({ url: `/topics/${k}/`, title: `${KIND_PLURAL[k]} (${topicsByKind.get(k)!.length})` })),
      childrenHeading: 'Kinds of topic',
      empty: 'No topics yet: a person, place or organisation becomes a topic when two stories name it.',
    }),
  );
  for (const k of kinds) {
    const all = [...topicsByKind.get(k)!].sort((a, b) => byString(a.label.toLowerCase(), b.label.toLowerCase()) || byString(a.id, b.id));
    listPages.push(
      ...paginate(
        {
          url: `/topics/${k}/`,
          kind: 'topics',
          title: KIND_PLURAL[k],
          heading: KIND_PLURAL[k],
          intro: `${count(all.length, KIND_LABEL[k].toLowerCase(), KIND_PLURAL[k].toLowerCase())} in the archive, A to Z.`,
          breadcrumbs: [HOME, { url: '/topics/', title: 'Topics' }],
        },
        KIND_PLURAL[k],
        all.map(topicItem),
        true,
      ),
    );
  }
  for (const t of topics) {
    const url = topicLink(t).url;
    const items = t.events.map((id) => archiveEventById.get(id)).filter((e): e is ArchiveEvent => !!e);
    const reports = items.reduce((n, e) => n + e.reportCount, 0);
    listPages.push(
      ...paginateFromOldest(
        {
          url,
          kind: 'topic',
          title: `${t.label} (${KIND_LABEL[t.kind].toLowerCase()})`,
          heading: t.label,
          intro: `${KIND_LABEL[t.kind]} · ${count(items.length, 'event')} and ${count(reports, 'report')}, newest first.`,
          breadcrumbs: [HOME, { url: '/topics/', title: 'Topics' }, { url: `/topics/${t.kind}/`, title: KIND_PLURAL[t.kind] }],
          feed: { atom: `${url}feed.xml`, json: `${url}feed.json` },
        },
        'Events',
        items.map(eventItem),
      ),
    );
  }

  // Outlets.
  const bySource = new Map<string, ArchiveArticle[]>();
  for (const a of archiveArticles) if (a.source) pushTo(bySource, a.source, a);
  const sources = [...sourceSlugs.keys()].sort((a, b) => byString(a.toLowerCase(), b.toLowerCase()) || byString(a, b));
  listPages.push(
    ...paginate(
      {
        url: '/sources/',
        kind: 'sources',
        title: 'Outlets',
        heading: 'Outlets',
        intro: 'Every outlet in the archive, with its reports and the page furniture removed from them.',
        breadcrumbs: [HOME],
        empty: 'No article names its outlet yet.',
      },
      'Outlets',
      sources.map((s) => ({
        url: sourceLink(s)!.url,
        title: s,
        language: null,
        dateLabel: '',
        date: null,
        meta: count(bySource.get(s)?.length ?? 0, 'report'),
        description: '',
      })),
      true,
    ),
  );
  for (const s of sources) {
    const own = [...(bySource.get(s) ?? [])].sort(newestFirst);
    const removals = new Map<string, { text: string; reason: string; count: number }>();
    for (const a of own) {
      for (const r of a.removed) {
        const key = `${r.ruleId}\u0000${r.text}`;
        const seen = removals.get(key);
        if (seen) seen.count++;
        else removals.set(key, { text: r.text, reason: r.reason, count: 1 });
      }
    }
    const table = [...removals.values()].sort((a, b) => b.count - a.count || byString(a.text, b.text));
    const copies = own.filter((a) => a.duplicateOf).length;
    listPages.push(
      ...paginateFromOldest(
        {
          url: sourceLink(s)!.url,
          kind: 'source',
          title: s,
          heading: s,
          intro: `${count(own.length, 'report')} in the archive, newest first.`,
          breadcrumbs: [HOME, { url: '/sources/', title: 'Outlets' }],
          facts: [
            { label: 'Reports', value: String(own.length) },
            { label: 'Syndicated copies', value: String(copies) },
            { label: 'Removed blocks', value: String(table.reduce((n, r) => n + r.count, 0)) },
          ],
          removals: table.slice(0, MAX_REMOVALS_SHOWN),
          removalsNote: table.length > MAX_REMOVALS_SHOWN ? `The ${MAX_REMOVALS_SHOWN} most frequent of ${table.length} removed texts.` : '',
        },
        'Reports',
        own.map(articleItem),
      ),
    );
  }

  // Timeline: years, months, days; each date page links to the one before and after it.
  listPages.push(
    listPage({
      url: '/timeline/',
      kind: 'timeline',
      title: 'Timeline',
      heading: 'Timeline',
      intro: 'Every year and month of the archive. Each month lists its events, and each day its reports.',
      breadcrumbs: [HOME],
      calendar,
      children: articles.some((a) => !a.date) ? [{ url: '/undated/', title: `Undated reports (${articles.filter((a) => !a.date).length})` }] : [],
      childrenHeading: 'Without a date',
      empty: 'No article is dated yet.',
    }),
  );
  const undated = archiveArticles.filter((a) => !a.date);
  if (undated.length) {
    listPages.push(
      ...paginate(
        {
          url: '/undated/',
          kind: 'timeline',
          title: 'Undated reports',
          heading: 'Undated reports',
          intro: 'Reports that state no date, and whose event has no dated report.',
          breadcrumbs: [HOME, TIMELINE],
        },
        'Reports',
        [...undated].sort((a, b) => byString(a.id, b.id)).map(articleItem),
      ),
    );
  }
  const byDay = new Map<string, ArchiveArticle[]>();
  for (const a of archiveArticles) if (a.date) pushTo(byDay, a.date, a);
  const eventsOf = (dated: ArchiveArticle[]): ListItem[] => {
    const ids = new Set<string>();
    for (const a of dated) if (a.event) ids.add(a.event.url.split('/')[2]!);
    return [...ids]
      .map((id) => archiveEventById.get(id))
      .filter((e): e is ArchiveEvent => !!e)
      .sort((a, b) => oldestFirst({ date: a.start, id: a.id }, { date: b.start, id: b.id }))
      .map(eventItem);
  };
  // Oldest first: years, months and days in the order the archive's pages link them.
  const chronology = [...years].reverse();
  const yearLinks = chronology.map((y) => ({ url: `/${y.year}/`, title: String(y.year) }));
  const monthLinks = chronology.flatMap((y) => y.months.map((m) => ({ url: `/${y.year}/${pad(m.month)}/`, title: monthLabel(y.year, m.month) })));
  const dayLinks = chronology.flatMap((y) => y.months.flatMap((m) => m.days.map((d) => ({ url: `/${y.year}/${pad(m.month)}/${pad(d.day)}/`, title: dateLabel(`${y.year}-${pad(m.month)}-${pad(d.day)}`) }))));
  const around = (links: Link[], i: number) => ({ previous: links[i - 1] ?? null, next: links[i + 1] ?? null });
  let monthIndex = 0;
  let dayIndex = 0;
  chronology.forEach((y, yi) => {
    const yearCrumbs = [HOME, TIMELINE];
    const yearArticles = y.months.flatMap((m) => m.days.flatMap((d) => byDay.get(`${y.year}-${pad(m.month)}-${pad(d.day)}`) ?? []));
    const yearEvents = eventsOf(yearArticles);
    listPages.push(
      ...paginate(
        {
          url: `/${y.year}/`,
          kind: 'year',
          title: String(y.year),
          heading: String(y.year),
          intro: `${count(yearEvents.length, 'event')} and ${count(yearArticles.length, 'report')}, in the order they happened.`,
          breadcrumbs: yearCrumbs,
          children: y.months.map((m) => ({ url: `/${y.year}/${pad(m.month)}/`, title: `${monthLabel(y.year, m.month)} (${m.count})` })),
          childrenHeading: 'Months',
          around: around(yearLinks, yi),
        },
        'Events',
        yearEvents,
      ),
    );
    for (const m of y.months) {
      const prefix = `${y.year}-${pad(m.month)}-`;
      const monthCrumbs = [...yearCrumbs, { url: `/${y.year}/`, title: String(y.year) }];
      const monthArticles = m.days.flatMap((d) => byDay.get(`${prefix}${pad(d.day)}`) ?? []);
      const monthEvents = eventsOf(monthArticles);
      listPages.push(
        ...paginate(
          {
            url: `/${y.year}/${pad(m.month)}/`,
            kind: 'month',
            title: monthLabel(y.year, m.month),
            heading: monthLabel(y.year, m.month),
            intro: `${count(monthEvents.length, 'event')} and ${count(monthArticles.length, 'report')}, in the order they happened.`,
            breadcrumbs: monthCrumbs,
            children: m.days.map((d) => ({ url: `/${y.year}/${pad(m.month)}/${pad(d.day)}/`, title: `${d.day} ${shortMonth(m.month)} (${d.count})` })),
            childrenHeading: 'Days',
            around: around(monthLinks, monthIndex++),
          },
          'Events',
          monthEvents,
        ),
      );
      for (const d of m.days) {
        const iso = `${prefix}${pad(d.day)}`;
        const dayArticles = [...(byDay.get(iso) ?? [])].sort((a, b) => byString(a.source ?? '\uffff', b.source ?? '\uffff') || byString(a.id, b.id));
        listPages.push(
          ...paginate(
            {
              url: `/${y.year}/${pad(m.month)}/${pad(d.day)}/`,
              kind: 'day',
              title: dateLabel(iso),
              heading: dateLabel(iso),
              intro: `${count(dayArticles.length, 'report')} dated ${dateLabel(iso)}, by outlet.`,
              breadcrumbs: [...monthCrumbs, { url: `/${y.year}/${pad(m.month)}/`, title: monthLabel(y.year, m.month) }],
              around: around(dayLinks, dayIndex++),
            },
            'Reports',
            dayArticles.map(articleItem),
          ),
        );
      }
    }
  });

  const redirects: Redirect[] = [
    ...input.redirects
      .map((r) => ({ url: `/events/${r.from}/`, to: eventLink(r.to) }))
      .filter((r): r is Redirect => r.to !== null && !eventById.has(r.url.split('/')[2]!)),
    ...(input.articleRedirects ?? [])
      .map((r) => ({ url: `/articles/${r.from}/`, to: articleLink(r.to) }))
      .filter((r): r is Redirect => r.to !== null && !byId.has(r.url.split('/')[2]!)),
  ];

  const feeds = buildFeeds({ articles: archiveArticles, topics, topicsOfArticle: filed.ofArticle, eventById: archiveEventById }, site);

  const sitemap: SitemapEntry[] = [
    ...listPages.map((p) => ({ url: p.url, lastmod: null })),
    ...archiveEvents.map((e) => ({ url: e.url, lastmod: e.end })),
    ...archiveArticles.filter((a) => !a.duplicateOf).map((a) => ({ url: a.url, lastmod: a.date })),
  ];

  const heavyRemovals = articles
    .map((a) => {
      const total = a.blocks.reduce((n, b) => n + b.text.length, 0);
      const removed = a.blocks.reduce((n, b) => n + (b.removed ? b.text.length : 0), 0);
      return { file: a.file, percent: total ? Math.round((100 * removed) / total) : 0 };
    })
    .filter((h) => h.percent > HEAVY_REMOVAL_SHARE * 100);

  const report: BuildReport = {
    articles: articles.length,
    events: events.length,
    topics: topics.length,
    sources: sourceSlugs.size,
    copies: articles.filter((a) => a.duplicateOf).length,
    skipped: input.skipped,
    diagnostics: input.diagnostics,
    heavyRemovals,
  };

  return {
    site,
    articles: archiveArticles,
    events: archiveEvents,
    topics,
    listPages,
    redirects,
    feeds,
    sitemap,
    skipped: input.skipped,
    report,
  };
}

interface YearEntry {
  year: number;
  count: number;
  months: { month: number; count: number; days: { day: number; count: number }[] }[];
}

/** Years, newest first; their months and days in order. */
function timeline(articles: Article[]): YearEntry[] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.date) counts.set(a.date, (counts.get(a.date) ?? 0) + 1);
  const years = new Map<number, YearEntry>();
  for (const [iso, n] of [...counts].sort((a, b) => byString(a[0], b[0]))) {
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

