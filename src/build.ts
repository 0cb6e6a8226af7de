/**
 * `dateline build`: the pipeline, then the site — rendered by Eleventy,
 * archive.json, the Pagefind index — written beside the published site and
 * swapped in when complete.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runPipeline, type PipelineOptions } from './pipeline.ts';
import { discard, prepareStaging, publish } from './publish.ts';
import { renderSite } from './site/eleventy.ts';
import { toArchiveJson } from './site/export.ts';
import { indexSite } from './site/search.ts';
import type { Archive } from './types.ts';

export interface BuildOptions extends PipelineOptions {
  /** Build the Pagefind search index (default: `true`). */
  search?: boolean;
}

export interface BuildResult {
  archive: Archive;
  /** Files written by Eleventy. */
  files: number;
  /** Pages in the search index. */
  indexed: number;
  /** Milliseconds per phase. */
  timings: Record<string, number>;
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
  const previousEvents = options.previousEvents ?? (await readPreviousEvents(outDir));
  const archive = await runPipeline(contentDir, { ...options, previousEvents });
  lap('analysis');
  const staging = await prepareStaging(outDir);
  try {
    options.onStage?.('render', `${archive.articles.length} articles`);
    const files = await renderSite(archive, staging);
    await writeFile(path.join(staging, 'archive.json'), `${JSON.stringify(toArchiveJson(archive), null, 1)}\n`);
    lap('render');
    let indexed = 0;
    if (options.search !== false) {
      options.onStage?.('search index');
      indexed = await indexSite(staging);
      lap('search');
    }
    await publish(staging, outDir);
    return { archive, files: files + 1, indexed, timings };
  } catch (error) {
    await discard(staging);
    throw error;
  }
}

/** Article → event ids of the published site, so that a rebuild keeps event ids and URLs. */
export async function readPreviousEvents(outDir: string): Promise<Map<string, string> | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(outDir, 'archive.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const json = JSON.parse(text) as { articles?: { id?: unknown; event?: unknown }[] };
    const map = new Map<string, string>();
    for (const a of json.articles ?? []) {
      if (typeof a.id === 'string' && typeof a.event === 'string') map.set(a.id, a.event);
    }
    return map;
  } catch {
    // A damaged archive.json from an older build is not trusted; event ids start afresh.
    return undefined;
  }
}
