/**
 * The analysis, as the diagram of docs/design.md reads:
 *
 *   per file      parse → fingerprint            (one step, through `run`)
 *   corpus        copies → furniture facts
 *   per article   furniture decisions             (a step, through `run`)
 *   corpus        confirm copies
 *   per article   enrich                          (a step, through `run`)
 *   corpus        keywords → events
 *
 * Pure: no I/O, no cache, no threads. The per-article steps go through the
 * executor it is given, which decides where each result comes from; the
 * topics and every page are the view model's (`src/present/`).
 */
import { applyFurniture, furnitureItems } from './corpus/boilerplate/index.ts';
import { clusterEvents, type Redirect as EventRedirect } from './corpus/events/index.ts';
import { copiesOf, findSyndication } from './corpus/syndication/index.ts';
import type { AnalysedArticle, Copies, Diagnostic, EnrichedArticle, Event, Skipped, SourceFile } from '../model/types.ts';
import { byCodeUnits } from '../text/compare.ts';
import type { Executor, Step } from './executor.ts';
import { movedArticles, type ArticleRedirect } from './moved.ts';
import { furnitureStep } from './steps/furniture.ts';
import { contentKey, enrichedArchive, enrichStep, type CleanArticle } from './steps/enrich.ts';
import { parsedArchive, parseStep } from './steps/parse.ts';

export type { AnyStep, Executor, Intern, ResultsOf, Step } from './executor.ts';
export { digest } from './executor.ts';
export type { CleanArticle } from './steps/enrich.ts';
export { movedArticles, type ArticleRedirect } from './moved.ts';

/** What the analysis keeps of the published site, so that ids and addresses stay stable across builds. */
export interface PreviousBuild {
  /** Article id → event id. */
  events: ReadonlyMap<string, string>;
  /** Old event id → event id. */
  redirects: readonly EventRedirect[];
  /** File → article id. */
  ids: ReadonlyMap<string, string>;
  /** Old article id → article id. */
  articleRedirects: readonly ArticleRedirect[];
}

/** The content folder as loading found it. */
export interface AnalysisInput {
  /** Readable article files, sorted by path. Emptied by `analyse`: their texts are not needed after parsing. */
  files: SourceFile[];
  /** Files loading could not read as articles. */
  skipped: Skipped[];
  diagnostics: Diagnostic[];
}

/** Options of `analyse`. */
export interface AnalyseOptions<R> {
  /** The published site's ids and redirects (default: none; every id is given afresh). */
  previous?: PreviousBuild;
  /**
   * A step of the caller's to run on each clean article in the enrich pass,
   * so that an article crosses to a worker thread once (the body HTML;
   * default: none). Its results are `Analysis.perArticle`.
   */
  perArticle?: Step<CleanArticle, R, unknown>;
  /** Told when each phase starts, for a progress display (default: not told). */
  onPhase?: (phase: string, detail?: string) => void;
}

/** What the analysis decided about an archive: the input of the view model. */
export interface Analysis<R> {
  /** Articles with their clean blocks, copies, entities, keywords, dates and events, by file path. */
  articles: AnalysedArticle[];
  events: Event[];
  /** Old event ids and the events that now hold their reports. */
  redirects: EventRedirect[];
  /** Old article ids (a title edited) and the ids the articles have now. */
  articleRedirects: ArticleRedirect[];
  /** Files that are not in the archive, with the reason, by path. */
  skipped: Skipped[];
  diagnostics: Diagnostic[];
  /** What each syndicated copy adds to or drops from its canonical, by copy id. */
  differences: Map<string, { added: string[]; dropped: string[] }>;
  /** The digest of each article's clean content (`contentKey`), by article id. */
  contentKeys: Map<string, string>;
  /** The result of `options.perArticle` for each article, by article id. */
  perArticle: Map<string, R>;
}

/** Each article with what the corpus passes decided about it: its canonical when it is a syndicated copy, and its event. */
export function analysedArticles(articles: readonly EnrichedArticle[], copies: Copies, eventOf: ReadonlyMap<string, string>): AnalysedArticle[] {
  return articles.map((a) => ({ ...a, duplicateOf: copies.get(a.id) ?? null, event: eventOf.get(a.id) ?? null }));
}

/** The analysis of an archive: the pipeline of docs/design.md from the loaded files to the events. */
export async function analyse<R = never>(input: AnalysisInput, run: Executor, options: AnalyseOptions<R> = {}): Promise<Analysis<R>> {
  const phase = options.onPhase ?? (() => {});
  const { previous } = options;

  phase('parse', `${input.files.length} files`);
  const [files] = await run.map([parseStep], input.files);
  input.files.length = 0; // the texts are not needed again
  const { parsed, fingerprints } = parsedArchive(files, previous?.ids);
  files.length = 0;
  const articleRedirects = movedArticles(parsed.articles, previous?.ids, previous?.articleRedirects);

  phase('syndication', `${parsed.articles.length} articles`);
  const grouped = findSyndication(parsed.articles, fingerprints);

  phase('boilerplate');
  // Copies are grouped before the furniture is counted, so a story an outlet ran twice is not taken for its furniture.
  // Each article is decided from its own corpus facts: one whose text and facts did not change keeps its decisions.
  const furniture = furnitureItems(parsed.articles, grouped);
  const [decided] = await run.map([furnitureStep], furniture.items);
  furniture.items.length = 0;
  const cleaned = applyFurniture(parsed.articles, decided);
  const confirmed = findSyndication(cleaned, fingerprints, { outletOf: furniture.outletGuesses });
  const copies = copiesOf(confirmed);
  const differences = new Map([...confirmed.copies].map(([id, d]) => [id, { added: d.added, dropped: d.dropped }]));
  // Held no longer than needed: the fingerprints, the furniture decisions and the articles before the furniture was removed.
  fingerprints.byId.clear();
  decided.length = 0;
  parsed.articles.length = 0;

  phase('enrich');
  const clean: CleanArticle[] = cleaned.map((article) => ({ article, key: contentKey(article) }));
  cleaned.length = 0;
  const [enrichments, extra] = options.perArticle ? await run.map([enrichStep, options.perArticle], clean) : [...(await run.map([enrichStep], clean)), []];
  const enriched = enrichedArchive(
    clean.map((c) => c.article),
    enrichments,
  );
  const contentKeys = new Map(clean.map((c) => [c.article.id, c.key]));
  const perArticle = new Map(extra.map((r, i) => [clean[i]!.article.id, r]));
  clean.length = 0;
  // Every per-article step has run: the blocks' syntax trees, a copy of their text, are not needed again.
  for (const a of enriched.articles) for (const b of a.blocks) delete b.node;

  phase('events');
  const events = clusterEvents(enriched.articles, copies, {
    bases: enriched.profiles,
    ...(previous ? { previous: previous.events, previousRedirects: previous.redirects } : {}),
  });

  return {
    articles: analysedArticles(events.articles, copies, events.eventOf),
    events: events.events,
    redirects: events.redirects,
    articleRedirects,
    skipped: [...input.skipped, ...parsed.skipped].sort((a, b) => byCodeUnits(a.file, b.file)),
    diagnostics: [...input.diagnostics, ...parsed.diagnostics],
    differences,
    contentKeys,
    perArticle,
  };
}
