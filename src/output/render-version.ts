/**
 * The templates' version, which the up-to-date check reads before anything
 * is rendered: kept apart from output/eleventy.ts so that the check does not
 * load Eleventy.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteSettings } from '../model/types.ts';

/** The package root: layouts and the Eleventy config live there, wherever the command runs. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LAYOUTS_DIR = path.join(PACKAGE_ROOT, 'layouts');

/**
 * Hash of the templates and their assets, the templates' input types (every
 * file of `src/model/`), Eleventy's version and the site settings: a change
 * re-renders every page.
 */
export async function renderVersion(site: SiteSettings): Promise<string> {
  const h = createHash('sha256');
  const walk = async (root: string, dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(root, full);
      else {
        h.update(`${path.relative(root, full)}\u0000`);
        h.update(await readFile(full));
      }
    }
  };
  await walk(LAYOUTS_DIR, LAYOUTS_DIR);
  const modelDir = path.join(PACKAGE_ROOT, 'src', 'model');
  await walk(PACKAGE_ROOT, modelDir);
  h.update(await readFile(path.join(PACKAGE_ROOT, 'node_modules', '@11ty', 'eleventy', 'package.json')).catch(() => ''));
  h.update(JSON.stringify(site));
  return h.digest('hex').slice(0, 32);
}
