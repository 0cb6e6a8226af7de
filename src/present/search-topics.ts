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
 * key gives the articles filed under it. A story's candidates and the share
 * of an event's stories that must name one are `findTopics`' own (a test
 * holds the two to the same articles).
 */
import type { AnalysedArticle } from '../model/types.ts';
import { byCodeUnits } from '../text/compare.ts';
import { nameSlug, sharedBy, storyCandidates } from './find-topics.ts';

/** A story's candidate topics as slugs (`storyCandidates`: names, tags, keywords), and the slugs of its tags alone. */
function storySlugs(a: AnalysedArticle): { slugs: Set<string>; tagged: Set<string> } {
  const offered = storyCandidates(a);
  const tagged = new Set(offered.tags.map(nameSlug));
  const slugs = new Set([...offered.names.map(([, n]) => nameSlug(n)), ...tagged, ...offered.keywords.map((k) => nameSlug(k.label))]);
  slugs.delete('');
  tagged.delete('');
  return { slugs, tagged };
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
    const candidates = stories.map(storySlugs);
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
