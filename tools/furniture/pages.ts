/**
 * The real labelled pages the furniture model learns from: the WCXB dev pages
 * as copied from Chromium (`wcxb-dev-copied/text/NNNN.txt`) with their ground
 * truth (`wcxb-dev/ground-truth/NNNN.json`), and the split that keeps a part
 * out of training.
 *
 * The held-out part is the one the scorer's `make-dev-corpora.mjs --split 1/5`
 * makes: pages 1, 6, 11, … of the ground-truth files in sorted order. It is
 * never read for training or tuning, and neither is any page of a host that
 * also has a page in it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseFile } from '../../src/analyse/per-article/parse/parse.ts';
import type { Article } from '../../src/model/types.ts';

/** One labelled page. */
export interface Page {
  /** File id, `NNNN`. */
  id: string;
  /** 1-based position among the ground-truth files in sorted order, as the scorer counts. */
  position: number;
  /** URL host without `www.`. */
  host: string;
  /** The copied text. */
  text: string;
  /** The story text of the ground truth. */
  mainContent: string;
  title: string | null;
  publishDate: string | null;
}

/** Which part of the data a page is in. */
export type Part = 'held-out' | 'train' | 'excluded';

/** Every `held` pages, the held-out part starts at page `first` (1-based), as `--split 1/5`. */
export const HELD_OUT_EVERY = 5;
const HELD_OUT_FIRST = 1;

/** Default data folder: `../shared/data` from the repository. */
export function defaultDataDir(): string {
  return resolve(process.env.DATELINE_DATA ?? '../shared/data');
}

/** All pages with a copied text, in sorted order of their ground-truth files. */
export function loadPages(dataDir = defaultDataDir()): Page[] {
  const truthDir = join(dataDir, 'wcxb-dev', 'ground-truth');
  const textDir = join(dataDir, 'wcxb-dev-copied', 'text');
  const pages: Page[] = [];
  readdirSync(truthDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .forEach((f, i) => {
      const id = f.replace(/\.json$/, '');
      const textPath = join(textDir, `${id}.txt`);
      if (!existsSync(textPath)) return;
      const g = JSON.parse(readFileSync(join(truthDir, f), 'utf8')) as {
        url?: string;
        ground_truth?: { main_content?: string; title?: string; publish_date?: string };
      };
      const gt = g.ground_truth ?? {};
      pages.push({
        id,
        position: i + 1,
        host: hostOf(g.url ?? ''),
        text: readFileSync(textPath, 'utf8').replace(/\r\n?/g, '\n').replace(/^\uFEFF/, ''),
        mainContent: gt.main_content ?? '',
        title: gt.title ?? null,
        publishDate: gt.publish_date ?? null,
      });
    });
  return pages;
}

/** The URL's host name, lower case, without a leading `www.`. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The part each page is in: held-out (the scorer's `--split 1/5`), excluded
 * (another page of a held-out host), or train.
 */
export function partOf(pages: readonly Page[]): Map<string, Part> {
  const heldOut = (p: Page) => (p.position - HELD_OUT_FIRST) % HELD_OUT_EVERY === 0;
  const heldHosts = new Set(pages.filter(heldOut).map((p) => p.host));
  const out = new Map<string, Part>();
  for (const p of pages) out.set(p.id, heldOut(p) ? 'held-out' : heldHosts.has(p.host) && p.host !== '' ? 'excluded' : 'train');
  return out;
}

/** The training pages only. */
export function trainingPages(dataDir = defaultDataDir()): Page[] {
  const pages = loadPages(dataDir);
  const part = partOf(pages);
  return pages.filter((p) => part.get(p.id) === 'train');
}

/** The page as parse reads a pasted `.txt` file (its headline, if any, taken out of the blocks). */
export function parsePage(page: Page): Article {
  const result = parseFile({
    file: `${page.id}.txt`,
    path: `/${page.id}.txt`,
    format: 'text',
    text: page.text,
    hash: createHash('sha256').update(page.text).digest('hex'),
    bytes: Buffer.byteLength(page.text),
  });
  if (!result.article) throw new Error(`${page.id}: not an article (${result.skipped?.reason ?? 'no reason'})`);
  return { ...result.article, id: page.id };
}

/** Folds of the cross-validation on the training pages. */
export const FOLDS = 5;

/** The fold of each of `hosts`' pages: the hosts in sorted order, dealt out in turn, so that a host's pages share a fold. */
export function foldsByHost(hosts: readonly string[]): number[] {
  const sorted = [...new Set(hosts)].sort();
  const fold = new Map(sorted.map((h, i) => [h, i % FOLDS]));
  return hosts.map((h) => fold.get(h)!);
}
