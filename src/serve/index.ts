/**
 * `dateline serve`: the site built as by `dateline build` (search index
 * included, published atomically into the output folder), served on
 * localhost, and built again when the content changes. A rebuild does only
 * the work the change asks for (see build.ts: the cache, the render units,
 * the search shards of the changed period) and then reloads the open pages.
 */
import { watch, type FSWatcher } from 'node:fs';
import { build, type BuildResult } from '../build.ts';
import type { Diagnostic, SiteSettings } from '../model/types.ts';
import { startPreviewServer, type PreviewServer } from './server.ts';

export interface ServeOptions {
  site: Partial<SiteSettings>;
  /** Port on localhost. */
  port: number;
  /** Path the site is served under (`/`, `/archive/`). */
  prefix: string;
  /** Build the search index (default: `true`). */
  search?: boolean;
  /** Called after each build with its result and the diagnostics of the build before (none for the first). */
  onBuilt: (result: BuildResult, previous: Diagnostic[] | null, seconds: number) => void;
  /** Called when a build fails; the site served is the one before. */
  onFailed: (error: unknown) => void;
}

/** Quiet time after a change before the rebuild starts, in milliseconds: an editor's save is often several writes. */
const SETTLE_MS = 200;

export interface Serving {
  server: PreviewServer;
  /** Stops watching and serving. */
  close(): Promise<void>;
}

/** Starts serving (the port is taken before anything is built), builds, and rebuilds on every change. */
export async function serve(contentDir: string, outDir: string, options: ServeOptions): Promise<Serving> {
  const server = await startPreviewServer(outDir, { port: options.port, prefix: options.prefix });
  let last: Diagnostic[] | null = null;
  const once = async () => {
    const started = performance.now();
    try {
      const result = await build(contentDir, outDir, { site: options.site, search: options.search !== false });
      options.onBuilt(result, last, (performance.now() - started) / 1000);
      last = result.report.diagnostics;
      if (!result.upToDate) server.reload();
    } catch (error) {
      options.onFailed(error);
    }
  };
  const rebuild = serialised(once);
  await rebuild();
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(contentDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), SETTLE_MS);
  });
  return {
    server,
    close: async () => {
      clearTimeout(timer);
      watcher.close();
      await server.close();
    },
  };
}

/**
 * `run` made to run one at a time: a call while it runs asks for one more
 * run after it, however many calls come in the meantime.
 */
function serialised(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const next = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again);
      running = null;
    })();
    return running;
  };
  return next;
}
