import { keptText, renderBody } from '../render/body.ts';
import type {
  Archive,
  ArchiveArticle,
  ArchiveEvent,
  Article,
  BuildReport,
  Diagnostic,
  Event,
  Feed,
  Link,
  ListItem,
  ListPage,
  Redirect,
  ReportLink,
  SiteSettings,
  Skipped,
  StoryGroup,
  Topic,
  TopicKind,
  TopicLink,
} from '../types.ts';
import { slugify } from '../parse/index.ts';
import { count, dateLabel, dateNote, monthLabel, rangeLabel, shorten } from './labels.ts';
import { ITEMS_PER_PAGE, FEED_ENTRIES, HEAVY_REMOVAL_SHARE, MAX_OTHER_REPORTS, MIN_SUBJECT_EVENTS, MIN_TOPIC_ARTICLES, DESCRIPTION_CHARS } from './settings.ts';


export interface GroupInput {
  articles: Article[];
  events: Event[];
  /** Old event ids and the events that now hold their reports. */
  redirects: { from: string; to: string }[];
  skipped: Skipped[];
  diagnostics: Diagnostic[];
  /** What each syndicated copy adds to or drops from its canonical, by copy id. */
  differences?: Map<string, { added: string[]; dropped: string[] }>;
  /** What each report says that the other reports of its event do not, by article id. */
  unique?: Map<string, string[]>;
  /** Body HTML already rendered (from the cache), by article hash. */
  renderedBodies?: Map<string, string>;
}

const KIND_LABEL: Record<TopicKind, string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  subject: 'Subject',
};
const KIND_PLURAL: Record<TopicKind, string> = {
  person: 'People',
  place: 'Places',
  organisation: 'Organisations',
  subject: 'Subjects',
};
const KIND_ORDER: TopicKind[] = ['person', 'place', 'organisation', 'subject'];

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Newest first, undated last, then by id. */
const newestFirst = (a: { date: string | null; id: string }, b: { date: string | null; id: string }) =>
  (b.date ?? '') < (a.date ?? '') ? -1 : (b.date ?? '') > (a.date ?? '') ? 1 : byString(a.id, b.id);

/**
 * Stage 8, group: files events by topic, outlet and date and makes every
 * page the site shows, with its links, labels and pagination.
 */
export function group(input: GroupInput, site: SiteSettings): Archive {
  const { articles, events } = input;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const sourceSlugs = slugsFor([...new Set(articles.map((a) => a.source).filter((s): s is string => !!s))]);
  const sourceLink = (s: string | null): Link | null =>
    s ? { url: `/sources/${sourceSlugs.get(s)}/`, title: s } : null;

  const copiesOf = new Map<string, Article[]>();
  for (const a of articles) {
    if (a.duplicateOf) copiesOf.set(a.duplicateOf, [...(copiesOf.get(a.duplicateOf) ?? []), a]);
  }
  const reportLink = (a: Article): ReportLink => ({
    id: a.id,
    url: `/articles/${a.id}/`,
    title: a.title,
    source: a.source,
    date: a.date,
    dateLabel: dateLabel(a.date),
    dateNote: dateNote(a.dateSource, a.dateText),
    alsoPublishedBy: [...new Set((copiesOf.get(a.id) ?? []).map((c) => c.source ?? 'an unnamed outlet'))].sort(byString),
  });
  const eventLink = (id: string | null): Link | null => {
    const e = id ? eventById.get(id) : undefined;
    return e ? { url: `/events/${e.id}/`, title: e.title } : null;
  };

  // Topics: people, places and organisations from the articles' entities; subjects from tags and shared keywords.
  const topics = buildTopics(articles, events);
  const topicLink = (t: Topic): TopicLink => ({
    url: `/topics/${t.kind}/${t.slug}/`,
    title: t.label,
    kind: t.kind,
    kindLabel: KIND_LABEL[t.kind],
  });
  const topicsOfEvent = new Map<string, TopicLink[]>();
  for (const t of topics) {
    for (const e of t.events) topicsOfEvent.set(e, [...(topicsOfEvent.get(e) ?? []), topicLink(t)]);
  }

  // Articles.
  const archiveArticles: ArchiveArticle[] = articles.map((a) => {
    const text = keptText(a.blocks);
    const html = input.renderedBodies?.get(a.hash) ?? renderBody(a.blocks);
    const event = a.event ? eventById.get(a.event) : undefined;
    const canonical = a.duplicateOf ? byId.get(a.duplicateOf) : undefined;
    const others = (event?.articles ?? [])
      .map((id) => byId.get(id)!)
      .filter((o) => o && o.id !== a.id && o.duplicateOf === null && o.id !== a.duplicateOf)
      .slice(0, MAX_OTHER_REPORTS)
      .map(reportLink);
    const description = a.summary ?? shorten(a.blocks.find((b) => !b.removed && b.text.split(' ').length > 8)?.text ?? text, DESCRIPTION_CHARS);
    const url = `/articles/${a.id}/`;
    const canonicalUrl = canonical ? `/articles/${canonical.id}/` : url;
    const copies = (copiesOf.get(a.id) ?? []).map(reportLink);
    return {
      id: a.id,
      url,
      file: a.file,
      title: a.title,
      date: a.date,
      dateSource: a.dateSource,
      dateText: a.dateText,
      dateLabel: dateLabel(a.date),
      dateNote: dateNote(a.dateSource, a.dateText),
      source: a.source,
      sourceOrigin: a.sourceOrigin,
      sourcePage: sourceLink(a.source),
      sourceUrl: a.sourceUrl,
      author: a.author,
      lang: a.lang,
      dir: a.dir,
      description,
      html,
      text,
      wordCount: text ? text.split(/\s+/).length : 0,
      removed: a.blocks
        .filter((b) => b.removed)
        .map((b) => ({ text: b.text, reason: b.removed!.reason, ruleId: b.removed!.ruleId })),
      event: eventLink(a.event),
      otherReports: others,
      relatedEvents: (event?.related ?? []).map((id) => eventLink(id)).filter((l): l is Link => l !== null),
      copies,
      duplicateOf: canonical ? reportLink(canonical) : null,
      differences: a.duplicateOf ? (input.differences?.get(a.id) ?? { added: [], dropped: [] }) : null,
      topics: a.event ? (topicsOfEvent.get(a.event) ?? []) : [],
      tags: a.tags,
      canonicalUrl,
      jsonLd: newsArticle(a, description, canonicalUrl, copies, site),
    };
  });
  const archiveArticleById = new Map(archiveArticles.map((a) => [a.id, a]));

  // Events.
  const archiveEvents: ArchiveEvent[] = events.map((e) => {
    const members = e.articles.map((id) => byId.get(id)!).filter(Boolean);
    const stories: StoryGroup[] = members
      .filter((m) => !m.duplicateOf || !e.articles.includes(m.duplicateOf))
      .map((m) => ({
        report: reportLink(m),
        copies: (copiesOf.get(m.id) ?? []).map(reportLink),
        unique: input.unique?.get(m.id) ?? [],
      }));
    const outlets = [...new Set(members.map((m) => m.source).filter((s): s is string => !!s))].sort(byString);
    const lead = archiveArticleById.get(stories[0]?.report.id ?? '');
    return {
      id: e.id,
      url: `/events/${e.id}/`,
      title: e.title,
      start: e.start,
      end: e.end,
      rangeLabel: rangeLabel(e.start, e.end),
      articleIds: e.articles,
      stories,
      reportCount: members.length,
      outlets,
      sharedQuotes: e.sharedQuotes,
      related: e.related.map((id) => eventLink(id)).filter((l): l is Link => l !== null),
      topics: topicsOfEvent.get(e.id) ?? [],
      description: lead?.description ?? '',
    };
  });
  const archiveEventById = new Map(archiveEvents.map((e) => [e.id, e]));

  const eventItem = (e: ArchiveEvent): ListItem => ({
    url: e.url,
    title: e.title,
    dateLabel: e.rangeLabel,
    date: e.end,
    meta: `${count(e.reportCount, 'report')} from ${count(Math.max(e.outlets.length, 1), 'outlet')}`,
    description: e.description,
  });
  const articleItem = (a: ArchiveArticle): ListItem => ({
    url: a.url,
    title: a.title,
    dateLabel: a.dateLabel,
    date: a.date,
    meta: [a.source ?? 'Outlet not named', a.copies.length ? `also published by ${a.copies.map((c) => c.source ?? 'an unnamed outlet').join(', ')}` : '']
      .filter(Boolean)
      .join(' · '),
    description: a.description,
  });
  const eventsNewestFirst = [...archiveEvents].sort((a, b) => newestFirst({ date: a.end, id: a.id }, { date: b.end, id: b.id }));

  const listPages: ListPage[] = [];
  const years = timeline(articles);

  // Home.
  listPages.push(
    ...paginate(
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
        removals: [],
        children: years.map((y) => ({ url: `/${y.year}/`, title: String(y.year) })),
        feed: { atom: '/feed.xml', json: '/feed.json' },
      },
      'Events',
      eventsNewestFirst.map(eventItem),
    ),
  );

  // Topics index and topic pages.
  listPages.push(
    base({
      url: '/topics/',
      kind: 'topics',
      title: 'Topics',
      heading: 'Topics',
      intro: 'People, places, organisations and subjects, each with its events over time.',
      breadcrumbs: [{ url: '/', title: 'Home' }],
      sections: KIND_ORDER.map((k) => ({
        heading: KIND_PLURAL[k],
        items: topics
          .filter((t) => t.kind === k)
          .map((t) => ({ url: topicLink(t).url, title: t.label, dateLabel: '', date: null, meta: count(t.events.length, 'event'), description: '' })),
      })).filter((s) => s.items.length > 0),
    }),
  );
  for (const t of topics) {
    const url = topicLink(t).url;
    listPages.push(
      ...paginate(
        {
          url,
          kind: 'topic',
          title: `${t.label} (${KIND_LABEL[t.kind].toLowerCase()})`,
          heading: t.label,
          intro: `${KIND_LABEL[t.kind]} · ${count(t.events.length, 'event')}, newest first.`,
          breadcrumbs: [{ url: '/', title: 'Home' }, { url: '/topics/', title: 'Topics' }],
          facts: [],
          removals: [],
          children: [],
          feed: { atom: `${url}feed.xml`, json: `${url}feed.json` },
        },
        'Events',
        t.events.map((id) => archiveEventById.get(id)!).filter(Boolean).map(eventItem),
      ),
    );
  }

  // Outlets.
  const sources = [...sourceSlugs.keys()].sort((a, b) => byString(a.toLowerCase(), b.toLowerCase()));
  listPages.push(
    base({
      url: '/sources/',
      kind: 'sources',
      title: 'Outlets',
      heading: 'Outlets',
      intro: 'Every outlet in the archive, with its reports and the page furniture removed from them.',
      breadcrumbs: [{ url: '/', title: 'Home' }],
      sections: [
        {
          heading: 'Outlets',
          items: sources.map((s) => ({
            url: sourceLink(s)!.url,
            title: s,
            dateLabel: '',
            date: null,
            meta: count(articles.filter((a) => a.source === s).length, 'report'),
            description: '',
          })),
        },
      ],
    }),
  );
  for (const s of sources) {
    const own = archiveArticles.filter((a) => a.source === s).sort(newestFirst);
    const removals = new Map<string, { text: string; reason: string; count: number }>();
    for (const a of own) {
      for (const r of a.removed) {
        const key = `${r.ruleId}\u0000${r.text}`;
        const seen = removals.get(key);
        if (seen) seen.count++;
        else removals.set(key, { text: r.text, reason: r.reason, count: 1 });
      }
    }
    listPages.push(
      ...paginate(
        {
          url: sourceLink(s)!.url,
          kind: 'source',
          title: s,
          heading: s,
          intro: `${count(own.length, 'report')} in the archive.`,
          breadcrumbs: [{ url: '/', title: 'Home' }, { url: '/sources/', title: 'Outlets' }],
          facts: [],
          removals: [...removals.values()].sort((a, b) => b.count - a.count || byString(a.text, b.text)),
          children: [],
          feed: null,
        },
        'Reports',
        own.map(articleItem),
      ),
    );
  }

  // Timeline: years, months, days.
  listPages.push(
    base({
      url: '/timeline/',
      kind: 'timeline',
      title: 'Timeline',
      heading: 'Timeline',
      intro: 'Every year of the archive.',
      breadcrumbs: [{ url: '/', title: 'Home' }],
      children: years.map((y) => ({ url: `/${y.year}/`, title: `${y.year} (${count(y.count, 'report')})` })),
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
          breadcrumbs: [{ url: '/', title: 'Home' }, { url: '/timeline/', title: 'Timeline' }],
          facts: [],
          removals: [],
          children: [],
          feed: null,
        },
        'Reports',
        undated.map(articleItem),
      ),
    );
  }
  for (const y of years) {
    const crumbs = [{ url: '/', title: 'Home' }, { url: '/timeline/', title: 'Timeline' }];
    const yearArticles = archiveArticles.filter((a) => a.date?.startsWith(`${y.year}-`));
    listPages.push(
      ...datePage(`/${y.year}/`, 'year', String(y.year), crumbs, yearArticles, archiveEventById, eventItem, articleItem,
        y.months.map((m) => ({ url: `/${y.year}/${pad(m.month)}/`, title: `${monthLabel(y.year, m.month)} (${count(m.count, 'report')})` }))),
    );
    for (const m of y.months) {
      const prefix = `${y.year}-${pad(m.month)}-`;
      const monthCrumbs = [...crumbs, { url: `/${y.year}/`, title: String(y.year) }];
      listPages.push(
        ...datePage(`/${y.year}/${pad(m.month)}/`, 'month', monthLabel(y.year, m.month), monthCrumbs,
          yearArticles.filter((a) => a.date!.startsWith(prefix)), archiveEventById, eventItem, articleItem,
          m.days.map((d) => ({ url: `/${y.year}/${pad(m.month)}/${pad(d.day)}/`, title: `${dateLabel(`${prefix}${pad(d.day)}`)} (${count(d.count, 'report')})` }))),
      );
      for (const d of m.days) {
        const iso = `${prefix}${pad(d.day)}`;
        listPages.push(
          ...datePage(`/${y.year}/${pad(m.month)}/${pad(d.day)}/`, 'day', dateLabel(iso),
            [...monthCrumbs, { url: `/${y.year}/${pad(m.month)}/`, title: monthLabel(y.year, m.month) }],
            yearArticles.filter((a) => a.date === iso), archiveEventById, eventItem, articleItem, []),
        );
      }
    }
  }

  const redirects: Redirect[] = input.redirects
    .map((r) => ({ url: `/events/${r.from}/`, to: eventLink(r.to) }))
    .filter((r): r is Redirect => r.to !== null && !eventById.has(r.url.split('/')[2]!));

  const feeds = buildFeeds(archiveArticles, topics, archiveEventById, topicLink, site);

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
    skipped: input.skipped,
    report,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

type PageHead = Omit<ListPage, 'sections' | 'pagination'>;

function base(p: Partial<ListPage> & Pick<ListPage, 'url' | 'kind' | 'title' | 'heading'>): ListPage {
  return {
    intro: '',
    breadcrumbs: [],
    sections: [],
    facts: [],
    removals: [],
    pagination: null,
    children: [],
    feed: null,
    ...p,
  };
}

/** Splits a long list over pages `<url>`, `<url>page/2/`, … (stable: page n always holds items n·k…). */
function paginate(head: PageHead, heading: string, items: ListItem[]): ListPage[] {
  const pages = Math.max(1, Math.ceil(items.length / ITEMS_PER_PAGE));
  const urlOf = (n: number) => (n === 1 ? head.url : `${head.url}page/${n}/`);
  const all = Array.from({ length: pages }, (_, i) => ({ page: i + 1, url: urlOf(i + 1) }));
  return all.map(({ page, url }) => ({
    ...head,
    url,
    title: page === 1 ? head.title : `${head.title} (page ${page})`,
    sections: [{ heading, items: items.slice((page - 1) * ITEMS_PER_PAGE, page * ITEMS_PER_PAGE) }],
    pagination: pages > 1 ? { page, pages, previous: page > 1 ? urlOf(page - 1) : null, next: page < pages ? urlOf(page + 1) : null, all } : null,
    children: page === 1 ? head.children : [],
    facts: page === 1 ? head.facts : [],
    removals: page === 1 ? head.removals : [],
  }));
}

function datePage(
  url: string,
  kind: 'year' | 'month' | 'day',
  label: string,
  breadcrumbs: Link[],
  dated: ArchiveArticle[],
  eventById: Map<string, ArchiveEvent>,
  eventItem: (e: ArchiveEvent) => ListItem,
  articleItem: (a: ArchiveArticle) => ListItem,
  children: Link[],
): ListPage[] {
  const eventIds = [...new Set(dated.map((a) => a.event?.url.split('/')[2]).filter((e): e is string => !!e))];
  const evs = eventIds
    .map((id) => eventById.get(id)!)
    .filter(Boolean)
    .sort((a, b) => byString(a.start ?? '', b.start ?? '') || byString(a.id, b.id));
  const arts = [...dated].sort((a, b) => byString(a.date ?? '', b.date ?? '') || byString(a.id, b.id));
  const pages = paginate(
    { url, kind, title: label, heading: label, intro: `${count(evs.length, 'event')} and ${count(arts.length, 'report')}.`, breadcrumbs, facts: [], removals: [], children, feed: null },
    'Reports',
    arts.map(articleItem),
  );
  pages[0]!.sections.unshift({ heading: 'Events', items: evs.map(eventItem) });
  return pages;
}

interface YearEntry {
  year: number;
  count: number;
  months: { month: number; count: number; days: { day: number; count: number }[] }[];
}

function timeline(articles: Article[]): YearEntry[] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.date) counts.set(a.date, (counts.get(a.date) ?? 0) + 1);
  const years = new Map<number, YearEntry>();
  for (const [iso, n] of [...counts].sort((a, b) => byString(a[0], b[0]))) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const year = years.get(y) ?? { year: y, count: 0, months: [] };
    years.set(y, year);
    year.count += n;
    let month = year.months.find((x) => x.month === m);
    if (!month) year.months.push((month = { month: m, count: 0, days: [] }));
    month.count += n;
    month.days.push({ day: d, count: n });
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** Gives each name a unique slug; names are taken in sorted order so slugs do not depend on input order. */
function slugsFor(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const name of [...names].sort(byString)) {
    const stem = slugify(name) || 'outlet';
    let slug = stem;
    for (let n = 2; used.has(slug); n++) slug = `${stem}-${n}`;
    used.add(slug);
    out.set(name, slug);
  }
  return out;
}

function buildTopics(articles: Article[], events: Event[]): Topic[] {
  const eventOf = new Map(articles.map((a) => [a.id, a.event]));
  const found = new Map<
    string,
    { kind: TopicKind; label: string; events: Set<string>; labels: Map<string, number>; articles: Set<string>; tagged: boolean }
  >();
  const add = (kind: TopicKind, label: string, event: string, article: string, tagged = false) => {
    const slug = slugify(label);
    if (!slug) return;
    const key = `${kind}/${slug}`;
    const t = found.get(key) ?? { kind, label, events: new Set<string>(), labels: new Map<string, number>(), articles: new Set<string>(), tagged };
    found.set(key, t);
    t.events.add(event);
    t.articles.add(article);
    t.tagged ||= tagged;
    t.labels.set(label, (t.labels.get(label) ?? 0) + 1);
  };
  const keywordEvents = new Map<string, Set<string>>();
  for (const a of articles) {
    const event = eventOf.get(a.id);
    if (!event) continue;
    // A syndicated copy says nothing its original does not: it counts as its original.
    const story = a.duplicateOf ?? a.id;
    for (const p of a.entities.people) add('person', p, event, story);
    for (const p of a.entities.places) add('place', p, event, story);
    for (const o of a.entities.organisations) add('organisation', o, event, story);
    for (const tag of a.tags) add('subject', tag, event, story, true);
    for (const k of a.keywords) {
      const s = keywordEvents.get(k) ?? new Set<string>();
      s.add(event);
      keywordEvents.set(k, s);
    }
  }
  for (const [k, evs] of keywordEvents) {
    if (evs.size >= MIN_SUBJECT_EVENTS) for (const e of evs) add('subject', k.charAt(0).toUpperCase() + k.slice(1), e, `keyword:${e}`, true);
  }
  const eventDate = new Map(events.map((e) => [e.id, e.end ?? e.start]));
  const topics: Topic[] = [];
  for (const [id, t] of found) {
    if (!t.tagged && t.articles.size < MIN_TOPIC_ARTICLES) continue;
    const label = [...t.labels].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0]![0];
    topics.push({
      id,
      kind: t.kind,
      slug: id.slice(t.kind.length + 1),
      label,
      events: [...t.events].sort((a, b) => newestFirst({ date: eventDate.get(a) ?? null, id: a }, { date: eventDate.get(b) ?? null, id: b })),
    });
  }
  return topics.sort((a, b) => byString(a.id, b.id));
}

function buildFeeds(
  articles: ArchiveArticle[],
  topics: Topic[],
  eventById: Map<string, ArchiveEvent>,
  topicLink: (t: Topic) => TopicLink,
  site: SiteSettings,
): Feed[] {
  const entry = (a: ArchiveArticle) => ({
    id: a.id,
    url: a.url,
    title: a.title,
    date: a.date!,
    source: a.source,
    description: a.description,
    html: a.html,
  });
  const dated = articles.filter((a) => a.date && !a.duplicateOf).sort(newestFirst);
  const feeds: Feed[] = [
    {
      atom: '/feed.xml',
      json: '/feed.json',
      title: site.title,
      home: '/',
      updated: dated[0]?.date ?? null,
      entries: dated.slice(0, FEED_ENTRIES).map(entry),
    },
  ];
  for (const t of topics) {
    const link = topicLink(t);
    const ids = new Set(t.events.flatMap((e) => eventById.get(e)?.articleIds ?? []));
    const own = dated.filter((a) => ids.has(a.id));
    feeds.push({
      atom: `${link.url}feed.xml`,
      json: `${link.url}feed.json`,
      title: `${t.label} · ${site.title}`,
      home: link.url,
      updated: own[0]?.date ?? null,
      entries: own.slice(0, FEED_ENTRIES).map(entry),
    });
  }
  return feeds;
}

function newsArticle(
  a: Article,
  description: string,
  canonicalUrl: string,
  copies: ReportLink[],
  site: SiteSettings,
): Record<string, unknown> {
  const abs = (u: string) => (site.url ? new URL(u.replace(/^\//, ''), site.url.endsWith('/') ? site.url : `${site.url}/`).href : u);
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description,
    inLanguage: a.lang,
    mainEntityOfPage: abs(canonicalUrl),
  };
  if (a.date) ld.datePublished = a.date;
  if (a.author) ld.author = { '@type': 'Person', name: a.author };
  if (a.source) ld.publisher = { '@type': 'Organization', name: a.source };
  if (a.sourceUrl) ld.isBasedOn = a.sourceUrl;
  if (copies.length) {
    ld.workExample = copies.map((c) => ({
      '@type': 'NewsArticle',
      headline: c.title,
      url: abs(c.url),
      ...(c.source ? { publisher: { '@type': 'Organization', name: c.source } } : {}),
    }));
  }
  return ld;
}
