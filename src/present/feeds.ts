/** The archive's feed and one feed per topic (Atom and JSON Feed are written from the same entries). */
import { createHash } from 'node:crypto';
import type { ArchiveArticle, ArchiveEvent, Feed, FeedEntry, SiteSettings, Topic } from '../model/types.ts';
import { slugify } from '../text/slug.ts';
import { newestFirst } from './order.ts';
import { FEED_ENTRIES, TOPIC_FEED_ENTRIES } from './settings.ts';
import { absoluteUrls, topicUrl } from './urls.ts';

/** What a feed entry is made from. */
export type FeedArticle = Pick<ArchiveArticle, 'id' | 'url' | 'title' | 'date' | 'source' | 'lang' | 'description' | 'tags' | 'duplicateOf'>;

/** What the feeds are made from. */
export interface FeedsInput {
  articles: FeedArticle[];
  topics: Topic[];
  /** The topics of each article (the ones its own story names), by article id, in the order its page shows them. */
  topicsOfArticle: Map<string, Topic[]>;
  /** The ids of each event's articles, by event id. */
  eventById: Map<string, Pick<ArchiveEvent, 'articleIds'>>;
}

/**
 * The archive's feed (its newest dated originals) first, then one per topic
 * (its newest dated originals). Entries carry the article's summary and
 * link to its page, not its body: one very long article would otherwise
 * make every feed that holds it as long. Syndicated copies are left out: a
 * reader would see each story twice.
 */
export function buildFeeds(input: FeedsInput, site: SiteSettings): Feed[] {
  const guid = guidFor(site);
  const categories = categoriesFor(input.topicsOfArticle);
  const entry = (a: FeedArticle): FeedEntry => ({
    id: a.id,
    guid: guid(a.url),
    url: a.url,
    title: a.title,
    date: a.date!,
    source: a.source,
    lang: a.lang,
    description: a.description,
    tags: categories(a),
  });
  const dated = input.articles.filter((a) => a.date && !a.duplicateOf).sort(newestFirst);
  const byId = new Map(dated.map((a) => [a.id, a]));
  const feeds: Feed[] = [
    {
      atom: '/feed.xml',
      json: '/feed.json',
      guid: guid('/'),
      title: site.title,
      home: '/',
      updated: dated[0]?.date ?? null,
      entries: dated.slice(0, FEED_ENTRIES).map(entry),
    },
  ];
  for (const t of input.topics) {
    const url = topicUrl(t.kind, t.slug);
    const own = [...new Set(t.events.flatMap((e) => input.eventById.get(e)?.articleIds ?? []))]
      .map((id) => byId.get(id))
      .filter((a): a is FeedArticle => !!a)
      .sort(newestFirst);
    feeds.push({
      atom: `${url}feed.xml`,
      json: `${url}feed.json`,
      guid: guid(url),
      title: `${t.label} · ${site.title}`,
      home: url,
      updated: own[0]?.date ?? null,
      entries: own.slice(0, TOPIC_FEED_ENTRIES).map(entry),
    });
  }
  return feeds;
}

/**
 * An entry's categories: the people, places and organisations it names,
 * and the subjects that are the article's own tags. Subjects taken from
 * keywords come and go as the archive grows; with them, every feed holding
 * the article would change. An article is in many topic feeds, so its
 * categories are worked out once.
 */
function categoriesFor(topicsOfArticle: Map<string, Topic[]>): (a: FeedArticle) => string[] {
  const memo = new Map<string, string[]>();
  return (a) => {
    let c = memo.get(a.id);
    if (!c) {
      const tagSlugs = new Set(a.tags.map((tag) => slugify(tag)));
      c = (topicsOfArticle.get(a.id) ?? []).filter((t) => t.kind !== 'subject' || tagSlugs.has(t.slug)).map((t) => t.label);
      memo.set(a.id, c);
    }
    return c;
  };
}

/** A path's permanent identifier: its absolute address, else a name-based UUID. */
function guidFor(site: SiteSettings): (path: string) => string {
  const absolute = absoluteUrls(site);
  return (path) => absolute(path) ?? urnFor(site, path);
}

/**
 * A permanent identifier for a path of a site that has no address of its
 * own: a name-based UUID (version 5 layout, SHA-1 of the site title and the
 * path), so feed readers see the same entry as the same entry on every build.
 */
function urnFor(site: SiteSettings, path: string): string {
  const h = createHash('sha1').update(`dateline\u0000${site.title}\u0000${path}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
