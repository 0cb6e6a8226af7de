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

/** The topics of each event, by event id: people, then places, organisations and subjects, each A to Z. */
export function topicsByEvent(topics: Topic[]): Map<string, Topic[]> {
  const out = new Map<string, Topic[]>();
  for (const t of topics) for (const e of t.events) pushTo(out, e, t);
  for (const list of out.values()) list.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byString(a.label, b.label));
  return out;
}

/** The topics of each article, by article id: those of its event. */
export function topicsByArticle(articles: Article[], ofEvent: Map<string, Topic[]>): Map<string, Topic[]> {
  return new Map(articles.map((a) => [a.id, a.event ? (ofEvent.get(a.event) ?? []) : []]));
}
