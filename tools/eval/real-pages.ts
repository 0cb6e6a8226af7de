/**
 * Evaluation on real pages: the WCXB dev pages, as copied from a browser
 * (`wcxb-dev-copied`) and as saved (`wcxb-dev-html`), scored with the
 * project's scorer exactly as `<shared>/tools/score/README.md` says:
 * `make-dev-corpora.mjs`, then `dateline build` of each corpus, then
 * `score.mjs`. The held-out split (`--split 1/5`: pages 1, 6, 11, … in sorted
 * order) is never used for training or tuning; the whole dev set includes
 * the pages that are.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreAuthors, type AuthorScore } from './authors.ts';
import type { Figures } from './baseline.ts';
import { PROJECT_ROOT, sharedDataDir, sharedDir } from './shared.ts';
import { scoreStatedDates, scoreStatedTitles, type StatedScore } from './stated.ts';

/** The split every part of the project holds out of training and tuning. */
export const HELD_OUT_SPLIT = '1/5';

/** The two corpora `make-dev-corpora.mjs` writes. */
export const REAL_CORPORA = ['wcxb-dev-copied', 'wcxb-dev-html'] as const;
export type RealCorpus = (typeof REAL_CORPORA)[number];

/** Precision, recall and F1 as `score.mjs` writes them. */
export interface ScorePRF {
  P: number;
  R: number;
  F1: number;
}

/** The part of `score.mjs`'s result this evaluation reads (see the scorer's README for the rest). */
export interface ScoreResult {
  files: number;
  accounted: { missing: number; skipped: number; articles: number; skipReasons: Record<string, number> };
  text?: ScorePRF & {
    wordF1: ScorePRF;
    lostOver20pct: number;
    boilerplate: { docsWithInjected: number; docsWithSurvivingLine: number };
  };
  titles?: { all: { n: number; correct: number; accuracy: number | null } };
  dates: { withGold: number; correct: number; accuracy: number | null };
  topics?: {
    topics: number;
    medianPerArticle: number | null;
    p90PerArticle: number | null;
    groundedShare: number | null;
    furnitureShare: number | null;
  };
}

/** Wall-clock and CPU milliseconds of one step (CPU of the programs it ran, where the system tells it). */
export interface StepTime {
  wallMs: number;
  cpuMs: number | null;
}

/** One corpus built and scored. */
export interface CorpusRun {
  corpus: RealCorpus;
  score: ScoreResult;
  /** The project's own measure beside the scorer's (see `authors.ts`). */
  authors: AuthorScore;
  /** The project's dates measure on the pages that state their date (see `stated.ts`). */
  statedDates: StatedScore;
  /** The same for titles, on copied pages only (a saved page's file is markup, its title not a line of it). */
  statedTitles: StatedScore | null;
  build: StepTime;
  scoring: StepTime;
}

/** What `evaluateRealPages` measures on one part of the dev set. */
export interface RealPagesReport {
  /** `HELD_OUT_SPLIT`, or `null` for the whole dev set. */
  split: string | null;
  copied: CorpusRun;
  html: CorpusRun;
  makeCorpora: StepTime;
  /** The folder of corpora, sites and score files, when it was kept. */
  keptIn: string | null;
}

/** CPU milliseconds used so far by this process's finished child processes, or `null` off Linux. */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime, in clock ticks of 1/100 s on Linux.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/** Run a Node script to completion; throw with its output when it fails. */
function runNode(args: string[], what: string): { stdout: string; time: StepTime } {
  const wall = performance.now();
  const cpu = childrenCpuMs();
  const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const cpuAfter = childrenCpuMs();
  const time = { wallMs: performance.now() - wall, cpuMs: cpu === null || cpuAfter === null ? null : cpuAfter - cpu };
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n');
    throw new Error(`${what} failed (exit ${result.status ?? result.signal}):\n${output}`, { cause: result.error });
  }
  return { stdout: result.stdout, time };
}

/** Build one corpus made by `make-dev-corpora.mjs` with `dateline build`, and score the archive. */
function buildAndScore(corporaDir: string, corpus: RealCorpus): CorpusRun {
  const corpusDir = join(corporaDir, corpus);
  const out = join(corporaDir, `${corpus}-site`);
  const dateline = join(PROJECT_ROOT, 'bin', 'dateline.js');
  const build = runNode(['--max-semi-space-size=128', dateline, 'build', join(corpusDir, 'content'), '--out', out], `dateline build of ${corpus}`);
  const resultFile = join(corporaDir, `${corpus}-score.json`);
  // The scorer runs only when started by its real path, so a shared folder reached through a link is resolved.
  const scoreScript = realpathSync(join(sharedDir(), 'tools', 'score', 'score.mjs'));
  const scoring = runNode([scoreScript, corpusDir, out, '--json-only', '--out', resultFile], `score.mjs on ${corpus}`);
  if (!existsSync(resultFile)) throw new Error(`score.mjs on ${corpus} wrote no result (${resultFile}).`);
  const score = JSON.parse(readFileSync(resultFile, 'utf8')) as ScoreResult;
  const authors = scoreAuthors(corpusDir, out, join(sharedDataDir(), 'wcxb-dev', 'ground-truth'));
  const statedDates = scoreStatedDates(corpusDir, out);
  const statedTitles = corpus === 'wcxb-dev-copied' ? scoreStatedTitles(corpusDir, out) : null;
  return { corpus, score, authors, statedDates, statedTitles, build: build.time, scoring: scoring.time };
}

/**
 * Make the WCXB dev corpora (`split`: `HELD_OUT_SPLIT`, or `null` for all
 * pages), build each with `dateline build` and score it with `score.mjs`.
 * Works in a temporary folder, removed afterwards unless `keepDir` is set.
 */
export function evaluateRealPages(options: { split: string | null; keepDir?: boolean }): RealPagesReport {
  const scoreDir = join(sharedDir(), 'tools', 'score');
  if (!existsSync(scoreDir)) throw new Error(`The scorer is not at ${scoreDir}.`);
  const corporaDir = mkdtempSync(join(tmpdir(), 'dateline-real-pages-'));
  try {
    const splitArgs = options.split ? ['--split', options.split] : [];
    const made = runNode([join(scoreDir, 'make-dev-corpora.mjs'), corporaDir, ...splitArgs], 'make-dev-corpora.mjs');
    return {
      split: options.split,
      makeCorpora: made.time,
      keptIn: options.keepDir ? corporaDir : null,
      copied: buildAndScore(corporaDir, 'wcxb-dev-copied'),
      html: buildAndScore(corporaDir, 'wcxb-dev-html'),
    };
  } finally {
    if (!options.keepDir) rmSync(corporaDir, { recursive: true, force: true });
  }
}

/** The short name of a corpus in figure names: `wcxb-copied`, `wcxb-html`. */
const figurePrefix = (run: CorpusRun, split: string | null): string =>
  `${run.corpus.replace('wcxb-dev-', 'wcxb-')}.${split === HELD_OUT_SPLIT ? 'held-out' : split ? `split-${split}` : 'all'}`;

/**
 * The gated figures of one corpus run: none while no file of the corpus is
 * read as an article (every one skipped), so the saved pages are picked up
 * as soon as `.html` files are read.
 */
export function corpusFigures(run: CorpusRun, split: string | null): Figures {
  const s = run.score;
  if (s.accounted.articles === 0) return {};
  const p = figurePrefix(run, split);
  const figures: Figures = {};
  const put = (name: string, value: number | null | undefined): void => {
    if (typeof value === 'number') figures[`${p}.${name}`] = value;
  };
  put('text.shingle.precision', s.text?.P);
  put('text.shingle.recall', s.text?.R);
  put('text.shingle.f1', s.text?.F1);
  put('text.word.precision', s.text?.wordF1.P);
  put('text.word.recall', s.text?.wordF1.R);
  put('text.word.f1', s.text?.wordF1.F1);
  put('title.exact', s.titles?.all.accuracy);
  put('title.exact-where-stated', run.statedTitles?.accuracy);
  put('date.right', s.dates.accuracy);
  put('date.right-where-stated', run.statedDates.accuracy);
  put('author.right', run.authors.accuracy);
  put('topics.median-per-article', s.topics?.medianPerArticle);
  put('topics.grounded-share', s.topics?.groundedShare);
  put('topics.furniture-share', s.topics?.furnitureShare);
  return figures;
}

/** The gated figures of a real-pages report, copied pages first. */
export function realPageFigures(report: RealPagesReport): Figures {
  return { ...corpusFigures(report.copied, report.split), ...corpusFigures(report.html, report.split) };
}
