/**
 * Trains the furniture model of the boilerplate pass on the training pages (never the
 * held-out part, see `pages.ts`), reports five-fold cross-validation on them
 * (folds by host), and writes the weights the stage loads.
 *
 * Usage: `node --import tsx tools/furniture/train.ts [dataDir] [--grid] [--write]`
 *   --set a=1,b=2  cross-validate these settings (repeatable; default: the settings of settings.ts)
 *   --no-cv  skip the cross-validation
 *   --write  fit on all training pages and write src/analyse/corpus/boilerplate/model/weights.json
 *   --without-fold K  with --write: leave fold K out of the fit (an end-to-end dev check, see dev-corpus.ts)
 *
 * Deterministic: the folds, the row order and Newton's method involve no randomness.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_FEATURES, contextRows, fullRow, gapsMeaningful, passProbabilities, shapeRows, type LogisticWeights } from '../../src/analyse/corpus/boilerplate/model/features.ts';
import { SHAPE_FEATURES } from '../../src/analyse/corpus/boilerplate/model/shape.ts';
import { pageCut } from '../../src/analyse/corpus/boilerplate/model/cut.ts';
import { words } from '../../src/text/words.ts';
import { buildDataset, type PageData } from './dataset.ts';
import { fitLogistic, type Rows } from './logistic.ts';
import { aggregate, shingleCounts } from './metric.ts';
import { defaultDataDir, FOLDS, foldsByHost, trainingPages } from './pages.ts';
import { FIXED_WEIGHTS, type Settings, DEFAULT_SETTINGS } from './settings.ts';

/** The labelled training pages, read from `FURNITURE_CACHE` when set and present (building them takes a while). */
export function cachedDataset(dataDir: string): PageData[] {
  const cache = process.env.FURNITURE_CACHE;
  if (cache && existsSync(cache)) {
    const data = JSON.parse(readFileSync(cache, 'utf8')) as PageData[];
    for (const d of data) d.page = { ...d.page, gapsMeaningful: gapsMeaningful('text', d.page.lines) };
    return data;
  }
  const data = buildDataset(trainingPages(dataDir));
  if (cache) writeFileSync(cache, JSON.stringify(data));
  return data;
}

/** Rows of the blocks the model decides (not removed by a rule, with words), weighted per page. */
function rowsOf(data: readonly PageData[], rowFor: (d: PageData, i: number) => number[][], s: Settings): Rows {
  const rows: Rows = { x: [], y: [], w: [] };
  const alpha = s.alpha;
  const meanLines = data.reduce((sum, d) => sum + d.labels.length, 0) / Math.max(1, data.length);
  for (const [i, d] of data.entries()) {
    const xs = rowFor(d, i);
    const take = d.labels.map((_, b) => !d.page.removed[b] && d.tokens[b]!.length > 0);
    const raw = d.tokens.map((t) => Math.pow(1 + t.length, alpha));
    const total = raw.reduce((s, v, b) => s + (take[b] ? v : 0), 0);
    if (total === 0) continue;
    const lines = take.filter(Boolean).length;
    d.labels.forEach((l, b) => {
      if (!take[b]) return;
      rows.x.push(xs[b]!);
      rows.y.push(l.story ? 1 : 0);
      // Each page's rows weigh as many as its lines, or (`pageWeight` 1) every page the same.
      rows.w.push((raw[b]! / total) * (s.pageWeight ? meanLines : lines));
    });
  }
  return rows;
}

/** Weights by name from a fit over `names`, rounded, with the fixed weights set. */
function named(fit: { bias: number; coef: number[] }, names: readonly string[]): LogisticWeights {
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    const w = FIXED_WEIGHTS[name] ?? fit.coef[j]!;
    if (Math.abs(w) >= 1e-4) weights[name] = Math.round(w * 1e4) / 1e4;
  });
  return { bias: Math.round(fit.bias * 1e4) / 1e4, weights };
}

/**
 * The pages to fit on: with `augment`, each page whose blank lines tell
 * something a second time without them, so that the model also reads text
 * pasted without blank lines, and markdown.
 */
function augmented(data: readonly PageData[], s: Settings): readonly PageData[] {
  if (!s.augment) return data;
  return [...data, ...data.filter((d) => d.page.gapsMeaningful).map((d) => ({ ...d, page: { ...d.page, gapsMeaningful: false } }))];
}

/** Fits the passes on `data`, one after the other. */
export function fitModel(pages: readonly PageData[], s: Settings): LogisticWeights[] {
  const data = augmented(pages, s);
  const shapes = data.map((d) => shapeRows(d.page));
  const passes: LogisticWeights[] = [];
  passes.push(named(fitLogistic(rowsOf(data, (_, i) => shapes[i]!, s), s.l2First), SHAPE_FEATURES));
  for (let k = 1; k < s.passes; k++) {
    const rows = rowsOf(
      data,
      (d, i) => {
        const { p } = passProbabilities(d.page, passes);
        const context = contextRows(d.page, p).rows;
        return shapes[i]!.map((shape, b) => fullRow(shape, context[b]!));
      },
      s,
    );
    passes.push(named(fitLogistic(rows, s.l2Second), ALL_FEATURES));
  }
  return passes;
}

/** Story probability of every block of a page under a fitted model. */
export function predict(d: PageData, passes: readonly LogisticWeights[]): number[] {
  return passProbabilities(d.page, passes).p;
}

/** A typical story line: the mean of each feature of the last pass over the story lines the model decides. */
function typicalStoryLine(data: readonly PageData[], passes: readonly LogisticWeights[]): Record<string, number> {
  const names = passes.length > 1 ? ALL_FEATURES : SHAPE_FEATURES;
  const sum = new Array<number>(names.length).fill(0);
  let n = 0;
  for (const d of data) {
    const { rows } = passProbabilities(d.page, passes);
    d.labels.forEach((l, b) => {
      if (!l.story || d.page.removed[b]) return;
      rows[b]!.forEach((v, j) => (sum[j] = sum[j]! + v));
      n++;
    });
  }
  const out: Record<string, number> = {};
  names.forEach((name, j) => {
    const mean = n ? sum[j]! / n : 0;
    if (Math.abs(mean) >= 1e-3) out[name] = Math.round(mean * 1e3) / 1e3;
  });
  return out;
}

/** Metric over pages when blocks with a story probability under `cut` are removed too. */
export function scoreAt(data: readonly PageData[], probs: readonly number[][], cut: number) {
  return aggregate(
    data.map((d, i) => {
      const c = pageCut(probs[i]!, d.page.texts.map((t) => words(t).length), d.page.removed, cut);
      const kept = d.tokens.filter((_, b) => !d.page.removed[b] && probs[i]![b]! >= c).flat();
      return shingleCounts(d.gold, kept);
    }),
  );
}


/** Out-of-fold story probabilities of every page. */
export function crossValidate(data: readonly PageData[], s: Settings): number[][] {
  const folds = foldsByHost(data.map((d) => d.host));
  const probs: number[][] = new Array(data.length);
  for (let f = 0; f < FOLDS; f++) {
    const model = fitModel(data.filter((_, i) => folds[i] !== f), s);
    data.forEach((d, i) => {
      if (folds[i] === f) probs[i] = predict(d, model);
    });
  }
  return probs;
}

const CUTS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

function report(data: readonly PageData[], probs: number[][], label: string): void {
  const f = (x: number) => x.toFixed(3);
  const none = scoreAt(data, probs, 0);
  console.log(`${label}  rules only: P ${f(none.P)} R ${f(none.R)}`);
  for (const cut of CUTS) {
    const m = scoreAt(data, probs, cut);
    console.log(`  cut ${cut.toFixed(2)}  P ${f(m.P)}  R ${f(m.R)}  F1 ${f(m.F1)}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--set' && args[i - 1] !== '--without-fold') ?? defaultDataDir();
  const data = cachedDataset(dataDir);
  console.log(`training pages ${data.length}, blocks ${data.reduce((s, d) => s + d.labels.length, 0)}`);
  // Each `--set a=1,b=2` is one setting to cross-validate; none: the default settings.
  const sets = args.flatMap((a, i) => (a === '--set' ? [args[i + 1]!] : []));
  const grid: Settings[] = (sets.length ? sets : ['']).map((spec) => {
    const s: Settings = { ...DEFAULT_SETTINGS };
    for (const kv of spec.split(',').filter(Boolean)) {
      const [k, v] = kv.split('=');
      (s as unknown as Record<string, number>)[k!] = Number(v);
    }
    return s;
  });
  if (args.includes('--no-cv')) grid.length = 0;
  for (const s of grid) report(data, crossValidate(data, s), `cross-validation (training pages) ${JSON.stringify(s)}`);
  if (args.includes('--write')) {
    // `--without-fold K`: weights for an end-to-end check on fold K (dev-corpus.ts), not for shipping.
    const without = args.includes('--without-fold') ? Number(args[args.indexOf('--without-fold') + 1]) : -1;
    const folds = foldsByHost(data.map((d) => d.host));
    const fitted = data.filter((_, i) => folds[i] !== without);
    const passes = fitModel(fitted, DEFAULT_SETTINGS);
    const out = {
      about: 'Weights of the furniture model of the boilerplate pass, written by tools/furniture/train.ts; do not edit by hand.',
      threshold: DEFAULT_SETTINGS.threshold,
      thresholdWithoutGaps: DEFAULT_SETTINGS.thresholdWithoutGaps,
      passes,
      typical: typicalStoryLine(fitted, passes),
    };
    const path = fileURLToPath(new URL('../../src/analyse/corpus/boilerplate/model/weights.json', import.meta.url));
    writeFileSync(path, JSON.stringify(out) + '\n');
    console.log(`wrote ${path}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
