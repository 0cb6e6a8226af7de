/**
 * `dateline serve`: Eleventy's dev server over the archive, rebuilding when
 * an article is added, changed or removed.
 */
import Eleventy from '@11ty/eleventy';
import path from 'node:path';
import { runPipeline } from './pipeline.ts';
import { CONFIG_PATH, LAYOUTS_DIR } from './output/eleventy.ts';
import { summarise } from './report.ts';
import type { SiteSettings } from './model/types.ts';

export interface ServeOptions {
  site?: Partial<SiteSettings>;
  /** Port on localhost (default: `8080`). */
  port?: number;
  log?: (line: string) => void;
}

export async function serve(contentDir: string, outDir: string, options: ServeOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  const content = path.resolve(contentDir);
  const eleventy = new Eleventy(LAYOUTS_DIR, path.resolve(outDir), {
    runMode: 'serve',
    quietMode: true,
    configPath: CONFIG_PATH,
    config(eleventyConfig: any) {
      eleventyConfig.addGlobalData('archive', async () => {
        const archive = await runPipeline(content, options.site ? { site: options.site } : {});
        log(summarise(archive.report));
        return archive;
      });
      eleventyConfig.addWatchTarget(`${content}/**/*`);
      eleventyConfig.setServerOptions({ port: options.port ?? 8080 });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(options.port ?? 8080);
  log(`Serving ${outDir} at http://localhost:${options.port ?? 8080}/ — rebuilding when ${contentDir} changes.`);
}
