/**
 * The pipeline of DESIGN.md, stage by stage:
 *
 *   1 load → 2 parse → 3 fingerprint → 4 syndication → 5 boilerplate
 *   → 6 enrich → 7 events → 8 group
 *
 * Only stage 1 touches the disk. Every stage is a function of its input.
 * The per-article stages (2, 3, 6 and the body HTML) go through
 * `src/run/stages.ts`: unchanged articles come from the cache, the others
 * are computed on worker threads when there are enough of them.
 */
import { stripBoilerplate } from './analyse/corpus/boilerplate/index.ts';
import { ArticlePool, enrichArticles, parseFiles, type ArticleWork } from './run/stages.ts';
import type { CacheStore } from './run/cache.ts';
import { clusterEvents, type Redirect as EventRedirect } from './analyse/corpus/events/index.ts';
import { group } from './present/index.ts';
import { load, type LoadOptions, type LoadResult } from './load/index.ts';
import { diagnose } from './model/messages.ts';
import { findSyndication } from './analyse/corpus/syndication/index.ts';
import type { Archive, Article, SiteSettings } from './model/types.ts';

export interface PipelineOptions extends LoadOptions {
  /** Site title, address and language. */
  site?: Partial<SiteSettings>;
  /** Article id → event id from the previous build, so event ids stay stable. */
  previousEvents?: Map<string, string>;
  /** Redirects of the previous build (old event id → event id), kept so that old URLs keep leading somewhere. */
  previousRedirects?: readonly EventRedirect[];
  /** File → article id of the previous build, so an article keeps its URL when a new one takes its slug. */
  previousIds?: ReadonlyMap<string, string>;
  /** Article redirects of the previous build (old article id → article id), kept while their article is there. */
  previousArticleRedirects?: readonly { from: string; to: string }[];
  /** Told when each stage starts, for a progress display. */
  onStage?: (stage: string, detail?: string) => void;
  /** Told how far a per-article stage has come: articles computed of those not in the cache. */
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Cache of per-article results (default: none, everything is computed). */
  cache?: CacheStore | null;
  /** Worker threads for the per-article stages (default: `0`, the main thread). */
  workers?: number;
  /** Stage 1's result, when the caller has loaded the folder already (default: the folder is loaded). */
  loaded?: LoadResult;
}

/** Defaults of the site settings. */
export const DEFAULT_SITE: SiteSettings = {
  title: 'Dateline',
  description: 'A news archive: every report of an event on one page, filed by topic, outlet and date.',
  url: null,
  lang: 'en',
};

/** Runs stages 1 to 8 over a content folder and returns the Archive. */
export async function runPipeline(contentDir: string, options: PipelineOptions = {}): Promise<Archive> {
  const site: SiteSettings = { ...DEFAULT_SITE, ...options.site };

  const workers = options.workers ?? 0;
  // One pool for stages 2, 3 and 6: its threads start once, when there is enough work for them.
  const pool = new ArticlePool(workers);
  const work: ArticleWork = { cache: options.cache ?? null, workers, pool, ...(options.onProgress ? { progress: options.onProgress } : {}) };
  try {
    return await runStages(contentDir, options, site, work);
  } finally {
    await pool.done();
  }
}

/**
 * Articles whose id changed since the published site (their title was
 * edited, so their slug did): the old id and the new one, and the previous
 * build's redirects carried on to where their article is now. An old id that
 * is some article's id now, or whose article is gone, leads nowhere and is
 * left out.
 *
 * @param articles The articles of this build, with their ids.
 * @param previousIds File → article id of the published site.
 * @param previous The published site's article redirects.
 */
export function movedArticles(
  articles: readonly Article[],
  previousIds?: ReadonlyMap<string, string>,
  previous: readonly { from: string; to: string }[] = [],
): { from: string; to: string }[] {
  if (!previousIds) return [];
  const idOfFile = new Map(articles.map((a) => [a.file, a.id]));
  const live = new Set(articles.map((a) => a.id));
  // Old id → id now, for every file that was published under another id.
  const now = new Map<string, string>();
  for (const [file, old] of previousIds) {
    const id = idOfFile.get(file);
    if (id !== undefined && id !== old) now.set(old, id);
  }
  const out = new Map<string, string>();
  for (const r of previous) {
    const to = live.has(r.to) ? r.to : now.get(r.to);
    if (to !== undefined) out.set(r.from, to);
  }
  for (const [from, to] of now) out.set(from, to);
  return [...out]
    .filter(([from]) => !live.has(from))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => ({ from, to }));
}

/** Stages 1 to 8, in the order of the diagram above. */
async function runStages(contentDir: string, options: PipelineOptions, site: SiteSettings, work: ArticleWork): Promise<Archive> {
  const stage = options.onStage ?? (() => {});

  if (!options.loaded) stage('load', contentDir);
  const loaded = options.loaded ?? (await load(contentDir, options));

  stage('parse', `${loaded.files.length} files`);
  const { parsed, fingerprints } = await parseFiles(loaded.files, work, options.previousIds); // stages 2 and 3
  await work.cache?.release('file'); // the stored parse results are not read again: their text is let go
  const articleRedirects = movedArticles(parsed.articles, options.previousIds, options.previousArticleRedirects);
  const skipped = [...loaded.skipped, ...parsed.skipped];
  const diagnostics = [...loaded.diagnostics, ...parsed.diagnostics];
  loaded.files.length = 0; // the texts are not needed again

  stage('syndication', `${parsed.articles.length} articles`);
  const syndication = findSyndication(parsed.articles, fingerprints);

  stage('boilerplate');
  const stripped = stripBoilerplate(syndication.articles, syndication);
  const differences = new Map(
    [...stripped.syndication.copies].map(([id, d]) => [id, { added: d.added, dropped: d.dropped }]),
  );
  // Held no longer than needed: the fingerprints and the articles of stages 2 to 4.
  fingerprints.byId.clear();
  parsed.articles.length = 0;
  syndication.articles.length = 0;

  stage('enrich');
  const { articles: enriched, bodies, contentKeys, profiles } = await enrichArticles(stripped.articles, work);
  await work.cache?.release('article');
  await work.pool?.done(); // no per-article stage is left: the worker threads and their heaps go
  stripped.articles.length = 0;
  // The bodies are rendered: the blocks' syntax trees, a copy of their text, are not needed again.
  for (const a of enriched) for (const b of a.blocks) delete b.node;

  stage('events');
  const clustered = clusterEvents(enriched, {
    bases: profiles,
    ...(options.previousEvents ? { previous: options.previousEvents } : {}),
    ...(options.previousRedirects ? { previousRedirects: options.previousRedirects } : {}),
  });
  profiles.length = 0; // the bases are not needed again

  enriched.length = 0;

  stage('group');
  const archive = group(
    {
      articles: clustered.articles,
      events: clustered.events,
      redirects: clustered.redirects,
      articleRedirects,
      skipped: skipped.sort((a, b) => (a.file < b.file ? -1 : 1)),
      diagnostics,
      differences,
      renderedBodies: bodies,
      contentKeys,
    },
    site,
  );
  for (const h of archive.report.heavyRemovals) {
    archive.report.diagnostics.push(diagnose('heavyRemoval', h.file, [h.percent]));
  }
  archive.report.diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return archive;
}
