/**
 * Learns the headline model's weights from labelled copied pages and writes
 * them to `src/analyse/per-article/parse/headline-weights.json`.
 *
 *   node --import tsx tools/headline/train.ts             fit on train, report dev, fit on train + dev, write
 *   node --import tsx tools/headline/train.ts --no-write  report only
 *   node --import tsx tools/headline/train.ts --cv        best line right over four folds of train + dev
 *   options: --objective binary|softmax (softmax)  --l2 N (0.003)  --word-l2 N (1, times l2 for word features)
 *            --epochs N (300)  --rate N (0.05)  --min-word-pages N (20)  --signed-words  --errors  --out FILE
 *
 * A candidate is a headline when its text is the page's labelled title
 * (whitespace folded). The threshold keeps `KEPT_SHARE` of the right picks on
 * the training pages; how many pages with their headline lines taken out it
 * then gives no headline is reported.
 * The held-out pages (`pages.ts`) are never used here.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { textBlocks } from '../../src/analyse/per-article/parse/blocks.ts';
import { headlineCandidates, type HeadlineCandidate } from '../../src/analyse/per-article/parse/headline-features.ts';
import { fit, scoreRow, type FitSettings, type Group, type Row } from './learn.ts';
import { fold, loadPages, type LabelledPage } from './pages.ts';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/analyse/per-article/parse/headline-weights.json');

const { values: args } = parseArgs({
  options: {
    objective: { type: 'string', default: 'softmax' },
    l2: { type: 'string', default: '0.003' },
    epochs: { type: 'string', default: '300' },
    rate: { type: 'string', default: '0.05' },
    'min-word-pages': { type: 'string', default: '20' },
    'signed-words': { type: 'boolean', default: false },
    'word-l2': { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
    out: { type: 'string', default: OUT },
    cv: { type: 'boolean', default: false },
  },
});

/** Share of the right picks on the training pages that the threshold keeps (ratio). */
const KEPT_SHARE = 0.995;

/** Lexical features (a line's words) are the ones named `w:` and `first:`. */
const isLexical = (name: string) => name.startsWith('w:') || name.startsWith('first:');

interface PageCandidates {
  page: LabelledPage;
  candidates: HeadlineCandidate[];
  labels: boolean[];
}

const cache = new Map<string, PageCandidates>();

function candidatesOf(page: LabelledPage, dropHeadline = false): PageCandidates {
  const key = `${page.id}:${dropHeadline}`;
  const known = cache.get(key);
  if (known) return known;
  const title = fold(page.title);
  let blocks = textBlocks(page.text.replace(/\r\n?/gu, '\n'), 1);
  // A page without its headline: its headline lines, and lines a cut would make it from, taken out.
  if (dropHeadline) blocks = blocks.filter((b) => !b.text.includes(title));
  const candidates = headlineCandidates(blocks.map((b) => ({ text: b.text, line: b.line })));
  const out = { page, candidates, labels: candidates.map((c) => title !== '' && fold(c.text) === title) };
  cache.set(key, out);
  return out;
}

/** Feature name → index, from the train pages: lexical features only when at least `minPages` pages have them. */
function vocabulary(train: readonly PageCandidates[], minPages: number): Map<string, number> {
  const pagesWith = new Map<string, number>();
  for (const p of train) {
    const seen = new Set<string>();
    for (const c of p.candidates) for (const name of Object.keys(c.features)) seen.add(name);
    for (const name of seen) pagesWith.set(name, (pagesWith.get(name) ?? 0) + 1);
  }
  const names = [...pagesWith].filter(([name, n]) => !isLexical(name) || n >= minPages).map(([name]) => name).sort();
  return new Map(names.map((name, i) => [name, i]));
}

function rowsOf(p: PageCandidates, index: ReadonlyMap<string, number>): Group {
  return p.candidates.map((c, i): Row => {
    const entries = Object.entries(c.features).filter(([name]) => index.has(name));
    return {
      features: Int32Array.from(entries.map(([name]) => index.get(name)!)),
      values: Float64Array.from(entries.map(([, v]) => v)),
      positive: p.labels[i]!,
    };
  });
}

/** The best-scoring candidate of a page: its row index and score (-1 and -Infinity when none). */
function best(group: Group, w: Float64Array): { at: number; score: number } {
  let at = -1;
  let score = -Infinity;
  group.forEach((r, i) => {
    const s = scoreRow(w, r);
    if (s > score) [at, score] = [i, s];
  });
  return { at, score };
}

interface Trained {
  index: Map<string, number>;
  w: Float64Array;
  threshold: number;
}

/** Settings of one training run: the learner's, and the penalty on lexical features relative to the others. */
type TrainSettings = Omit<FitSettings, 'nonPositive' | 'l2Scale'> & { wordL2: number };

function train(pages: readonly LabelledPage[], settings: TrainSettings, minPages: number, withThreshold = true): Trained {
  const data = pages.map((p) => candidatesOf(p));
  const index = vocabulary(data, minPages);
  const nonPositive = new Set([...index].filter(([name]) => isLexical(name) && !args['signed-words']).map(([, i]) => i));
  const l2Scale = Float64Array.from([...index.keys()], (name) => (isLexical(name) ? settings.wordL2 : 1));
  const w = fit(data.map((p) => rowsOf(p, index)), index.size, { ...settings, nonPositive, l2Scale });
  if (!withThreshold) return { index, w, threshold: -Infinity };
  // The threshold: the score all but `KEPT_SHARE` of the right picks on these pages reach, so that a
  // page without a headline line (one that opens with its story) is seldom given one.
  const right = data
    .map((p) => ({ p, b: best(rowsOf(p, index), w) }))
    .filter(({ p, b }) => b.at >= 0 && p.labels[b.at])
    .map(({ b }) => b.score)
    .sort((a, b) => a - b);
  const threshold = right[Math.floor(right.length * (1 - KEPT_SHARE))] ?? 0;
  return { index, w, threshold };
}

function evaluate(pages: readonly LabelledPage[], m: Trained, label: string): void {
  let right = 0;
  let possible = 0;
  let abstained = 0;
  let top = 0;
  let abstainedWithout = 0;
  const errors: string[] = [];
  for (const p of pages) {
    const data = candidatesOf(p);
    if (data.labels.some(Boolean)) possible++;
    const b = best(rowsOf(data, m.index), m.w);
    if (data.labels[b.at]) top++;
    if (b.score < m.threshold) abstained++;
    else if (data.labels[b.at]) right++;
    else if (data.labels.some(Boolean) && !data.labels[b.at]) {
      const g = data.labels.indexOf(true);
      const gs = scoreRow(m.w, rowsOf(data, m.index)[g]!);
      errors.push(`${p.id}  gold [${data.candidates[g]!.index}] ${gs.toFixed(2)}: ${fold(p.title).slice(0, 70)}\n       got  [${data.candidates[b.at]!.index}] ${b.score.toFixed(2)}: ${data.candidates[b.at]!.text.slice(0, 70)}`);
    }
    const without = best(rowsOf(candidatesOf(p, true), m.index), m.w);
    if (without.score < m.threshold) abstainedWithout++;
  }
  const r = (x: number) => (x / Math.max(pages.length, 1)).toFixed(3);
  console.log(
    `${label}: ${pages.length} pages, title exact ${r(right)} (${right}; best line right ${top}; a candidate is right on ${possible}), ` +
      `no headline taken ${abstained}; with the headline lines taken out, none taken on ${r(abstainedWithout)}`,
  );
  if (args.errors) console.log(errors.join('\n'));
}

function weightsJson(m: Trained): string {
  const weights: Record<string, number> = {};
  for (const [name, i] of [...m.index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const x = Math.round(m.w[i]! * 1e4) / 1e4;
    if (x !== 0) weights[name] = x;
  }
  return `${JSON.stringify({ threshold: Math.round(m.threshold * 1e4) / 1e4, weights }, null, 1)}\n`;
}

const pages = loadPages();
const settings = {
  objective: args.objective as FitSettings['objective'],
  l2: Number(args.l2),
  epochs: Number(args.epochs),
  rate: Number(args.rate),
  wordL2: Number(args['word-l2']),
};
const minPages = Number(args['min-word-pages']);
const trainPages = pages.filter((p) => p.part === 'train');
const devPages = pages.filter((p) => p.part === 'dev');
console.log(`pages: ${trainPages.length} train, ${devPages.length} dev (${pages.filter((p) => p.part === 'excluded').length} left out: a site with a held-out page)`);
/** Best line right on each of four folds of train + dev, each fitted on the other three. */
function crossValidate(objective: FitSettings['objective'], l2: number, mp: number, wordL2: number): void {
  const all = [...trainPages, ...devPages].sort((a, b) => a.position - b.position);
  let right = 0;
  let possible = 0;
  for (let k = 0; k < 4; k++) {
    const m = train(all.filter((_, i) => i % 4 !== k), { ...settings, objective, l2, wordL2 }, mp, false);
    for (const p of all.filter((_, i) => i % 4 === k)) {
      const data = candidatesOf(p);
      if (data.labels.some(Boolean)) possible++;
      const b = best(rowsOf(data, m.index), m.w);
      if (data.labels[b.at]) right++;
      else if (args.errors && data.labels.some(Boolean)) {
        const g = data.labels.indexOf(true);
        console.log(`${p.id} gold [${data.candidates[g]!.index}] ${fold(p.title).slice(0, 60)}\n      got  [${data.candidates[b.at]!.index}] ${data.candidates[b.at]!.text.slice(0, 60)}`);
      }
    }
  }
  console.log(`cv ${objective} l2=${l2} min-word-pages=${mp} word-l2=${wordL2}: best line right ${right} of ${all.length} (a candidate is right on ${possible})`);
}

if (args.cv) {
  crossValidate(settings.objective, settings.l2, minPages, settings.wordL2);
  process.exit(0);
}
const onTrain = train(trainPages, settings, minPages);
evaluate(trainPages, onTrain, 'train');
evaluate(devPages, onTrain, 'dev');
if (!args['no-write']) {
  const final = train([...trainPages, ...devPages], settings, minPages);
  writeFileSync(args.out, weightsJson(final));
  console.log(`wrote ${path.relative(process.cwd(), args.out)}: ${Object.keys(JSON.parse(weightsJson(final)).weights).length} weights`);
}
