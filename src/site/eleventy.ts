/**
 * Rendering with Eleventy: the templates in layouts/ paginate over the
 * Archive, handed over as global data. No analysis happens here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import type { Archive } from '../types.ts';

/** The package root: layouts and the Eleventy config live there, wherever the command runs. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LAYOUTS_DIR = path.join(PACKAGE_ROOT, 'layouts');
export const CONFIG_PATH = path.join(PACKAGE_ROOT, '.eleventy.ts');

/** Writes every page of the archive into `outDir` with Eleventy. Returns the number of files written. */
export async function renderSite(archive: Archive, outDir: string): Promise<number> {
  const eleventy = new Eleventy(LAYOUTS_DIR, outDir, {
    quietMode: true,
    configPath: CONFIG_PATH,
    config(eleventyConfig: any) {
      eleventyConfig.addGlobalData('archive', archive);
    },
  });
  const [passthrough, pages] = (await eleventy.write()) as [unknown[], unknown[]];
  return (passthrough?.length ?? 0) + (pages?.length ?? 0);
}
