/**
 * Evaluation of the events pass on ECB+ articles wrapped in outlet
 * furniture: every ECB+ train+dev story is published once by a synthetic
 * outlet (`tools/synth`, the held-out kit and the held-out WCXB furniture
 * snippets of the boilerplate evaluation) with navigation, by-lines, date
 * stamps, captions, inserts, share lines and "latest news" lists of other
 * stories' headlines around and inside it. The articles then go through the
 * pipeline as a real archive does: fingerprint, syndication and boilerplate
 * (fingerprint, syndication and boilerplate, `runStages`), enrich and events, all 772
 * in one run, and are scored against the gold `event_id` like the plain
 * articles.
 *
 * The generator's dates are left out of the front matter (as for the plain
 * articles, a date comes from the text); its date stamps stay in the text,
 * where the boilerplate stage has to find them, and print the story's own
 * date (`ecbStory`).
 */
import { enrich, loadNlp, statedDate, tidyDate } from '../../src/analyse/per-article/enrich/index.ts';
import { clusterEvents, foldLine } from '../../src/analyse/corpus/events/index.ts';
import { copiesOf } from '../../src/analyse/corpus/syndication/index.ts';
import { generateCorpus, type SourceStory } from '../synth/index.ts';
import { makeArticle } from '../../tests/support/articles.ts';
import { readEcbPlus, type EcbRecord } from './events-data.ts';
import type { PRF } from './events-metrics.ts';
import { clock, eventsOf, lap, splitScores, titleFaults, type SplitScores } from './events.ts';
import { loadExtractionData } from './extraction-data.ts';
import { NO_SOURCE_SHARE, runStages } from './extraction.ts';

/** Seed of the synthetic outlets (an integer): the same seed gives the same pages. */
export const FURNITURE_SEED = 7;

/**
 * Seeds of the synthetic outlets over which the wrapped run is repeated
 * (`evaluateFurnitureSeeds`). One draw of outlets is one sample: on ECB+
 * train+dev, B-cubed F1 ranges from 0.930 to 0.951 over seeds 1 to 12, and
 * `FURNITURE_SEED` is one of the better draws. The mean over eight is the
 * figure to compare with the plain row.
 */
export const FURNITURE_SEEDS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8];

/** The wrapped run's scores on all articles for one seed of the synthetic outlets. */
export interface SeedScores {
  seed: number;
  pairwise: PRF;
  bcubed: PRF;
  /** Articles dated otherwise than the plain article (`ecbStory`): a date lost or misread. */
  misdated: number;
}

/** What `evaluateFurnitureSeeds` measures: each seed's scores, and their mean, lowest and highest F1. */
export interface SeedsReport {
  seeds: SeedScores[];
  pairwiseF1: { mean: number; min: number; max: number };
  bcubedF1: { mean: number; min: number; max: number };
}

/** What `evaluateEventsInFurniture` measures. */
export interface FurnitureReport {
  system: SplitScores;
  /**
   * The same run with a perfect boilerplate stage: the generator's labels in
   * place of the boilerplate pass's decisions (every furniture block removed, every story
   * block kept), the ceiling of what the boilerplate pass can give this row.
   */
  ceiling: SplitScores;
  /**
   * The ceiling with one difference: the publication stamps and by-lines
   * that the ECB+ texts carry from their own pages ("December 22nd, 2008
   * 8:55 am"), which the generator labels story, are removed as the boilerplate pass
   * removes them (its `byline/…` rules). What a boilerplate stage that is
   * right about every block gives; the ceiling keeps words a real page's
   * stamp never adds to its story.
   */
  stampless: SplitScores;
  /** Story-labelled blocks of the ECB+ texts that the boilerplate pass removed as stamps or by-lines. */
  storyStamps: number;
  /** Generated blocks that are furniture, and how many of them the boilerplate stage left in. */
  furnitureBlocks: number;
  furnitureBlocksKept: number;
  /** Story blocks the boilerplate stage removed. */
  storyBlocksLost: number;
  /**
   * Articles that got a date from their text or its publication stamps; how
   * many of those read it from a furniture block (an outlet's stamp); and
   * how many articles end up with another date than the plain article's
   * (`ecbStory`), a date lost or misread.
   */
  dated: number;
  datedFromFurniture: number;
  misdated: number;
  /** Event titles that are cut with an ellipsis or are a line the generator made furniture (see `titleFaults`). */
  titleFaults: string[];
  /** Milliseconds of the stages, wall clock and CPU (for information). */
  timings: Record<'stages' | 'enrich' | 'cluster', { wallMs: number; cpuMs: number }>;
}

/**
 * The story of an ECB+ record as the generator dresses it: title, one
 * paragraph per line, and as its date the date its own text states (what
 * the plain article is dated by), else none. The outlets' date stamps print
 * that date, or are left out, so the furniture adds no date and contradicts none.
 */
export function ecbStory(record: EcbRecord): SourceStory {
  const title = record.title.replace(/\s+/gu, ' ').trim();
  const paragraphs = record.text
    .split('\n')
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .filter((l) => l !== '');
  const date = statedDate(makeArticle({ id: record.id, title, lines: paragraphs }))?.date ?? null;
  return { id: record.id, title, paragraphs, date };
}

/** The lines the generator made furniture, less the stories' own headlines (which its lists of other stories repeat). */
function furnitureNotHeadlines(records: readonly { title: string; blocks: readonly { text: string; label: string }[] }[]): Set<string> {
  const lines = new Set(records.flatMap((r) => r.blocks.filter((b) => b.label === 'furniture').map((b) => foldLine(b.text))));
  for (const r of records) lines.delete(foldLine(r.title));
  return lines;
}

/** Rules of the boilerplate pass that remove publication stamps and by-lines (rule ids). */
const STAMP_RULE = /^byline\//u;

/** Whether an article is given without its outlet (as raw copy-paste comes), by a hash of its id. */
function noSource(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % 1000) / 1000 < NO_SOURCE_SHARE;
}

/**
 * The ECB+ stories published by the synthetic outlets of one seed, and the
 * articles after the boilerplate pass; `gold` is the record of each article's story.
 */
function wrapped(records: readonly EcbRecord[], stories: readonly SourceStory[], furniture: Parameters<typeof generateCorpus>[0]['furniture'], seed: number) {
  const byId = new Map(records.map((r) => [r.id, r]));
  const corpus = generateCorpus({ seed, articles: records.length, stories: [...stories], furniture, kit: 'held-out', syndicatedShare: 0, idPrefix: 'f' });
  const gold = corpus.records.map((r) => byId.get(r.story) as EcbRecord);
  const input = corpus.records.map((r) =>
    makeArticle({ id: r.id, title: r.title, lines: r.blocks.map((b) => b.text), source: noSource(r.id) ? null : r.outlet, file: r.file }),
  );
  return { corpus, gold, stripped: runStages(input) };
}

/**
 * The wrapped run (fingerprint to events, as `evaluateEventsInFurniture`) repeated for
 * each seed of the synthetic outlets: every seed draws other outlets, other
 * furniture and other pages for the same 772 stories.
 *
 * @param dataDir Data folder (see `evaluateEventsInFurniture`).
 * @param seeds Seeds (default: `FURNITURE_SEEDS`).
 */
export async function evaluateFurnitureSeeds(dataDir: string, seeds: readonly number[] = FURNITURE_SEEDS): Promise<SeedsReport> {
  const records = await readEcbPlus(dataDir);
  const { furniture } = await loadExtractionData(dataDir);
  const stories = records.map(ecbStory);
  const nlp = loadNlp();
  const storyDate = new Map(stories.map((s) => [s.id, s.date ?? null]));
  const out: SeedScores[] = seeds.map((seed) => {
    const { corpus, gold, stripped } = wrapped(records, stories, furniture.heldOut, seed);
    const enriched = enrich(stripped.articles, { nlp });
    const misdated = enriched.filter((a, i) => a.date !== storyDate.get(corpus.records[i]!.story)).length;
    const { all } = splitScores(gold, eventsOf(clusterEvents(enriched, copiesOf(stripped.syndication))));
    return { seed, pairwise: all.pairwise, bcubed: all.bcubed, misdated };
  });
  const spread = (f: (s: SeedScores) => number) => {
    const v = out.map(f);
    return { mean: v.reduce((a, b) => a + b, 0) / Math.max(1, v.length), min: Math.min(...v), max: Math.max(...v) };
  };
  return { seeds: out, pairwiseF1: spread((s) => s.pairwise.f1), bcubedF1: spread((s) => s.bcubed.f1) };
}

/**
 * Run the furniture-wrapped events evaluation on a data folder
 * (`../shared/data`): returns the figures, prints nothing.
 *
 * @param dataDir Folder holding `ecbplus-traindev.jsonl`, `semeval2022-task8-en-pairs.jsonl` and `wcxb-dev/`.
 * @param seed Seed of the synthetic outlets (default: `FURNITURE_SEED`).
 */
export async function evaluateEventsInFurniture(dataDir: string, seed = FURNITURE_SEED): Promise<FurnitureReport> {
  const records = await readEcbPlus(dataDir);
  const { furniture } = await loadExtractionData(dataDir);
  const stories = records.map(ecbStory);
  let t = clock();
  const { corpus, gold, stripped } = wrapped(records, stories, furniture.heldOut, seed);
  const stages = lap(t);

  let furnitureBlocks = 0;
  let furnitureBlocksKept = 0;
  let storyBlocksLost = 0;
  corpus.records.forEach((r, i) => {
    const blocks = (stripped.articles[i] as (typeof stripped.articles)[number]).blocks;
    r.blocks.forEach((lb, b) => {
      const removed = blocks[b]?.removed !== undefined && blocks[b]?.removed !== null;
      if (lb.label === 'furniture') {
        furnitureBlocks++;
        if (!removed) furnitureBlocksKept++;
      } else if (removed) storyBlocksLost++;
    });
  });

  t = clock();
  const enriched = enrich(stripped.articles, { nlp: loadNlp() });
  const enrichTime = lap(t);
  t = clock();
  const copies = copiesOf(stripped.syndication);
  const result = clusterEvents(enriched, copies);
  const cluster = lap(t);

  const storyDate = new Map(stories.map((s) => [s.id, s.date ?? null]));
  let dated = 0;
  let datedFromFurniture = 0;
  let misdated = 0;
  enriched.forEach((a, i) => {
    if (a.date !== storyDate.get(corpus.records[i]!.story)) misdated++;
    if (a.dateSource !== 'text' || a.dateText === null) return;
    dated++;
    const r = corpus.records[i] as (typeof corpus.records)[number];
    const inStory = [r.title, ...r.blocks.filter((lb) => lb.label === 'story').map((lb) => lb.text)].some((t) => tidyDate(t).includes(a.dateText as string));
    if (!inStory) datedFromFurniture++;
  });

  // The ceiling: each block removed exactly when the generator made it furniture. A removal the boilerplate pass made
  // keeps its rule (a removed publication stamp still dates its article).
  const labelled = stripped.articles.map((a, i) => ({
    ...a,
    blocks: a.blocks.map((b, k) => {
      const furniture = corpus.records[i]!.blocks[k]?.label === 'furniture';
      const { removed, ...rest } = b;
      return furniture ? { ...rest, removed: removed ?? { ruleId: 'generator/furniture', reason: 'furniture by the generator\u2019s label' } } : rest;
    }),
  }));
  const ceiling = clusterEvents(enrich(labelled, { nlp: loadNlp() }), copies);
  let storyStamps = 0;
  const stampless = stripped.articles.map((a, i) => ({
    ...a,
    blocks: a.blocks.map((b, k) => {
      if (corpus.records[i]!.blocks[k]?.label !== 'furniture' && b.removed && STAMP_RULE.test(b.removed.ruleId)) {
        storyStamps++;
        return b;
      }
      return labelled[i]!.blocks[k]!;
    }),
  }));
  const stamplessResult = clusterEvents(enrich(stampless, { nlp: loadNlp() }), copies);

  return {
    system: splitScores(gold, eventsOf(result)),
    ceiling: splitScores(gold, eventsOf(ceiling)),
    stampless: splitScores(gold, eventsOf(stamplessResult)),
    storyStamps,
    furnitureBlocks,
    furnitureBlocksKept,
    storyBlocksLost,
    dated,
    datedFromFurniture,
    misdated,
    titleFaults: titleFaults(
      result.events.map((e) => e.title),
      furnitureNotHeadlines(corpus.records),
    ),
    timings: { stages, enrich: enrichTime, cluster },
  };
}
