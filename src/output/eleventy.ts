/**
 * Rendering with Eleventy: the templates in layouts/ paginate over the
 * Archive, handed over as global data. No analysis happens here.
 *
 * A build renders only the pages whose inputs changed. Every page is a
 * render unit — an article, an event, a list page, a redirect, a feed (Atom
 * and JSON), the site's single pages, the sitemap — whose input hash is the
 * hash of the templates, the site settings and the unit's own item of the
 * Archive. Templates read nothing but `archive.site` and their own item
 * (sitemap.11ty.ts excepted, which gets `archive.sitemap` in a pass of its
 * own), so a unit with the same input hash gives the same bytes and is
 * carried over from the published site instead of rendered.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { Archive, ArchiveArticle } from '../model/types.ts';
import { LAYOUTS_DIR, PACKAGE_ROOT } from './render-version.ts';

export { LAYOUTS_DIR, PACKAGE_ROOT, renderVersion } from './render-version.ts';

export const CONFIG_PATH = path.join(PACKAGE_ROOT, '.eleventy.ts');
/** The one template that reads more than its own item (the list of addresses): rendered in a pass of its own. */
export const SITEMAP_TEMPLATE = path.join(LAYOUTS_DIR, 'sitemap.11ty.ts');
/**
 * Pages rendered by one Eleventy run: Eleventy keeps every page of a run in
 * memory until it ends, so a large site is rendered in runs of this many
 * units, each of which costs a few hundred milliseconds to start.
 */
export const RENDER_CHUNK = 5000;

/** Lists of the Archive that templates paginate over, one page (or two files, for feeds) per item. */
const PAGINATED = ['articles', 'events', 'listPages', 'redirects', 'feeds'] as const;
type PaginatedList = (typeof PAGINATED)[number];

/** A page or set of files that is rendered, or carried over, as a whole. */
export interface RenderUnit {
  /** `articles:/articles/x/`, `feeds:/topics/person/x/feed.xml`, `sitemap`, `single`. */
  key: string;
  /** Hash of everything the unit's output depends on. */
  input: string;
  list: PaginatedList | null;
  index: number;
  /** Paths of the files the unit writes, relative to the site root, when known before rendering. */
  outputs: string[];
}

/** A rendered file. */
export interface RenderedFile {
  path: string;
  content: string;
  unit: string;
}

/** Output folder Eleventy is told about; pages are rendered to memory (`toJSON`) and written by the build, never here. */
const RENDER_ROOT = path.join(os.tmpdir(), 'dateline-render');

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

/** The files a paginated item is written to (the layouts' permalinks). */
function outputsOf(list: PaginatedList, item: any): string[] {
  if (list === 'feeds') return [item.atom.slice(1), item.json.slice(1)];
  return [`${item.url.slice(1)}index.html`];
}

/** Every render unit of the Archive, with its input hash. */
export function renderUnits(archive: Archive, version: string): RenderUnit[] {
  const units: RenderUnit[] = [];
  for (const list of PAGINATED) {
    (archive[list] as unknown[]).forEach((item: any, index) => {
      const outputs = outputsOf(list, item);
      units.push({ key: `${list}:${outputs[0]}`, input: hash(`${version}\u0000${itemInput(item)}`), list, index, outputs });
    });
  }
  // The sitemap reads the site settings and the Archive's list of addresses, nothing else.
  units.push({ key: 'sitemap', input: hash(`${version}\u0000${JSON.stringify(sitemapData(archive))}`), list: null, index: 0, outputs: ['sitemap.xml'] });
  // The single pages (404, robots.txt, search) depend on the site settings alone and are always rendered: they are few.
  units.push({ key: 'single', input: version, list: null, index: 0, outputs: [] });
  return units;
}

/**
 * What a paginated item's page is made from, as a string to hash: the item
 * as JSON, an article's body HTML and text given by their digest
 * (`contentKey`) when it has one. The two texts are 60 % of an article's
 * JSON in the bench's archives, written out and hashed in every build.
 */
export function itemInput(item: object): string {
  const a = item as Partial<ArchiveArticle>;
  if (typeof a.contentKey !== 'string') return JSON.stringify(item);
  return `${JSON.stringify({ ...item, html: undefined, text: undefined })}\u0000${a.contentKey}`;
}

/**
 * What sitemap.11ty.ts reads of the Archive: the site settings and the
 * addresses. Given the whole Archive, Eleventy would work through all of it
 * (every article's text and body) for one file.
 */
function sitemapData(archive: Archive): Pick<Archive, 'site' | 'sitemap'> {
  return { site: archive.site, sitemap: archive.sitemap };
}

function eleventy(input: string, archive: Archive): any {
  return new Eleventy(input, RENDER_ROOT, {
    quietMode: true,
    configPath: CONFIG_PATH,
    config(eleventyConfig: any) {
      eleventyConfig.addGlobalData('archive', archive);
    },
  });
}

/**
 * Renders the given units with Eleventy, in runs of `RENDER_CHUNK`, and hands
 * each run's files to `write` before starting the next. Units of the
 * paginated lists are rendered by giving Eleventy an Archive whose lists
 * hold only those items; the sitemap is rendered from the whole Archive.
 */
export async function renderUnitsWith(
  archive: Archive,
  units: readonly RenderUnit[],
  write: (files: RenderedFile[]) => Promise<void>,
): Promise<number> {
  let count = 0;
  const paged = units.filter((u) => u.list);
  const byOutput = new Map<string, string>();
  for (let at = 0; at < paged.length || at === 0; at += RENDER_CHUNK) {
    const chunk = paged.slice(at, at + RENDER_CHUNK);
    // A run gets the site settings and its own items, nothing else: the
    // templates read no more, and Eleventy works through all the global data
    // it is given in every run (the topics, the sitemap and the report grow with the archive).
    const part = { site: archive.site, sitemap: [] } as unknown as Archive;
    for (const list of PAGINATED) (part as any)[list] = [];
    byOutput.clear();
    for (const u of chunk) {
      (part as any)[u.list!].push((archive as any)[u.list!][u.index]);
      for (const o of u.outputs) byOutput.set(o, u.key);
    }
    const results = (await eleventy(LAYOUTS_DIR, part).toJSON()) as { outputPath: string | false; content: string }[];
    const files: RenderedFile[] = [];
    const produced = new Set<string>();
    for (const r of results) {
      if (!r.outputPath) continue;
      const rel = path.relative(RENDER_ROOT, r.outputPath).split(path.sep).join('/');
      if (rel === 'sitemap.xml') continue; // rendered from the whole Archive below
      const unit = byOutput.get(rel);
      if (!unit && at > 0) continue; // the single pages come from the first run only
      if (unit) produced.add(rel);
      files.push({ path: rel, content: r.content, unit: unit ?? 'single' });
    }
    for (const o of byOutput.keys()) {
      if (!produced.has(o)) throw new Error(`Eleventy wrote no ${o}: the templates' permalinks no longer match renderUnits() in src/output/eleventy.ts.`);
    }
    count += files.length;
    await write(files);
  }
  if (units.some((u) => u.key === 'sitemap')) {
    const results = (await eleventy(SITEMAP_TEMPLATE, sitemapData(archive) as Archive).toJSON()) as { outputPath: string | false; content: string }[];
    const files = results
      .filter((r) => r.outputPath)
      .map((r) => ({ path: path.relative(RENDER_ROOT, r.outputPath as string).split(path.sep).join('/'), content: r.content, unit: 'sitemap' }));
    count += files.length;
    await write(files);
  }
  return count;
}
