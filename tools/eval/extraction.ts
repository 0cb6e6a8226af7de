/**
 * Evaluation of fingerprint, syndication and boilerplate against
 * labelled data: real story texts from `../shared/data` dressed by synthetic
 * outlets (`tools/synth`), in a tuned part and a held-out part (other stories,
 * other furniture templates, other real furniture snippets, other outlets),
 * plus the five seed articles. No printing: `tools/eval-extraction.ts`
 * prints the report.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { stripBoilerplate } from '../../src/analyse/corpus/boilerplate/index.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { words } from '../../src/text/words.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { generateCorpus, type GeneratedCorpus } from '../synth/index.ts';
import type { Article } from '../../src/model/types.ts';
import { makeArticle } from '../../tests/support/articles.ts';
import { loadExtractionData } from './extraction-data.ts';

/** Articles in the tuned synthetic corpus. */
export const TUNED_ARTICLES = 2000;
/** Articles in the held-out synthetic corpus. */
export const HELD_OUT_ARTICLES = 800;
/** Share of articles (a ratio) given without an outlet, as raw `.txt` copy-paste comes. */
export const NO_SOURCE_SHARE = 0.25;

/** Text extraction scores of one corpus. */
export interface TextScores {
  articles: number;
  /** Shingle precision, recall (averaged over articles) and F1 of the two averages. */
  precision: number;
  recall: number;
  f1: number;
  /** Articles in which at least one furniture block (or agency code) survived. */
  articlesWithFurniture: number;
  furnitureBlocks: number;
  furnitureBlocksKept: number;
  /** Surviving furniture blocks by furniture family. */
  keptByFamily: Record<string, number>;
  storyBlocks: number;
  /** Story blocks removed. */
  storyBlocksLost: number;
  /** Removed story blocks by rule id. */
  lostByRule: Record<string, number>;
  /** A few examples of each error, for a person to read. */
  examples: { kept: string[]; lost: string[] };
}

/** Pairwise scores of syndication groups. */
export interface PairScores {
  goldPairs: number;
  predictedPairs: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusReport {
  text: TextScores;
  syndication: PairScores;
}

/** What the stages made of one seed article. */
export interface SeedResult {
  id: string;
  /** Furniture lines of seeds/README.md that were not removed (or, for an agency code, not cut). */
  furnitureLeft: string[];
  /** Story lines that were removed or changed. */
  storyLost: string[];
}

export interface ExtractionReport {
  tuned: CorpusReport;
  heldOut: CorpusReport;
  seeds: { perfect: boolean; articles: SeedResult[] };
}

/** Multiset of 4-word shingles. */
function shingles(text: string): Map<string, number> {
  const w = words(text);
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= w.length; i++) {
    const key = `${w[i]} ${w[i + 1]} ${w[i + 2]} ${w[i + 3]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Shingle precision and recall of `kept` against `gold`, as in `../shared/data/README.md`. */
export function shinglePR(kept: string, gold: string): { precision: number; recall: number } {
  const k = shingles(kept);
  const g = shingles(gold);
  let nk = 0;
  let ng = 0;
  let both = 0;
  for (const [key, c] of k) {
    nk += c;
    both += Math.min(c, g.get(key) ?? 0);
  }
  for (const c of g.values()) ng += c;
  return {
    precision: nk === 0 ? (ng === 0 ? 1 : 0) : both / nk,
    recall: ng === 0 ? 1 : both / ng,
  };
}

/** Pairwise precision and recall of predicted groups against gold groups. */
export function pairScores(gold: Iterable<readonly string[]>, predicted: Iterable<readonly string[]>): PairScores {
  const pairs = (groups: Iterable<readonly string[]>): Set<string> => {
    const out = new Set<string>();
    for (const g of groups) {
      const m = [...g].sort();
      for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) out.add(`${m[i]}\u0000${m[j]}`);
    }
    return out;
  };
  const gp = pairs(gold);
  const pp = pairs(predicted);
  let both = 0;
  for (const p of pp) if (gp.has(p)) both++;
  const precision = pp.size === 0 ? 1 : both / pp.size;
  const recall = gp.size === 0 ? 1 : both / gp.size;
  return { goldPairs: gp.size, predictedPairs: pp.size, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function noSource(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % 1000) / 1000 < NO_SOURCE_SHARE;
}

/** Run fingerprint, syndication and boilerplate as the pipeline does: fingerprint, group, strip, confirm. */
export function runStages(articles: Article[]): ReturnType<typeof stripBoilerplate> {
  const fps = fingerprint(articles);
  const syndication = findSyndication(articles, fps);
  return stripBoilerplate(articles, syndication);
}

/** Score fingerprint, syndication and boilerplate on a generated corpus. */
export function scoreCorpus(corpus: GeneratedCorpus): CorpusReport {
  const articles = corpus.records.map((r) =>
    makeArticle({ id: r.id, title: r.title, lines: r.blocks.map((b) => b.text), source: noSource(r.id) ? null : r.outlet, date: r.date, file: r.file }),
  );
  const result = runStages(articles);
  let p = 0;
  let rc = 0;
  let withFurniture = 0;
  let furnitureBlocks = 0;
  let furnitureKept = 0;
  let storyBlocks = 0;
  let storyLost = 0;
  const keptByFamily: Record<string, number> = {};
  const lostByRule: Record<string, number> = {};
  const examples = { kept: [] as string[], lost: [] as string[] };
  corpus.records.forEach((record, i) => {
    const out = result.articles[i]!;
    let survived = false;
    const gold: string[] = [];
    const kept: string[] = [];
    record.blocks.forEach((lb, b) => {
      const block = out.blocks[b]!;
      if (!block.removed) kept.push(block.text);
      if (lb.label === 'story') {
        storyBlocks++;
        gold.push(lb.gold ?? lb.text);
        if (block.removed) {
          storyLost++;
          lostByRule[block.removed.ruleId] = (lostByRule[block.removed.ruleId] ?? 0) + 1;
          if (examples.lost.length < 12) examples.lost.push(`${record.id} [${block.removed.ruleId}] ${lb.text.slice(0, 140)}`);
        } else if (lb.gold !== undefined && words(block.text).join(' ') !== words(lb.gold).join(' ')) {
          survived = true;
          keptByFamily.code = (keptByFamily.code ?? 0) + 1;
          if (examples.kept.length < 12) examples.kept.push(`${record.id} (code) ${block.text.slice(-80)}`);
        }
      } else {
        furnitureBlocks++;
        if (!block.removed) {
          survived = true;
          furnitureKept++;
          const family = lb.family ?? 'furniture';
          keptByFamily[family] = (keptByFamily[family] ?? 0) + 1;
          if (examples.kept.length < 12) examples.kept.push(`${record.id} (${family}) ${lb.text.slice(0, 140)}`);
        }
      }
    });
    if (survived) withFurniture++;
    const s = shinglePR(kept.join('\n'), gold.join('\n'));
    p += s.precision;
    rc += s.recall;
  });
  const n = corpus.records.length;
  const precision = n ? p / n : 1;
  const recall = n ? rc / n : 1;
  const predicted = result.syndication.groups.map((g) => g.members);
  return {
    text: {
      articles: n,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      articlesWithFurniture: withFurniture,
      furnitureBlocks,
      furnitureBlocksKept: furnitureKept,
      keptByFamily,
      storyBlocks,
      storyBlocksLost: storyLost,
      lostByRule,
      examples,
    },
    syndication: pairScores(corpus.groups.values(), predicted),
  };
}

/**
 * The furniture of each seed as seeds/README.md describes it, and where its
 * title line is. `code` lines keep their sentence; only the code must go.
 */
const SEED_GOLD: Record<string, { title: number | null; furniture: (line: string, index: number, lines: string[]) => boolean; code?: RegExp }> = {
  '000': { title: 0, furniture: () => false },
  '001': { title: 0, furniture: () => false },
  '002': { title: null, furniture: (_l, i, lines) => i >= lines.indexOf('Latest news') },
  '003': {
    title: 1,
    furniture: (l) => l === 'Skip to content' || / on (Facebook|Twitter|Linkedin)$/.test(l) || l.startsWith('Contact:') || l === 'Leave a comment',
  },
  '004': {
    title: 0,
    furniture: (l) => /\(Photo: /.test(l) || l.startsWith('Also Read:') || /\(MINA\)$/.test(l),
    code: /\(T\/R07\/R01\)$/,
  },
};

/** Run the stages on the five seeds and check them against seeds/README.md. */
export async function evaluateSeeds(seedsDir: string): Promise<ExtractionReport['seeds']> {
  const ids = Object.keys(SEED_GOLD);
  const names = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  const inputs = await Promise.all(
    ids.map(async (id) => {
      const name = names.find((f) => f.startsWith(`${id}_`));
      if (!name) throw new Error(`evaluateSeeds: no seed ${id}_*.txt in ${seedsDir}`);
      const lines = (await readFile(join(seedsDir, name), 'utf8')).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
      const gold = SEED_GOLD[id]!;
      const title = gold.title === null ? '' : lines[gold.title]!;
      const body = lines.filter((_, i) => i !== gold.title);
      return { id, title, body, gold };
    }),
  );
  const articles = inputs.map((s) => makeArticle({ id: s.id, title: s.title, lines: s.body, file: `${s.id}.txt` }));
  const result = runStages(articles);
  const out: SeedResult[] = inputs.map((s, i) => {
    const article = result.articles[i]!;
    const furnitureLeft: string[] = [];
    const storyLost: string[] = [];
    s.body.forEach((line, b) => {
      const block = article.blocks[b]!;
      const isFurniture = s.gold.furniture(line, b, s.body);
      if (isFurniture && !block.removed) furnitureLeft.push(line);
      if (!isFurniture) {
        if (block.removed) storyLost.push(line);
        else if (s.gold.code?.test(line)) {
          const expected = line.replace(s.gold.code, '').trim();
          if (block.text !== expected) (block.text.length > expected.length ? furnitureLeft : storyLost).push(line);
        } else if (block.text !== line) storyLost.push(line);
      }
    });
    return { id: s.id, furnitureLeft, storyLost };
  });
  return { perfect: out.every((r) => r.furnitureLeft.length === 0 && r.storyLost.length === 0), articles: out };
}

/**
 * Evaluate extraction and syndication on the labelled data of `dataDir`
 * (`../shared/data`) and on the seeds (`<dataDir>/../seeds`).
 *
 * @param dataDir The shared data folder.
 * @param options `seedsDir` (default: `<dataDir>/../seeds`), `tunedArticles` (default: `2000`), `heldOutArticles` (default: `800`).
 */
export async function evaluateExtraction(
  dataDir: string,
  options: { seedsDir?: string; tunedArticles?: number; heldOutArticles?: number } = {},
): Promise<ExtractionReport> {
  const data = await loadExtractionData(dataDir);
  const tuned = generateCorpus({
    seed: 1,
    articles: options.tunedArticles ?? TUNED_ARTICLES,
    stories: data.stories.tuned,
    furniture: data.furniture.tuned,
    kit: 'tuned',
    inventedOthers: 0,
    idPrefix: 't',
  });
  const heldOut = generateCorpus({
    seed: 2,
    articles: options.heldOutArticles ?? HELD_OUT_ARTICLES,
    stories: data.stories.heldOut,
    furniture: data.furniture.heldOut,
    kit: 'held-out',
    inventedOthers: 0,
    idPrefix: 'h',
  });
  return {
    tuned: scoreCorpus(tuned),
    heldOut: scoreCorpus(heldOut),
    seeds: await evaluateSeeds(options.seedsDir ?? join(dataDir, '..', 'seeds')),
  };
}
