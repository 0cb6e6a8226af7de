/**
 * The view model: every page the site shows, made from the analysed
 * archive, with its links, labels and pagination. Each page kind has its
 * module; every list is bucketed once, so this stays linear in the size of
 * the archive.
 */
import { createStemmer } from '../text/stem.ts';
import type { Archive, ArchiveArticle, SiteSettings } from '../model/types.ts';
import { presentArticle } from './articles.ts';
import { catalogue } from './catalogue.ts';
import { presentEvent } from './events.ts';
import { buildFeeds } from './feeds.ts';
import { findTopics } from './find-topics.ts';
import { homePages } from './home.ts';
import type { GroupInput } from './input.ts';
import { indexById } from './order.ts';
import { withOutletNames } from './outlet-names.ts';
import { outletPages } from './outlets.ts';
import { redirectsFor } from './redirects.ts';
import { searchTopicKeys } from './search-topics.ts';
import { buildReport } from './report.ts';
import { sitemapOf } from './sitemap.ts';
import { calendarOf, datesOf, timelinePages } from './timeline.ts';
import { fileTopics, topicPages } from './topics.ts';

export type { GroupInput } from './input.ts';
export * as labels from './labels.ts';

/** Files the analysed archive's events by topic, outlet and date, and makes every page of the site. */
export function group(analysed: GroupInput, site: SiteSettings): Archive {
  // An outlet named several ways is one outlet on every page.
  const input: GroupInput = { ...analysed, articles: withOutletNames(analysed.articles) };
  const cat = catalogue(input.articles, input.events, site);
  const found = findTopics(input.articles, input.events);
  const topics = found.topics;
  const filed = fileTopics(found, input.articles);

  const topicKeysOfArticle = searchTopicKeys(input.articles);
  const articles = input.articles.map((a) => presentArticle(a, { catalogue: cat, topicLinksOfArticle: filed.linksOfArticle, topicKeysOfArticle, extras: input }));
  const articlePages = indexById(articles);
  const stemmer = createStemmer();
  const events = input.events.map((e) =>
    presentEvent(e, {
      catalogue: cat,
      topicLinksOfEvent: filed.linksOfEvent,
      stemmer,
      ...(input.unique ? { unique: input.unique } : {}),
      ...(input.carrying ? { carrying: input.carrying } : {}),
    }),
  );
  const eventPages = indexById(events);

  const years = datesOf(input.articles);
  const calendar = calendarOf(years);
  const listPages = [
    ...homePages({ site, events, reports: articles.length, outlets: cat.sourceSlugs.size, calendar }),
    ...topicPages(topics, eventPages),
    ...outletPages(articles, cat),
    ...timelinePages({ years, calendar, articles: input.articles, articlePages, eventPages }),
  ];

  return {
    site,
    articles,
    events,
    topics,
    listPages,
    redirects: redirectsFor(input, cat),
    feeds: buildFeeds({ articles, topics, topicsOfArticle: filed.ofArticle, eventById: eventPages }, site),
    sitemap: sitemapOf(listPages, events, articles),
    skipped: input.skipped,
    report: buildReport(input, { topics: topics.length, sources: cat.sourceSlugs.size }),
    media: mediaOf(articles),
  };
}

/** The pictures the articles show, each once, in path order (a copy and its original share theirs). */
function mediaOf(articles: readonly ArchiveArticle[]): Archive['media'] {
  const byPath = new Map<string, string>();
  for (const a of articles) for (const i of a.images) if (!byPath.has(i.url)) byPath.set(i.url, i.file);
  return [...byPath].sort(([x], [y]) => (x < y ? -1 : 1)).map(([url, file]) => ({ path: url.slice(1), file }));
}
