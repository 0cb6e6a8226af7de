/** Finds the archive's topics: the people, places and organisations its stories name, and its subjects. */
import type { Article, Event, Topic, TopicKind } from '../model/types.ts';
import { nameTopicKey } from '../text/names.ts';
import { slugify } from '../text/slug.ts';
import { newestFirst } from './order.ts';
import { byCodeUnits } from '../text/compare.ts';
import { MIN_SUBJECT_EVENTS, MIN_TOPIC_ARTICLES } from './settings.ts';

/** A topic as it is being found: every label it was written with, and the stories that name it. */
interface Candidate {
  kind: TopicKind;
  label: string;
  events: Set<string>;
  labels: Map<string, number>;
  articles: Set<string>;
  tagged: boolean;
}

/**
 * Topics, sorted by id (`<kind>/<slug>`): people, places and organisations
 * named by enough stories, every tag, and every keyword salient in enough
 * events. Each topic's events are newest first; its label is the spelling
 * used most often.
 */
export function findTopics(articles: Article[], events: Event[]): Topic[] {
  const found = new Map<string, Candidate>();
  const add = (kind: TopicKind, label: string, event: string, article: string, tagged = false) => {
    const slug = slugify(kind === 'subject' ? label : nameTopicKey(label));
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
    const event = a.event;
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
  return kept(found, events);
}

/** The candidates that make a topic, with their most used label and their events newest first. */
function kept(found: Map<string, Candidate>, events: Event[]): Topic[] {
  const eventDate = new Map(events.map((e) => [e.id, e.end ?? e.start]));
  const byDate = (a: string, b: string) => newestFirst({ date: eventDate.get(a) ?? null, id: a }, { date: eventDate.get(b) ?? null, id: b });
  const topics: Topic[] = [];
  for (const [id, t] of found) {
    if (!t.tagged && t.articles.size < MIN_TOPIC_ARTICLES) continue;
    const label = [...t.labels].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))[0]![0];
    topics.push({ id, kind: t.kind, slug: id.slice(t.kind.length + 1), label, events: [...t.events].sort(byDate) });
  }
  return topics.sort((a, b) => byCodeUnits(a.id, b.id));
}
