/**
 * `dateline build`: the pipeline, then the site — rendered by Eleventy,
 * archive.json, the Pagefind index — written into the tree that is not
 * published and swapped in when complete (see publish.ts).
 *
 *   analysis   stages 1–8, per-article results from the cache (src/run)
 *   render     Eleventy renders the pages whose inputs changed; the others
 *              are carried over from the published site
 *   search     Pagefind indexes the shards whose articles changed
 *   publish    changed files written, unchanged ones hard-linked, link swapped
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { pipelineVersion } from './run/version.ts';
import { openCache, type CacheStore } from './run/cache.ts';
import type { PreviousBuild } from './analyse/index.ts';
import { load, type LoadResult } from './load/index.ts';
import { DEFAULT_SITE, runPipeline, type PipelineOptions } from './pipeline.ts';
import { contentHash, openSlots, publishedTree, recover, swap, TreeUpdate, type BuildRecord, type NewFile } from './output/publish.ts';
import { LAYOUTS_DIR, renderUnits, renderUnitsWith, renderVersion, type RenderUnit } from './output/eleventy.ts';
import { toArchiveJson } from './output/export.ts';
import { indexShards, searchShards } from './output/search.ts';
import { defaultWorkers, WorkerPool } from './run/workers/pool.ts';
import type { Archive, BuildReport, SiteSettings } from './model/types.ts';

/** Name of the cache folder, beside the output folder, when no other is given. */
export const DEFAULT_CACHE_NAME = '.dateline-cache';
/** File in the cache folder where stage 1 keeps the size, times and hash of each content file it read. */
const STAT_FILE = 'files.json';

export interface BuildOptions extends Omit<PipelineOptions, 'cache'> {
  /** Build the Pagefind search index (default: `true`). */
  search?: boolean;
  /**
   * Folder of the cache of per-article results, or `false` for none
   * (default: `$DATELINE_CACHE`, else `.dateline-cache` beside the output folder).
   */
  cacheDir?: string | false;
  /** Worker threads for the per-article stages (default: `$DATELINE_WORKERS`, else one per core; `0`: none). */
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
  /** Cache hits and misses. */
  cache: { hits: number; misses: number; rejected: number } | null;
  /** Milliseconds per phase (and per pipeline stage, as `analysis:<stage>`). */
  timings: Record<string, number>;
}

/** The cache folder a build of `outDir` uses. */
export function cacheDirFor(outDir: string, option?: string | false): string | false {
  if (option !== undefined) return option;
  if (process.env.DATELINE_CACHE !== undefined) return process.env.DATELINE_CACHE === '' ? false : process.env.DATELINE_CACHE;
  return path.join(path.dirname(path.resolve(outDir)), DEFAULT_CACHE_NAME);
}

/** Builds the site of `contentDir` into `outDir`. Throws only when the site could not be written. */
export async function build(contentDir: string, outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };
  await recover(outDir);
  const liveTree = await publishedTree(outDir);
  const previous = liveTree?.manifest ?? null;

  // Stage 1, then a site already built from exactly these inputs is left as it is.
  options.onStage?.('load', contentDir);
  const cacheDir = cacheDirFor(outDir, options.cacheDir);
  // With a cache, what this load reads of each file is kept, and a file unchanged since is not read again.
  const loaded = await load(contentDir, { ...options, ...(cacheDir ? { statFile: path.join(cacheDir, STAT_FILE) } : {}) });
  const site: SiteSettings = { ...DEFAULT_SITE, ...options.site };
  const version = await pipelineVersion();
  // The pipeline gives the Archive these same settings (`runPipeline`), so the templates' hash serves the render too.
  const render = await renderVersion(site);
  const key = buildKey(loaded, site, version, render, options);
  const record = previous?.build;
  if (record && record.key === key) {
    timings['analysis:load'] = Math.round(performance.now() - t);
    lap('analysis');
    return {
      archive: null,
      upToDate: true,
      report: record.report,
      counts: { articles: record.articles, events: record.events, listPages: record.listPages },
      files: Object.keys(previous.files).length,
      written: 0,
      rendered: 0,
      indexed: record.indexed,
      shards: { indexed: 0, total: record.shards },
      cache: null,
      timings,
    };
  }

  // Analysis: stages 2 to 8.
  // From here on the site is built: the tree that is not published becomes this build's.
  const slots = await openSlots(outDir, liveTree);
  const cache: CacheStore | null = cacheDir ? openCache({ dir: cacheDir, version }) : null;
  const workers = options.workers ?? (process.env.DATELINE_WORKERS ? Number(process.env.DATELINE_WORKERS) : defaultWorkers());
  const published = await readPublished(outDir, record);
  timings['analysis:load'] = Math.round(performance.now() - t);
  let stageStart = performance.now();
  let stageName = '';
  const archive = await runPipeline(contentDir, {
    ...options,
    loaded,
    ...(published ? { previous: published } : {}),
    cache,
    workers,
    onStage: (stage, detail) => {
      const now = performance.now();
      if (stageName) timings[`analysis:${stageName}`] = Math.round(now - stageStart);
      [stageName, stageStart] = [stage, now];
      options.onStage?.(stage, detail);
    },
  });
  timings[`analysis:${stageName}`] = Math.round(performance.now() - stageStart);
  await cache?.flush();
  lap('analysis');

  // Render: the units whose inputs changed; the others carried over from the published tree.
  options.onStage?.('render', `${archive.articles.length} articles`);
  const units = renderUnits(archive, render);
  const inputs: Record<string, string> = {};
  for (const u of units) inputs[u.key] = u.input;
  const changed = (u: { key: string; input: string }) => u.key === 'single' || !previous || previous.units[u.key] !== u.input;
  const carried = new Map<string, string[]>();
  if (previous) {
    for (const [p, f] of Object.entries(previous.files)) {
      const list = carried.get(f.unit);
      if (list) list.push(p);
      else carried.set(f.unit, [p]);
    }
  }
  const update = new TreeUpdate(slots, inputs);
  // The files of units carried over, put in one batch: the tree update links them side by side.
  const carry = async (keys: readonly string[]) => {
    const live = slots.live!;
    await update.put(keys.flatMap((key) => (carried.get(key) ?? []).map((p): NewFile => ({ path: p, hash: previous!.files[p]!.hash, unit: key, from: path.join(live.dir, p) }))));
  };
  const toRender: RenderUnit[] = [];
  const kept: string[] = [];
  for (const u of units) {
    if (changed(u)) toRender.push(u);
    else kept.push(u.key);
  }
  await carry(kept);
  const rendered = await renderUnitsWith(archive, toRender, (files) =>
    // Each page is encoded once, for its hash and, when it is new, for the file.
    update.put(files.map((f) => {
      const bytes = Buffer.from(f.content, 'utf8');
      return { path: f.path, hash: contentHash(bytes), unit: f.unit, content: bytes };
    })),
  );
  await update.put(await assetFiles());
  const exported = toArchiveJson(archive);
  // Encoded once, for its hash and its file (340 MB at 50,000 articles).
  const json = Buffer.from(`${JSON.stringify(exported, null, 1)}\n`, 'utf8');
  inputs['archive.json'] = contentHash(json);
  await update.put([{ path: 'archive.json', hash: inputs['archive.json'], unit: 'archive.json', content: json }]);
  lap('render');

  // Search: the shards whose articles changed.
  let indexed = 0;
  const shardCounts = { indexed: 0, total: 0 };
  if (options.search !== false) {
    options.onStage?.('search index');
    const shards = await searchShards(archive);
    const stale = shards.filter((s) => changed({ key: `search:${s.key}`, input: s.input }));
    for (const s of shards) {
      inputs[`search:${s.key}`] = s.input;
      indexed += s.articles.length;
    }
    await carry(shards.filter((s) => !stale.includes(s)).map((s) => `search:${s.key}`));
    // Pagefind indexes on one core per service: shards go side by side on worker threads, each with its own.
    const pool = workers > 1 && stale.length > 1 ? new WorkerPool(Math.min(workers, stale.length)) : null;
    let files;
    try {
      files = await indexShards(stale, shards, pool ? (records) => pool.search(records) : undefined);
    } finally {
      await pool?.close();
    }
    const unitOf = (p: string) => {
      const s = stale.find((x) => p.startsWith(`${x.dir}/`) && !stale.some((y) => y !== x && y.dir.length > x.dir.length && p.startsWith(`${y.dir}/`)));
      return `search:${s!.key}`;
    };
    await update.put(files.map((f) => ({ path: f.path, hash: contentHash(f.content), unit: unitOf(f.path), content: f.content })));
    Object.assign(shardCounts, { indexed: stale.length, total: shards.length });
    lap('search');
  }

  update.record({
    key,
    report: archive.report,
    articles: archive.articles.length,
    events: archive.events.length,
    listPages: archive.listPages.length,
    indexed,
    shards: shardCounts.total,
    eventOf: exported.articles.flatMap((a): [string, string][] => (a.event ? [[a.id, a.event]] : [])),
    redirects: exported.redirects,
    idOf: exported.articles.map((a): [string, string] => [a.file, a.id]),
    articleRedirects: exported.articleRedirects,
  });
  const manifest = await update.finish();
  await swap(slots, manifest);
  lap('publish');
  return {
    archive,
    upToDate: false,
    report: archive.report,
    counts: { articles: archive.articles.length, events: archive.events.length, listPages: archive.listPages.length },
    files: Object.keys(manifest.files).length,
    written: update.stats.written,
    rendered,
    indexed,
    shards: shardCounts,
    cache: cache ? { hits: cache.stats.hits, misses: cache.stats.misses, rejected: cache.stats.rejected.length } : null,
    timings,
  };
}

/**
 * Hash of everything a site is made from: every content file (path, format
 * and bytes) and what stage 1 skipped or reported, the site settings, the
 * build options that change the output, the pipeline's code and the
 * templates. Two builds with the same key make the same site: the ids and
 * redirects that a build takes from the published site are its own output
 * then, which it gives again.
 */
function buildKey(loaded: LoadResult, site: SiteSettings, pipeline: string, render: string, options: BuildOptions): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ format: 1, pipeline, render, site, search: options.search !== false, maxFileBytes: options.maxFileBytes ?? null }));
  for (const f of loaded.files) h.update(`\u0000${f.file}\u0000${f.format}\u0000${f.hash}`);
  h.update(JSON.stringify({ skipped: loaded.skipped, diagnostics: loaded.diagnostics }));
  return h.digest('hex');
}

/** The templates' static files, copied to `assets/` (what the plugin's passthrough copy does under `dateline serve`). */
async function assetFiles(): Promise<NewFile[]> {
  const dir = path.join(LAYOUTS_DIR, 'assets');
  const out: NewFile[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath ?? (e as any).path, e.name);
    const content = await readFile(full);
    out.push({ path: `assets/${path.relative(dir, full).split(path.sep).join('/')}`, hash: contentHash(content), unit: 'assets', content });
  }
  return out;
}

/**
 * Article → event ids, the redirects and the file → article ids of the
 * published site, so that a rebuild keeps event and article ids and URLs, and
 * old URLs keep leading somewhere:
 * from the published tree's build record when it has them (a few MB at
 * 50,000 articles), else from its archive.json (a site built by an older
 * version, or copied without its manifest).
 */
export async function readPublished(
  outDir: string,
  record?: BuildRecord | null,
): Promise<PreviousBuild | undefined> {
  if (record && Array.isArray(record.eventOf) && Array.isArray(record.redirects)) {
    const files = Array.isArray(record.idOf) ? record.idOf.map((pair) => ({ file: pair?.[0], id: pair?.[1] })) : [];
    return previousFrom([...record.eventOf.map((pair) => ({ id: pair?.[0], event: pair?.[1] })), ...files], record.redirects, record.articleRedirects);
  }
  let text: string;
  try {
    text = await readFile(path.join(outDir, 'archive.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const json = JSON.parse(text) as { articles?: unknown; redirects?: unknown; articleRedirects?: unknown };
    return previousFrom(json.articles, json.redirects, json.articleRedirects);
  } catch {
    // A damaged archive.json from an older build is not trusted; event ids start afresh.
    return undefined;
  }
}

/** The `{ from, to }` pairs of strings out of an untrusted list; entries of another shape are left out. */
function fromTo(list: unknown): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const r of Array.isArray(list) ? (list as { from?: unknown; to?: unknown }[]) : []) {
    if (typeof r?.from === 'string' && typeof r.to === 'string') out.push({ from: r.from, to: r.to });
  }
  return out;
}

/**
 * The article → event map, the file → article id map and the redirects out
 * of untrusted JSON: entries of the wrong shape are left out.
 */
function previousFrom(articles: unknown, redirects: unknown, articleRedirects?: unknown): PreviousBuild {
  const map = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const a of Array.isArray(articles) ? (articles as { id?: unknown; event?: unknown; file?: unknown }[]) : []) {
    if (typeof a?.id === 'string' && typeof a.event === 'string') map.set(a.id, a.event);
    if (typeof a?.id === 'string' && typeof a.file === 'string') ids.set(a.file, a.id);
  }
  return { events: map, redirects: fromTo(redirects), ids, articleRedirects: fromTo(articleRedirects) };
}
