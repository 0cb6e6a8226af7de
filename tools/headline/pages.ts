/**
 * The labelled copied pages the headline model learns from and is measured
 * on: `../shared/data/wcxb-dev-copied/text/NNNN.txt` with the ground truth
 * of `../shared/data/wcxb-dev/ground-truth/NNNN.json`, split three ways.
 *
 * - held-out: the pages `i % 5 == 1` (1-based over the sorted ground-truth
 *   files), exactly the pages `make-dev-corpora.mjs --split 1/5` takes;
 *   never read for training or tuning.
 * - dev: the pages `i % 5 == 3`, for choosing settings.
 * - train: the rest.
 * Pages from a site (URL host) that also has a held-out page are left out
 * of train and dev, so that no site's furniture is learned and then measured.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the shared data (default: `../shared/data` beside the repository, or `DATELINE_DATA`). */
export const DATA_DIR =
  process.env.DATELINE_DATA ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');

/** Which part of the data a page is in. */
export type Part = 'train' | 'dev' | 'held-out' | 'excluded';

/** One labelled copied page. */
export interface LabelledPage {
  id: string;
  /** 1-based position among the sorted ground-truth files. */
  position: number;
  part: Part;
  url: string;
  /** The page as copied. */
  text: string;
  title: string | null;
  author: string | null;
  /** ISO `yyyy-mm-dd`, or null. */
  date: string | null;
}

/** Whitespace folded, as the scorer compares titles. */
export const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, ' ').trim();

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./u, '');
  } catch {
    return url;
  }
}

/** Every labelled page that has copied text, with its part. */
export function loadPages(dataDir = DATA_DIR): LabelledPage[] {
  const truthDir = path.join(dataDir, 'wcxb-dev', 'ground-truth');
  const files = readdirSync(truthDir).filter((f) => f.endsWith('.json')).sort();
  const raw = files.map((f, k) => {
    const g = JSON.parse(readFileSync(path.join(truthDir, f), 'utf8')) as { url?: string; ground_truth?: Record<string, unknown> };
    const gt = g.ground_truth ?? {};
    const position = k + 1;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
    return {
      id: f.replace(/\.json$/u, ''),
      position,
      url: g.url ?? '',
      title: str(gt.title),
      author: str(gt.author),
      date: str(gt.publish_date)?.slice(0, 10) ?? null,
    };
  });
  const heldOutHosts = new Set(raw.filter((p) => p.position % 5 === 1).map((p) => hostOf(p.url)));
  const pages: LabelledPage[] = [];
  for (const p of raw) {
    const textFile = path.join(dataDir, 'wcxb-dev-copied', 'text', `${p.id}.txt`);
    if (!existsSync(textFile)) continue;
    let part: Part = p.position % 5 === 1 ? 'held-out' : p.position % 5 === 3 ? 'dev' : 'train';
    if (part !== 'held-out' && heldOutHosts.has(hostOf(p.url))) part = 'excluded';
    pages.push({ ...p, part, text: readFileSync(textFile, 'utf8') });
  }
  return pages;
}
