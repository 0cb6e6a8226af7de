/**
 * What an event page says of its reports' texts, as a step of the executor:
 * what each report says that the others do not (`uniqueLines`) and which
 * reports carry each shared quote (`carryingReports`). Both are functions of
 * the reports' clean texts and order alone, so a rebuild reads them from the
 * analysis store for every event whose reports did not change, and a full
 * build computes them on the worker threads.
 */
import { digest, type Step } from '../analyse/index.ts';
import type { AnalysedArticle, Event } from '../model/types.ts';
import { createStemmer, type Stemmer } from '../text/stem.ts';
import { originalReports } from './events.ts';
import { oldestFirst } from './order.ts';
import { carryingReports } from './quotes.ts';
import { uniqueLines } from './unique.ts';

/** An event's reports, as the step reads them. */
export interface EventTexts {
  /** The event's id. */
  id: string;
  /** Digest of the quotes and of the reports' ids and clean contents (`contentKey`), in their order. */
  key: string;
  /** The event's original reports, oldest first, as its page lists them. */
  originals: AnalysedArticle[];
  /** Its reports, syndicated copies included, oldest first. */
  members: AnalysedArticle[];
  /** Its shared quotes. */
  quotes: string[];
}

/** What the step finds in an event's texts. */
export interface EventTextFindings {
  /** The unique lines of each original report, in the order of `EventTexts.originals`. */
  unique: string[][];
  /** The ids of the reports carrying each quote, in the order of `EventTexts.quotes`. */
  carrying: string[][];
}

export const eventTextsStep: Step<EventTexts, EventTextFindings, Stemmer> = {
  name: 'event-texts',
  module: import.meta.url,
  key: (e) => e.key,
  tools: () => createStemmer(),
  fileOf: (e) => e.members[0]?.file ?? '',
  run: (e, stemmer) => ({ unique: uniqueLines(e.originals, stemmer), carrying: carryingReports(e.quotes, e.members) }),
  encode: (found) => found,
  decode: (data) => data as EventTextFindings,
};

/**
 * The events that have unique lines or quote carriers to find (two original
 * reports or more, or a shared quote), as items of `eventTextsStep`.
 *
 * @param contentKeys The digest of each article's clean content, by id: every report of an event has one.
 */
export function eventTexts(events: readonly Event[], articles: readonly AnalysedArticle[], contentKeys: ReadonlyMap<string, string>): EventTexts[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const keyOf = (a: AnalysedArticle) => {
    const key = contentKeys.get(a.id);
    if (key === undefined) throw new Error(`No content key for article ${a.id}.`);
    return `${a.id}\u0000${key}`;
  };
  const items: EventTexts[] = [];
  for (const e of events) {
    const members = e.articles.map((id) => byId.get(id)).filter((m): m is AnalysedArticle => !!m).sort(oldestFirst);
    const originals = originalReports(e, members);
    if (originals.length < 2 && e.sharedQuotes.length === 0) continue;
    const key = digest('event-texts', JSON.stringify(e.sharedQuotes), ...originals.map(keyOf), '', ...members.map(keyOf));
    items.push({ id: e.id, key, originals, members, quotes: e.sharedQuotes });
  }
  return items;
}

/** The step's results as the view model takes them: each report's unique lines by article id, and each event's quote carriers by event id. */
export function eventTextsByOwner(items: readonly EventTexts[], found: readonly EventTextFindings[]): { unique: Map<string, string[]>; carrying: Map<string, string[][]> } {
  const unique = new Map<string, string[]>();
  const carrying = new Map<string, string[][]>();
  items.forEach((e, i) => {
    e.originals.forEach((r, j) => unique.set(r.id, found[i]!.unique[j] ?? []));
    carrying.set(e.id, found[i]!.carrying);
  });
  return { unique, carrying };
}
