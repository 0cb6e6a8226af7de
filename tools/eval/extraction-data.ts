/**
 * Evaluation data for fingerprint, syndication and boilerplate: real story texts from `../shared/data`
 * (ECB+ texts, SemEval-2022 Task 8 texts, WCXB `main_content`) and real
 * furniture snippets (WCXB `without[]`), split into a tuned part and a
 * held-out part by a hash of their id.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { splitSentences, type SourceStory } from '../synth/index.ts';
import { makeArticle } from '../../tests/support/articles.ts';

/** Share of stories and furniture snippets (a ratio) kept out of tuning. */
export const HELD_OUT_SHARE = 0.25;

/** Story texts and furniture snippets, each split tuned / held-out. */
export interface ExtractionData {
  stories: { tuned: SourceStory[]; heldOut: SourceStory[] };
  furniture: { tuned: string[]; heldOut: string[] };
}

function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return ((h ^ (h >>> 12)) >>> 0) / 4294967296;
}
const heldOut = (id: string): boolean => hashId(id) < HELD_OUT_SHARE;

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A stamp line ECB+ texts start with ("Published: July 29, 2004", "May 2, 2013 | 5: 03pm"): page furniture, not story. */
const STAMP =
  /^(?:(?:published|updated|posted|last updated)\b.*|[\p{L}.,]*\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*[,/]?\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{L}.]*\s*(?:\d{1,2}(?:st|nd|rd|th)?)?,?\s*\d{4}.*|\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}.*|.*\b\d{1,2}\s*:\s*\d{2}\s*(?:[ap]\.?\s*m\.?)?.*)$/iu;

/** Words of a text, lower case, for comparing lines. */
const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A headline as a page would print it: a long sentence-title is cut at a word boundary, its full stop dropped. */
function headline(title: string): string {
  const t = fold(title).replace(/[.]+$/, '');
  const w = t.split(' ');
  return w.length <= 16 ? t : w.slice(0, 12).join(' ').replace(/[,;:–—-]+$/, '');
}

function storyLines(text: string, title = ''): string[] {
  const lines = text.split('\n').map(fold).filter(Boolean);
  let start = 0;
  // The title is not a body line (WCXB main content starts with its H1).
  if (title && lines[0] && key(lines[0]) === key(title)) start = 1;
  while (start < Math.min(start + 3, lines.length) && lines[start]!.split(' ').length <= 12 && STAMP.test(lines[start]!)) start++;
  return lines.slice(start);
}

function sentences(text: string): string[] {
  return splitSentences(fold(text));
}

const enough = (s: SourceStory): boolean =>
  s.paragraphs.length >= 2 && s.paragraphs.join(' ').split(/\s+/).length >= 40 && s.title.split(/\s+/).length >= 2;

async function readJsonl(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, 'utf8');
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Read the real stories and furniture snippets of `dataDir` (`../shared/data`). */
export async function loadExtractionData(dataDir: string): Promise<ExtractionData> {
  const stories: SourceStory[] = [];
  for (const r of await readJsonl(join(dataDir, 'ecbplus-traindev.jsonl'))) {
    const title = String(r.title ?? '');
    stories.push({ id: `ecb-${String(r.id)}`, title: headline(title), paragraphs: storyLines(String(r.text ?? ''), title) });
  }
  const seen = new Set<string>();
  for (const r of await readJsonl(join(dataDir, 'semeval2022-task8-en-pairs.jsonl'))) {
    const ids = String(r.pair_id).split('_');
    (['text1', 'text2'] as const).forEach((field, k) => {
      const id = `semeval-${ids[k] ?? `${String(r.pair_id)}-${k}`}`;
      if (seen.has(id)) return;
      seen.add(id);
      const ss = sentences(String(r[field] ?? ''));
      if (ss.length < 3) return;
      const paragraphs: string[] = [];
      for (let i = 1; i < ss.length; i += 2) paragraphs.push(ss.slice(i, i + 2).join(' '));
      stories.push({ id, title: headline(ss[0]!), paragraphs });
    });
  }
  const gtDir = join(dataDir, 'wcxb-dev', 'ground-truth');
  const furniture = { tuned: new Set<string>(), heldOut: new Set<string>() };
  for (const name of (await readdir(gtDir)).filter((f) => f.endsWith('.json')).sort()) {
    const gt = JSON.parse(await readFile(join(gtDir, name), 'utf8')) as {
      ground_truth: { title?: string; main_content?: string; without?: string[] };
    };
    const id = `wcxb-${name.replace(/\.json$/, '')}`;
    const g = gt.ground_truth;
    if (g.main_content) stories.push({ id, title: headline(g.title ?? ''), paragraphs: storyLines(g.main_content, g.title ?? '') });
    for (const w of g.without ?? []) {
      const t = fold(w);
      if (t.length >= 2 && t.length <= 200) (heldOut(id) ? furniture.heldOut : furniture.tuned).add(t);
    }
  }
  // Real data has its own near-duplicates; keep one of each so gold groups are only the generator's.
  const usable = stories.filter(enough);
  const articles = usable.map((s) => makeArticle({ id: s.id, title: s.title, lines: s.paragraphs }));
  const groups = findSyndication(articles, fingerprint(articles), { minContainment: 0.3 }).groupOf;
  const unique = usable.filter((s) => (groups.get(s.id) ?? s.id) === s.id);
  const byId = (a: SourceStory, b: SourceStory): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    stories: {
      tuned: unique.filter((s) => !heldOut(s.id)).sort(byId),
      heldOut: unique.filter((s) => heldOut(s.id)).sort(byId),
    },
    furniture: {
      tuned: [...furniture.tuned].filter((t) => !furniture.heldOut.has(t)).sort(),
      heldOut: [...furniture.heldOut].filter((t) => !furniture.tuned.has(t)).sort(),
    },
  };
}
