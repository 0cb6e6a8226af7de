/**
 * `dateline build`: the analysis, then the site — rendered by Eleventy,
 * archive.json, the Pagefind index — written into the tree that is not
 * published and swapped in when complete (see output/publish.ts).
 *
 *   load       every content file read once, hashed
 *   analysis   analyse and present (src/pipeline.ts), per-article results
 *              from the cache (src/run)
 *   render     Eleventy renders the pages whose inputs changed; the others
 *              are carried over from the published site (output/site.ts)
 *   search     Pagefind indexes the shards whose articles changed
 *   publish    changed files written, unchanged ones hard-linked, link swapped
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PreviousBuild } from './analyse/index.ts';
import type { LoadResult } from './load/index.ts';
import type { Archive, BuildReport } from './model/types.ts';
import { idRecord, readPublished } from './output/previous.ts';
import { openSlots, publishedTree, stateDir, swap, type Manifest, type Slots } from './output/publish.ts';
import type { SearchCounts } from './output/site.ts';
import type { PipelineOptions } from './pipeline.ts';
import type { AnalysisStore } from './run/store.ts';
import { readInputs, upToDate, type BuildInputs } from './up-to-date.ts';

export { cacheDirFor } from './up-to-date.ts';

/** Where older builds kept the cache, beside the output folder; removed once a build has used the new place. */
const OLD_CACHE_NAME = '.dateline-cache';

export interface BuildOptions extends Omit<PipelineOptions, 'cache' | 'previous' | 'loaded'> {
  /** Build the Pagefind search index (default: `true`). */
  search?: boolean;
  /**
   * Folder of the cache (what loading read of each file), or `false` for no
   * cache and no analysis store: everything is read and computed again
   * (default: `$DATELINE_CACHE`, else `.dateline/cache` beside the output folder).
   */
  cacheDir?: string | false;
  /** Worker threads for the per-article steps (default: `$DATELINE_WORKERS`, else one per core; `0`: none). */
  workers?: number;
}

export interface BuildResult {
  /**
   * The Archive of this build; `null` when the site was up to date: the
   * content, the settings and the code were those the published site was
   * built from, so nothing was analysed, rendered or written.
   */
  archive: Archive | null;
  /** Whether the site was up to date (see `archive`). */
  upToDate: boolean;
  /** The build report: this build's, or, when the site was up to date, that of the build that made it. */
  report: BuildReport;
  /** Articles, events and list pages of the site. */
  counts: { articles: number; events: number; listPages: number };
  /** Files of the site. */
  files: number;
  /** Files written with new bytes (the others were carried over unchanged). */
  written: number;
  /** Pages rendered by Eleventy in this build. */
  rendered: number;
  /** Pages in the search index. */
  indexed: number;
  /** Search shards indexed in this build, of all shards. */
  shards: { indexed: number; total: number };
  /** Results read from the analysis store, computed, and whether the store was emptied as untrusted (1) or not (0). */
  cache: { hits: number; misses: number; rejected: number } | null;
  /** What the build tells a person about itself besides the content: the analysis store not trusted. */
  notes: string[];
  /** Milliseconds per phase (and per analysis phase, as `analysis:<phase>`). */
  timings: Record<string, number>;
}

/** The analysis store of the site in `outDir`: in the hidden folder beside it, one per output folder. */
export function storeFileFor(outDir: string): string {
  return path.join(stateDir(outDir), 'store', `${path.basename(path.resolve(outDir))}.sqlite`);
}

/** The worker threads a build uses (see `BuildOptions.workers`). */
async function workersFor(option?: number): Promise<number> {
  if (option !== undefined) return option;
  if (process.env.DATELINE_WORKERS) return Number(process.env.DATELINE_WORKERS);
  const { defaultWorkers } = await import('./run/workers/pool.ts');
  return defaultWorkers();
}

/** Milliseconds of each phase of a build, each measured from the end of the one before. */
class PhaseClock {
  readonly timings: Record<string, number> = {};
  #start = performance.now();

  /** Records the time since the last `lap` as `name`, and starts the next phase. */
  lap(name: string): void {
    this.peek(name);
    this.#start = performance.now();
  }

  /** Records the time since the last `lap` as `name`, within the phase. */
  peek(name: string): void {
    this.timings[name] = Math.round(performance.now() - this.#start);
  }
}

/** Builds the site of `contentDir` into `outDir`. Throws only when the site could not be written. */
export async function build(contentDir: string, outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const clock = new PhaseClock();
  const read = await readInputs(contentDir, outDir, options);
  const { loaded, inputs, cacheDir } = read;
  clock.peek('analysis:load');
  const unchanged = upToDate(read, { ...clock.timings, analysis: clock.timings['analysis:load']! });
  if (unchanged) return unchanged;
  const live = await publishedTree(outDir);
  const manifest = live?.manifest ?? null;

  // From here on the site is built: the tree that is not published becomes this build's. The analysis, the
  // store and the rendering are loaded only now, so that a build that finds the site up to date starts fast.
  const { openStore } = await import('./run/store.ts');
  const slots = await openSlots(outDir, live);
  const previous = await readPublished(outDir, manifest?.build);
  // A failed build closes the store without committing it, so the store stays that of the published site.
  const { store: cache, note } = cacheDir ? openStore({ file: storeFileFor(outDir), version: inputs.version, published: manifest?.build?.key ?? null }) : { store: null, note: null };
  try {
    const workers = await workersFor(options.workers);
    const archive = await analyseContent(contentDir, loaded, { options, inputs, previous, cache, workers, clock });
    clock.lap('analysis');
    const result = await writeSite(archive, { contentDir, slots, manifest, inputs, options, workers, clock, cache, note });
    if (cacheDir) await removeOldCaches(cacheDir);
    return result;
  } finally {
    cache?.close();
  }
}

/** Removes what older builds kept in the cache folder: the shard folders (`v1-<version>`) of per-article results before the analysis store, and stat files in JSON (`files-<hash>.json`). */
async function removeOldCaches(cacheDir: string): Promise<void> {
  let names: string[] = [];
  try {
    names = await readdir(cacheDir);
  } catch {
    return;
  }
  for (const name of names) if (/^v\d+-[0-9a-f]+$|^files-[0-9a-f]{16}\.json$/.test(name)) await rm(path.join(cacheDir, name), { recursive: true, force: true });
}

/** The analysis and the view model of the loaded content, each analysis phase timed as `analysis:<phase>`. */
async function analyseContent(
  contentDir: string,
  loaded: LoadResult,
  run: { options: BuildOptions; inputs: BuildInputs; previous: PreviousBuild | undefined; cache: AnalysisStore | null; workers: number; clock: PhaseClock },
): Promise<Archive> {
  const { runPipeline } = await import('./pipeline.ts');
  let phase = '';
  let started = performance.now();
  const done = () => {
    if (phase) run.clock.timings[`analysis:${phase}`] = Math.round(performance.now() - started);
  };
  const archive = await runPipeline(contentDir, {
    ...run.options,
    site: run.inputs.site,
    loaded,
    ...(run.previous ? { previous: run.previous } : {}),
    cache: run.cache,
    workers: run.workers,
    onStage: (stage, detail) => {
      done();
      [phase, started] = [stage, performance.now()];
      run.options.onStage?.(stage, detail);
    },
  });
  done();
  return archive;
}

/** How `writeSite` writes: the trees, the published manifest, and what the build was made from. */
interface SiteWrite {
  /** The content folder, which the pictures are copied from. */
  contentDir: string;
  slots: Slots;
  manifest: Manifest | null;
  inputs: BuildInputs;
  options: BuildOptions;
  workers: number;
  clock: PhaseClock;
  cache: AnalysisStore | null;
  /** What the build says about the store before reading it (see `openStore`). */
  note: string | null;
}

/** Renders, indexes and publishes the site of `archive`. */
async function writeSite(archive: Archive, w: SiteWrite): Promise<BuildResult> {
  const { options, clock } = w;
  const { SiteUpdate, writeArchiveJson, writeMedia, writePages, writeSearchIndex } = await import('./output/site.ts');
  options.onStage?.('render', `${archive.articles.length} articles`);
  const site = new SiteUpdate(w.slots, w.manifest);
  const rendered = await writePages(archive, w.inputs.render, site);
  await writeMedia(archive, w.contentDir, site);
  const exported = await writeArchiveJson(archive, site);
  clock.lap('render');
  let search: SearchCounts = { indexed: 0, shards: { indexed: 0, total: 0 } };
  if (options.search !== false) {
    options.onStage?.('search index');
    search = await writeSearchIndex(archive, site, w.workers);
    clock.lap('search');
  }
  const counts = { articles: archive.articles.length, events: archive.events.length, listPages: archive.listPages.length };
  site.tree.record({ key: w.inputs.key, report: archive.report, ...counts, indexed: search.indexed, shards: search.shards.total, ...idRecord(exported) });
  const manifest = await site.tree.finish();
  // The store is committed with the key of the site about to be published: were the swap not to happen, the next build finds they differ.
  w.cache?.commit(w.inputs.key);
  await swap(w.slots, manifest);
  if (options.cacheDir === undefined && process.env.DATELINE_CACHE === undefined) {
    await rm(path.join(path.dirname(w.slots.out), OLD_CACHE_NAME), { recursive: true, force: true });
  }
  clock.lap('publish');
  const { cache } = w;
  return {
    archive,
    upToDate: false,
    report: archive.report,
    counts,
    files: Object.keys(manifest.files).length,
    written: site.tree.stats.written,
    rendered,
    indexed: search.indexed,
    shards: search.shards,
    cache: cache ? { hits: cache.stats.hits, misses: cache.stats.misses, rejected: cache.note ? 1 : 0 } : null,
    notes: [w.note, cache?.note].filter((n): n is string => Boolean(n)),
    timings: clock.timings,
  };
}
