/**
 * archive.json: the complete machine-readable export. Other programs read it,
 * so it changes only by adding fields (see docs/design.md, "The public contract").
 */
import type { Archive } from '../model/types.ts';

export interface ArchiveJson {
  articles: {
    id: string;
    file: string;
    url: string;
    title: string;
    date: string | null;
    dateSource: string;
    source: string | null;
    sourceUrl: string | null;
    event: string | null;
    duplicateOf: string | null;
    topics: string[];
    text: string;
    removed: { text: string; reason: string; rule: string }[];
    /** Added to the contract: the words a date was read from, where the outlet came from, author, language. */
    dateText: string | null;
    sourceOrigin: string;
    author: string | null;
    lang: string;
  }[];
  events: {
    id: string;
    url: string;
    title: string;
    articles: string[];
    start: string | null;
    end: string | null;
    /** Added to the contract: the sentence that sums the event up (`''` when none), quotes several reports share, ids of related events. */
    description: string;
    sharedQuotes: string[];
    related: string[];
  }[];
  topics: { id: string; url: string; label: string; kind: string; events: string[] }[];
  skipped: { file: string; reason: string }[];
  /**
   * Added to the contract: event ids no longer used and the event each now
   * leads to (a redirect page at `/events/<from>/`). The next build keeps them.
   */
  redirects: { from: string; to: string }[];
  /**
   * Added to the contract: article ids no longer used (a title edited) and
   * the article's id now (a redirect page at `/articles/<from>/`). The next
   * build keeps them.
   */
  articleRedirects: { from: string; to: string }[];
}

/** The redirects of one kind of page (`/events/…/`, `/articles/…/`), as ids. */
function redirectsUnder(archive: Archive, kind: 'events' | 'articles'): { from: string; to: string }[] {
  return archive.redirects
    .filter((r) => r.url.startsWith(`/${kind}/`))
    .map((r) => ({ from: r.url.split('/')[2]!, to: r.to.url.split('/')[2]! }));
}

/** The export of an Archive, in the contract's field order. */
export function toArchiveJson(archive: Archive): ArchiveJson {
  const topicIdByUrl = new Map(archive.topics.map((t) => [`/topics/${t.kind}/${t.slug}/`, t.id]));
  return {
    articles: archive.articles.map((a) => ({
      id: a.id,
      file: a.file,
      url: a.url,
      title: a.title,
      date: a.date,
      dateSource: a.dateSource,
      source: a.source,
      sourceUrl: a.sourceUrl,
      event: a.event ? a.event.url.split('/')[2]! : null,
      duplicateOf: a.duplicateOf ? a.duplicateOf.id : null,
      topics: a.topics.map((t) => topicIdByUrl.get(t.url)!).filter(Boolean),
      text: a.text,
      removed: a.removed.map((r) => ({ text: r.text, reason: r.reason, rule: r.ruleId })),
      dateText: a.dateText,
      sourceOrigin: a.sourceOrigin,
      author: a.author,
      lang: a.lang,
    })),
    events: archive.events.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      articles: e.articleIds,
      start: e.start,
      end: e.end,
      description: e.description,
      sharedQuotes: e.sharedQuotes,
      related: e.related.map((r) => r.url.split('/')[2]!),
    })),
    topics: archive.topics.map((t) => ({
      id: t.id,
      url: `/topics/${t.kind}/${t.slug}/`,
      label: t.label,
      kind: t.kind,
      events: t.events,
    })),
    skipped: archive.skipped.map((s) => ({ file: s.file, reason: s.reason })),
    redirects: redirectsUnder(archive, 'events'),
    articleRedirects: redirectsUnder(archive, 'articles'),
  };
}
