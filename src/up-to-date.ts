/**
 * What a build reads before it knows whether it has work: the content
 * (through the stat file), the settings, the code's and the templates'
 * versions, and the summary of the published site's build. When their key
 * is the published one, the site is up to date. Kept apart from build.ts,
 * with nothing of the analysis or the rendering, so that `dateline build`
 * can answer from a compiled copy of it before anything else is loaded
 * (bin/dateline.js).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { BuildOptions, BuildResult } from './build.ts';
import { load, type LoadResult } from './load/index.ts';
import { DEFAULT_SITE } from './model/settings.ts';
import type { SiteSettings } from './model/types.ts';
import type { BuildSummary } from './output/build-summary.ts';
import { publishedSummary, recover, stateDir } from './output/publish.ts';
import { renderVersion } from './output/render-version.ts';
import { pipelineVersion } from './run/version.ts';

/** What a site is made from, besides its content. */
export interface BuildInputs {
  site: SiteSettings;
  /** The analysis's code (the cache's version). */
  version: string;
  /** The templates (see `renderVersion`). */
  render: string;
  /** Hash of all of it and of the content (see `buildKey`). */
  key: string;
}

/** What a build reads first (see `readInputs`). */
export interface ReadInputs {
  loaded: LoadResult;
  inputs: BuildInputs;
  /** The cache folder, or `false` for none (see `cacheDirFor`). */
  cacheDir: string | false;
  /** The summary of the published site's build; null when there is none. */
  published: BuildSummary | null;
}

/** The cache folder a build of `outDir` uses. */
export function cacheDirFor(outDir: string, option?: string | false): string | false {
  if (option !== undefined) return option;
  if (process.env.DATELINE_CACHE !== undefined) return process.env.DATELINE_CACHE === '' ? false : process.env.DATELINE_CACHE;
  return path.join(stateDir(outDir), 'cache');
}

/**
 * File in the cache folder where loading keeps the size, times and hash of
 * each content file it read: one per content folder, as two archives built
 * side by side share the cache folder and may have files of the same name.
 */
function statFileFor(cacheDir: string, contentDir: string): string {
  return path.join(cacheDir, `files-${createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 16)}.tsv`);
}

/**
 * Loads the content and reads the rest of what the site of `outDir` is made
 * from, and the summary of the published build (not the manifest of its
 * files, which only a build with work needs).
 */
export async function readInputs(contentDir: string, outDir: string, options: BuildOptions): Promise<ReadInputs> {
  await recover(outDir);
  const published = await publishedSummary(outDir);
  options.onStage?.('load', contentDir);
  const cacheDir = cacheDirFor(outDir, options.cacheDir);
  // With a cache, what this load reads of each file is kept, and a file unchanged since is not read again.
  const loaded = await load(contentDir, { ...options, ...(cacheDir ? { statFile: statFileFor(cacheDir, contentDir) } : {}) });
  return { loaded, inputs: await buildInputs(loaded, options), cacheDir, published };
}

/**
 * The result of a build when what `readInputs` read is what the published
 * site was built from: what the build that made it recorded; null when the
 * site has to be built. The key holds the code's version, so a tree of an
 * older build, which has no summary, is never up to date.
 */
export function upToDate(read: ReadInputs, timings: Record<string, number>): BuildResult | null {
  const record = read.published;
  if (record?.key !== read.inputs.key) return null;
  return {
    archive: null,
    upToDate: true,
    report: record.report,
    counts: { articles: record.articles, events: record.events, listPages: record.listPages },
    files: record.files,
    written: 0,
    rendered: 0,
    indexed: record.indexed,
    shards: { indexed: 0, total: record.shards },
    cache: null,
    notes: [],
    timings,
  };
}

/** The site settings, the versions of the code and the templates, and the key of all the site is made from. */
async function buildInputs(loaded: LoadResult, options: BuildOptions): Promise<BuildInputs> {
  const site: SiteSettings = { ...DEFAULT_SITE, ...options.site };
  const version = await pipelineVersion();
  // The pipeline gives the Archive these same settings (`runPipeline`), so the templates' hash serves the render too.
  const render = await renderVersion(site);
  return { site, version, render, key: buildKey(loaded, site, version, render, options) };
}

/**
 * Hash of everything a site is made from: every content file (path, format
 * and bytes) and what loading skipped or reported, the site settings, the
 * build options that change the output, the analysis's code and the
 * templates. Two builds with the same key make the same site: the ids and
 * redirects that a build takes from the published site are its own output
 * then, which it gives again.
 */
function buildKey(loaded: LoadResult, site: SiteSettings, pipeline: string, render: string, options: BuildOptions): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ format: 1, pipeline, render, site, search: options.search !== false, maxFileBytes: options.maxFileBytes ?? null }));
  for (const f of loaded.files) h.update(`\u0000${f.file}\u0000${f.format}\u0000${f.hash}${(f.images ?? []).map((i) => `\u0001${i.name}\u0001${i.hash}`).join('')}`);
  h.update(JSON.stringify({ skipped: loaded.skipped, diagnostics: loaded.diagnostics }));
  return h.digest('hex');
}
