/** What the corpus analysis finds across articles: syndicated copies, events, and the topics they are filed under. */

/** The syndicated copies of an archive (found by the syndication pass): copy id → the id of its canonical article. */
export type Copies = ReadonlyMap<string, string>;

/** A real-world event and every report of it (found by the events pass). */
export interface Event {
  /** Stable id, also the URL slug: `/events/<id>/`. */
  id: string;
  /** The event's headline: the one its reports agree on most, or one made from a lead sentence. */
  title: string;
  /** The sentence that sums the event up, from one of its reports (`''` when none has one). */
  description: string;
  /** Article ids, by date then id; syndicated copies included. */
  articles: string[];
  /** First and last dated report, ISO dates; null when no report is dated. */
  start: string | null;
  end: string | null;
  /** Quotes that two or more reports share, most shared first. */
  sharedQuotes: string[];
  /** Ids of related events, most related first. */
  related: string[];
}

/** The kinds of topic an event can be filed under. */
export type TopicKind = 'person' | 'place' | 'organisation' | 'subject';

/** A person, place, organisation or subject, and the events filed under it. */
export interface Topic {
  /** `<kind>/<slug>`, unique. */
  id: string;
  kind: TopicKind;
  slug: string;
  label: string;
  /** Event ids, newest first. */
  events: string[];
}
