/** Topics as the site shows them: their links, the topics of each event and article, and the topic pages. */
import type { AnalysedArticle, ArchiveEvent, Link, ListItem, ListPage, Topic, TopicKind, TopicLink } from '../model/types.ts';
import type { FoundTopics } from './find-topics.ts';
import { eventItem } from './items.ts';
import { count } from './labels.ts';
import { pushTo } from './order.ts';
import { byCodeUnits } from '../text/compare.ts';
import { listPage, paginate, paginateFromOldest } from './paginate.ts';
import { TOPICS_ON_INDEX } from './settings.ts';
import { HOME, topicKindUrl, topicUrl } from './urls.ts';

/** A kind of topic, as one topic's page names it. */
export const KIND_LABEL: Record<TopicKind, string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  subject: 'Subject',
};
/** A kind of topic, as a list of them is headed. */
export const KIND_PLURAL: Record<TopicKind, string> = {
  person: 'People',
  place: 'Places',
  organisation: 'Organisations',
  subject: 'Subjects',
};
/** The order in which pages show the kinds of topic. */
export const KIND_ORDER: TopicKind[] = ['person', 'place', 'organisation', 'subject'];

/** The link to a topic's page. */
export function topicLink(t: Topic): TopicLink {
  return { url: topicUrl(t.kind, t.slug), title: t.label, kind: t.kind, kindLabel: KIND_LABEL[t.kind] };
}

/** Where the topics are filed: under each event, and under each article (the topics its own story names). */
export interface FiledTopics {
  /** Links to each event's topics, by event id: people, then places, organisations and subjects, each A to Z. */
  linksOfEvent: Map<string, TopicLink[]>;
  /** Links to each article's topics, by article id, in the same order. */
  linksOfArticle: Map<string, TopicLink[]>;
  /** Each article's topics, by article id, in the same order. */
  ofArticle: Map<string, Topic[]>;
}

/** Topics in the order pages show them: people, then places, organisations and subjects, each A to Z. */
const inPageOrder = (list: Topic[]): Topic[] =>
  [...list].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byCodeUnits(a.label, b.label));

/**
 * Files the topics under their events, and under each article the topics
 * its story names (a syndicated copy takes its original's).
 */
export function fileTopics(found: FoundTopics, articles: AnalysedArticle[]): FiledTopics {
  const ofEvent = new Map<string, Topic[]>();
  for (const t of found.topics) for (const e of t.events) pushTo(ofEvent, e, t);
  const links = new Map(found.topics.map((t) => [t, topicLink(t)]));
  const toLinks = (list: Topic[]) => list.map((t) => links.get(t)!);
  const ofArticle = new Map(articles.map((a) => [a.id, inPageOrder(found.ofStory.get(a.duplicateOf ?? a.id) ?? [])]));
  return {
    linksOfEvent: new Map([...ofEvent].map(([e, list]) => [e, toLinks(inPageOrder(list))])),
    linksOfArticle: new Map([...ofArticle].map(([a, list]) => [a, toLinks(list)])),
    ofArticle,
  };
}

/** The topics' index, in the breadcrumbs of the pages under it. */
const TOPICS: Link = { url: '/topics/', title: 'Topics' };

/** The topics' index, then the list of each kind of topic, then each topic's page. */
export function topicPages(topics: Topic[], eventPages: Map<string, ArchiveEvent>): ListPage[] {
  const byKind = new Map<TopicKind, Topic[]>();
  for (const t of topics) pushTo(byKind, t.kind, t);
  const kinds = KIND_ORDER.filter((k) => byKind.has(k));
  return [
    topicsIndex(kinds, byKind),
    ...kinds.flatMap((k) => kindPages(k, byKind.get(k)!)),
    ...topics.flatMap((t) => topicPage(t, eventPages)),
  ];
}

/** A topic as a row: its name and how many events it has. */
function topicItem(t: Topic): ListItem {
  return { url: topicUrl(t.kind, t.slug), title: t.label, language: null, dateLabel: '', date: null, meta: count(t.events.length, 'event'), description: '' };
}

/** The topics' index: the most covered topics of each kind, and a link to each kind's full list. */
function topicsIndex(kinds: TopicKind[], byKind: Map<TopicKind, Topic[]>): ListPage {
  return listPage({
    url: TOPICS.url,
    kind: 'topics',
    title: 'Topics',
    heading: 'Topics',
    intro: 'People, places, organisations and subjects, each with its events over time.',
    breadcrumbs: [HOME],
    sections: kinds.map((k) => {
      const all = byKind.get(k)!;
      const head = [...all].sort((a, b) => b.events.length - a.events.length || byCodeUnits(a.label, b.label)).slice(0, TOPICS_ON_INDEX);
      const plural = KIND_PLURAL[k].toLowerCase();
      return {
        heading: KIND_PLURAL[k],
        items: head.map(topicItem),
        more: all.length > head.length ? { url: topicKindUrl(k), title: `All ${count(all.length, plural, plural)}` } : null,
        compact: true,
      };
    }),
    children: kinds.map((k) => ({ url: topicKindUrl(k), title: `${KIND_PLURAL[k]} (${byKind.get(k)!.length})` })),
    childrenHeading: 'Kinds of topic',
    empty: 'No topics yet: a person, place or organisation becomes a topic when two stories are about it.',
  });
}

/** Every topic of a kind, A to Z. */
function kindPages(kind: TopicKind, topics: Topic[]): ListPage[] {
  const all = [...topics].sort((a, b) => byCodeUnits(a.label.toLowerCase(), b.label.toLowerCase()) || byCodeUnits(a.id, b.id));
  return paginate(
    {
      url: topicKindUrl(kind),
      kind: 'topics',
      title: KIND_PLURAL[kind],
      heading: KIND_PLURAL[kind],
      intro: `${count(all.length, KIND_LABEL[kind].toLowerCase(), KIND_PLURAL[kind].toLowerCase())} in the archive, A to Z.`,
      breadcrumbs: [HOME, TOPICS],
    },
    KIND_PLURAL[kind],
    all.map(topicItem),
    true,
  );
}

/** A topic's events, newest first, with its feed. */
function topicPage(t: Topic, eventPages: Map<string, ArchiveEvent>): ListPage[] {
  const url = topicUrl(t.kind, t.slug);
  const events = t.events.map((id) => eventPages.get(id)).filter((e): e is ArchiveEvent => !!e);
  const reports = events.reduce((n, e) => n + e.reportCount, 0);
  return paginateFromOldest(
    {
      url,
      kind: 'topic',
      title: `${t.label} (${KIND_LABEL[t.kind].toLowerCase()})`,
      heading: t.label,
      intro: `${KIND_LABEL[t.kind]} · ${count(events.length, 'event')} and ${count(reports, 'report')}, newest first.`,
      breadcrumbs: [HOME, TOPICS, { url: topicKindUrl(t.kind), title: KIND_PLURAL[t.kind] }],
      feed: { atom: `${url}feed.xml`, json: `${url}feed.json` },
    },
    'Events',
    events.map(eventItem),
  );
}
