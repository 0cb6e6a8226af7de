/** What the view model is made from: the analysed archive. */
import type { AnalysedArticle, Diagnostic, Event, Skipped } from '../model/types.ts';

/** The analysed archive: its articles and events, and what the analysis found about them. */
export interface GroupInput {
  articles: AnalysedArticle[];
  events: Event[];
  /** Old event ids and the events that now hold their reports. */
  redirects: { from: string; to: string }[];
  /** Old article ids (a title edited) and the ids the articles have now (default: none). */
  articleRedirects?: { from: string; to: string }[];
  skipped: Skipped[];
  diagnostics: Diagnostic[];
  /** What each syndicated copy adds to or drops from its canonical, by copy id. */
  differences?: Map<string, { added: string[]; dropped: string[] }>;
  /** What each report says that the other reports of its event do not, by article id (default: computed when the events are laid out). */
  unique?: Map<string, string[]>;
  /** The ids of the reports carrying each of an event's shared quotes, by event id (default: computed when the events are laid out). */
  carrying?: Map<string, string[][]>;
  /** Body HTML already rendered (by enrich, or from the cache), by article id; an article without one is rendered here. */
  renderedBodies: Map<string, string>;
  /** Digest of each article's kept blocks (see `ArchiveArticle.contentKey`), by article id. */
  contentKeys?: Map<string, string>;
}
