/** Finds the archive's topics: the people, places and organisations its stories name, and its subjects. */
import type { AnalysedArticle, Event, Topic, TopicKind } from '../model/types.ts';
import { nameTopicKey } from '../text/names.ts';
import { slugify } from '../text/slug.ts';
import { newestFirst } from './order.ts';
import { byCodeUnits } from '../text/compare.ts';
import { EVENT_TOPIC_SHARE, MIN_SUBJECT_EVENTS, MIN_TOPIC_ARTICLES } from './settings.ts';

/** A topic as it is being found: every label and kind it was written with, and the stories that name it. */
interface Candidate {
  /** Votes for each kind: how many stories name it as a person, place, organisation or subject. */
  kinds: Map<TopicKind, number>;
  labels: Map<string, number>;
  /** Story ids (a syndicated copy counts as its original) that name it. */
  stories: Set<string>;
  /** The stories whose front matter tags it. */
  taggedBy: Set<string>;
}

/** The archive's topics, and the topics each story names. */
export interface FoundTopics {
  /** Sorted by id (`<kind>/<slug>`). */
  topics: Topic[];
  /** The topics a story (an original's id) names in its own headline, text or tags, by id. */
  ofStory: Map<string, Topic[]>;
}

/**
 * The slug a name is filed under, whatever kind it is written as: one for
 * "Taiwan" the place and "Taiwan" the tag, so the two make one topic.
 */
export const nameSlug = (label: string): string => slugify(nameTopicKey(label));

/** What a story itself offers as topics: its salient names by kind, its tags, and its keywords that are no word of a name it gives, as subject labels. */
export interface StoryCandidates {
  names: [TopicKind, string][];
  tags: readonly string[];
  keywords: { keyword: string; label: string }[];
}

export function storyCandidates(a: AnalysedArticle): StoryCandidates {
  // A name given once in passing is no topic of the story (`Entities.salient`).
  const salient = new Set(a.entities.salient);
  const names: [TopicKind, string][] = [
    ...a.entities.people.map((n): [TopicKind, string] => ['person', n]),
    ...a.entities.places.map((n): [TopicKind, string] => ['place', n]),
    ...a.entities.organisations.map((n): [TopicKind, string] => ['organisation', n]),
  ];
  // A keyword that is a word of a name the story gives is that name's topic, not a subject.
  const nameWords = new Set(names.flatMap(([, n]) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  return {
    names: names.filter(([, n]) => salient.has(n)),
    tags: a.tags,
    keywords: a.keywords.filter((k) => !nameWords.has(k.toLowerCase())).map((k) => ({ keyword: k, label: k.charAt(0).toUpperCase() + k.slice(1) })),
  };
}

/** Every candidate topic of the archive, keyed by slug, with the stories that name each one. */
function candidates(articles: readonly AnalysedArticle[]): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  const add = (kind: TopicKind, label: string, story: string, tagged = false) => {
    const slug = nameSlug(label);
    if (!slug) return;
    const c = found.get(slug) ?? { kinds: new Map<TopicKind, number>(), labels: new Map<string, number>(), stories: new Set<string>(), taggedBy: new Set<string>() };
    found.set(slug, c);
    c.kinds.set(kind, (c.kinds.get(kind) ?? 0) + 1);
    c.stories.add(story);
    if (tagged) c.taggedBy.add(story);
    c.labels.set(label, (c.labels.get(label) ?? 0) + 1);
  };
  const keywordStories = new Map<string, { label: string; stories: Set<string>; events: Set<string> }>();
  for (const a of articles) {
    // A syndicated copy says nothing its original does not: it counts as its original.
    if (a.duplicateOf) continue;
    const offered = storyCandidates(a);
    for (const [kind, name] of offered.names) add(kind, name, a.id);
    for (const tag of offered.tags) add('subject', tag, a.id, true);
    for (const { keyword, label } of offered.keywords) {
      const s = keywordStories.get(keyword) ?? { label, stories: new Set<string>(), events: new Set<string>() };
      s.stories.add(a.id);
      if (a.event) s.events.add(a.event);
      keywordStories.set(keyword, s);
    }
  }
  for (const [k, { label, stories, events }] of keywordStories) {
    // A subject the archive follows is one several events are about; a name of that spelling is the name's topic.
    if (events.size < MIN_SUBJECT_EVENTS && !found.has(nameSlug(k))) continue;
    for (const s of stories) add('subject', label, s);
  }
  return found;
}

/** A topic's kind: the kind of name most stories give it, a subject only when no story names it as a person, place or organisation. */
function kindOf(c: Candidate): TopicKind {
  const names = (['person', 'place', 'organisation'] as const).filter((k) => c.kinds.has(k));
  if (names.length === 0) return 'subject';
  return names.reduce((best, k) => ((c.kinds.get(k) ?? 0) > (c.kinds.get(best) ?? 0) ? k : best));
}

/** How many of an event's stories must name a topic for the event to be filed under it: all of one or two, else the share. */
export function sharedBy(stories: number): number {
  return stories <= 2 ? stories : Math.max(2, Math.ceil(stories * EVENT_TOPIC_SHARE));
}

/**
 * Topics: people, places and organisations that enough stories are about
 * (the salient names of each), every tag, and every keyword salient in
 * enough events; one topic per name, whatever kind each story gives it. An
 * event is filed under a topic that its reports share (`sharedBy`); a
 * story's topics are the ones it names itself and its event is filed under
 * (a tag files its story's event, shared or not). Each topic's events are
 * newest first; its label is the spelling used most often.
 */
export function findTopics(articles: AnalysedArticle[], events: Event[]): FoundTopics {
  const found = candidates(articles);
  const storyEvent = new Map<string, string>();
  const eventStories = new Map<string, number>();
  for (const a of articles) {
    if (a.duplicateOf || !a.event) continue;
    storyEvent.set(a.id, a.event);
    eventStories.set(a.event, (eventStories.get(a.event) ?? 0) + 1);
  }
  const eventDate = new Map(events.map((e) => [e.id, e.end ?? e.start]));
  const byDate = (a: string, b: string) => newestFirst({ date: eventDate.get(a) ?? null, id: a }, { date: eventDate.get(b) ?? null, id: b });
  const topics: Topic[] = [];
  const ofStory = new Map<string, Topic[]>();
  for (const [slug, c] of found) {
    if (c.taggedBy.size === 0 && c.stories.size < MIN_TOPIC_ARTICLES) continue;
    const namedIn = new Map<string, string[]>();
    for (const s of c.stories) {
      const e = storyEvent.get(s);
      if (e) namedIn.set(e, [...(namedIn.get(e) ?? []), s]);
    }
    // A tag is the archivist's own filing: the event of a tagged story is filed under it.
    const shared = [...namedIn].filter(([e, stories]) => stories.length >= sharedBy(eventStories.get(e) ?? 1) || stories.some((s) => c.taggedBy.has(s)));
    if (shared.length === 0) continue;
    const kind = kindOf(c);
    const label = [...c.labels].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))[0]![0];
    const topic: Topic = { id: `${kind}/${slug}`, kind, slug, label, events: shared.map(([e]) => e).sort(byDate) };
    topics.push(topic);
    for (const [, stories] of shared) for (const s of stories) ofStory.set(s, [...(ofStory.get(s) ?? []), topic]);
  }
  return { topics: topics.sort((a, b) => byCodeUnits(a.id, b.id)), ofStory };
}
