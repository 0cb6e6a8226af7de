/**
 * The wiring of a build's analysis: the content folder loaded, analysed
 * (`src/analyse/`, its per-article steps through the executor of
 * `src/run/`), then laid out as the Archive the site is made from
 * (`src/present/`).
 */
import { analyse, type Analysis, type PreviousBuild } from './analyse/index.ts';
import { load, type LoadOptions, type LoadResult } from './load/index.ts';
import { diagnose } from './model/messages.ts';
import { DEFAULT_SITE } from './model/settings.ts';
import type { Archive, SiteSettings } from './model/types.ts';
import { bodyStep } from './output/body-step.ts';
import { group, type GroupInput } from './present/index.ts';
import { eventTexts, eventTextsByOwner, eventTextsStep } from './present/event-texts-step.ts';
import { createExecutor, type ResultStore } from './run/executor.ts';

export interface PipelineOptions extends LoadOptions {
  /** Site title, address and language (default: `DEFAULT_SITE`). */
  site?: Partial<SiteSettings>;
  /** The published site's ids and redirects, so that ids and URLs stay stable (default: none). */
  previous?: PreviousBuild;
  /** Told when each stage starts, for a progress display. */
  onStage?: (stage: string, detail?: string) => void;
  /** Told how far a per-article step has come: items computed of those not in the cache. */
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Store of per-article results (default: none, everything is computed). */
  cache?: ResultStore | null;
  /** Worker threads for the per-article steps (default: `0`, the main thread). */
  workers?: number;
  /** The loaded folder, when the caller has loaded it already (default: the folder is loaded). */
  loaded?: LoadResult;
}

export { DEFAULT_SITE };

/** Loads, analyses and lays out a content folder: its Archive. */
export async function runPipeline(contentDir: string, options: PipelineOptions = {}): Promise<Archive> {
  const site: SiteSettings = { ...DEFAULT_SITE, ...options.site };
  const stage = options.onStage ?? (() => {});
  if (!options.loaded) stage('load', contentDir);
  const loaded = options.loaded ?? (await load(contentDir, options));
  const run = createExecutor({
    cache: options.cache ?? null,
    workers: options.workers ?? 0,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const analysis = await analyse(loaded, run, {
    ...(options.previous ? { previous: options.previous } : {}),
    perArticle: bodyStep,
    onPhase: stage,
  });
  stage('group');
  // What event pages say of their reports' texts is kept in the store, so only changed events are read again.
  const texts = eventTexts(analysis.events, analysis.articles, analysis.contentKeys);
  const [found] = await run.map([eventTextsStep], texts);
  return present(analysis, eventTextsByOwner(texts, found), site);
}

/** The Archive of an analysis: its view model, with the report's diagnostics in file order. */
function present(analysis: Analysis<string>, texts: Pick<GroupInput, 'unique' | 'carrying'>, site: SiteSettings): Archive {
  const archive = group(
    {
      articles: analysis.articles,
      events: analysis.events,
      redirects: analysis.redirects,
      articleRedirects: analysis.articleRedirects,
      skipped: analysis.skipped,
      diagnostics: analysis.diagnostics,
      differences: analysis.differences,
      ...texts,
      renderedBodies: analysis.perArticle,
      contentKeys: analysis.contentKeys,
    },
    site,
  );
  for (const h of archive.report.heavyRemovals) {
    archive.report.diagnostics.push(diagnose('heavyRemoval', h.file, [h.percent]));
  }
  archive.report.diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return archive;
}
