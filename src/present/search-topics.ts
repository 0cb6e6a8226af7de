/**
 * The topic keys of each article's search record: the slugs of the topics
 * the article would be filed under if the archive made them topics, decided
 * from the article's own story and its event's stories alone.
 *
 * Whether a name or keyword is a topic at all is decided over the whole
 * archive (`findTopics`: a subject is a keyword several events share), so
 * the topics of old articles move when new articles arrive. The search
 * index holds these keys instead, which move only with the article and its
 * event; the search page offers the archive's current topics from a list
 * written apart (`search/topics.json`), and filtering by a current topic's
 * key gives the articles filed under it. The rules mirror `findTopics`
 * (a test holds the two to the same articles).
 */
import type { AnalysedArticle } from '../model/types.ts';
import { nameTopicKey } from '../text/names.ts';
import { slugify } from '../text/slug.ts';
import { byCodeUnits } from '../text/compare.ts';
import { EVENT_TOPIC_SHARE } from './settings.ts';

/** The slug a name or keyword is filed under (`findTopics`' own rule). */
const topicSlug = (label: string): string => slugify(nameTopicKey(label));

/** A story's candidate topics: the slugs of its salient names, its tags and its keywords that are no word of a name it gives. */
function storyCandidates(a: AnalysedArticle): { slugs: Set<string>; tagged: Set<string> } {
  const salient = new Set(a.entities.salient);
  const slugs = new Set<string>();
  const tagged = new Set<string>();
  const names = [...a.entities.people, ...a.entities.places, ...a.entities.organisations];
  for (const n of names) if (salient.has(n)) slugs.add(topicSlug(n));
  for (const tag of a.tags) {
    slugs.add(topicSlug(tag));
    tagged.add(topicSlug(tag));
  }
  const nameWords = new Set(names.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  for (const k of a.keywords) if (!nameWords.has(k.toLowerCase())) slugs.add(topicSlug(k.charAt(0).toUpperCase() + k.slice(1)));
  slugs.delete('');
  tagged.delete('');
  return { slugs, tagged };
}

/** How many of an event's stories must name a topic for the event to be filed under it (`findTopics`' rule). */
function sharedBy(stories: number): number {
  return stories <= 2 ? stories : Math.max(2, Math.ceil(stories * EVENT_TOPIC_SHARE));
}

/**
 * Each article's topic keys, by article id, A to Z: the candidates of its
 * story that its event's stories share (or a story of the event tags); a
 * syndicated copy takes its original's, an article without an event none.
 */
export function searchTopicKeys(articles: readonly AnalysedArticle[]): Map<string, string[]> {
  const storiesOfEvent = new Map<string, AnalysedArticle[]>();
  for (const a of articles) {
    if (a.duplicateOf || !a.event) continue;
    const list = storiesOfEvent.get(a.event);
    if (list) list.push(a);
    else storiesOfEvent.set(a.event, [a]);
  }
  const ofStory = new Map<string, string[]>();
  for (const stories of storiesOfEvent.values()) {
    const candidates = stories.map(storyCandidates);
    const naming = new Map<string, number>();
    const taggedInEvent = new Set<string>();
    for (const c of candidates) {
      for (const s of c.slugs) naming.set(s, (naming.get(s) ?? 0) + 1);
      for (const s of c.tagged) taggedInEvent.add(s);
    }
    const need = sharedBy(stories.length);
    stories.forEach((story, i) => {
      const keys = [...candidates[i]!.slugs].filter((s) => naming.get(s)! >= need || taggedInEvent.has(s));
      ofStory.set(story.id, keys.sort(byCodeUnits));
    });
  }
  return new Map(articles.map((a) => [a.id, ofStory.get(a.duplicateOf ?? a.id) ?? []]));
}
