/** Topics as the site shows them: their links, the topics of each event and article, and the topic pages. */
import type { Article, Topic, TopicKind, TopicLink } from '../model/types.ts';
import { byString, pushTo } from './order.ts';
import { topicUrl } from './urls.ts';

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

/** Where the topics are filed: under each event, and under each article (its event's topics). */
export interface FiledTopics {
  /** Links to each event's topics, by event id: people, then places, organisations and subjects, each A to Z. */
  linksOfEvent: Map<string, TopicLink[]>;
  /** Each article's topics, by article id, in the same order. */
  ofArticle: Map<string, Topic[]>;
}

/** Files the topics under their events and under the articles of those events. */
export function fileTopics(topics: Topic[], articles: Article[]): FiledTopics {
  const ofEvent = new Map<string, Topic[]>();
  for (const t of topics) for (const e of t.events) pushTo(ofEvent, e, t);
  for (const list of ofEvent.values()) list.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byString(a.label, b.label));
  const links = new Map(topics.map((t) => [t, topicLink(t)]));
  return {
    linksOfEvent: new Map([...ofEvent].map(([e, list]) => [e, list.map((t) => links.get(t)!)])),
    ofArticle: new Map(articles.map((a) => [a.id, a.event ? (ofEvent.get(a.event) ?? []) : []])),
  };
}
