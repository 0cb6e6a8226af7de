/**
 * Print the real-page evaluation: the WCXB dev pages as copied from a browser
 * and as saved, built with `dateline build` and scored with the project's
 * scorer (`tools/eval/real-pages.ts`). The held-out split first, then the
 * whole dev set.
 *
 *   node --import tsx tools/eval-real-pages.ts [--held-out-only] [--keep]
 *
 * `--keep` leaves the corpora, sites and score files in the temporary folder.
 */
import { HELD_OUT_SPLIT, evaluateRealPages, type CorpusRun, type RealPagesReport, type StepTime } from './eval/real-pages.ts';

const f = (x: number | null | undefined): string => (typeof x === 'number' ? x.toFixed(3) : 'n/a');
const seconds = (t: StepTime): string =>
  `${(t.wallMs / 1000).toFixed(1)} s${t.cpuMs === null ? '' : ` (CPU ${(t.cpuMs / 1000).toFixed(1)} s)`}`;

const DESCRIPTIONS: Record<CorpusRun['corpus'], string> = {
  'wcxb-dev-copied': 'WCXB dev pages as copied from a browser (wcxb-dev-copied)',
  'wcxb-dev-html': 'WCXB dev pages as saved (wcxb-dev-html)',
};

function partLabel(split: string | null): string {
  if (split === HELD_OUT_SPLIT) return `held-out split ${split} (pages 1, 6, 11, …; never used for training or tuning)`;
  return split ? `split ${split}` : 'all (includes pages used for training)';
}

/** The lines of one corpus run: scores, or why there are none. */
function corpusLines(run: CorpusRun, split: string | null): string[] {
  const s = run.score;
  const head = `${DESCRIPTIONS[run.corpus]}, ${partLabel(split)}: ${s.files} pages`;
  if (s.accounted.articles === 0) {
    const reasons = Object.entries(s.accounted.skipReasons).map(([why, n]) => `${n} × ${why}`).join('; ');
    return [`${head}, none read: all ${s.accounted.skipped} skipped (${reasons}). No scores.`];
  }
  const lines = [`${head}, ${s.accounted.articles} read, ${s.accounted.skipped} skipped`];
  if (s.text) {
    lines.push(`  text, 4-word shingles  P ${f(s.text.P)}  R ${f(s.text.R)}  F1 ${f(s.text.F1)}`);
    lines.push(`  text, words            P ${f(s.text.wordF1.P)}  R ${f(s.text.wordF1.R)}  F1 ${f(s.text.wordF1.F1)}`);
    const bp = s.text.boilerplate;
    const lost = s.text.lostOver20pct;
    lines.push(`  story lost (over 20 %) in ${lost} page${lost === 1 ? '' : 's'}; a furniture line left in ${bp.docsWithSurvivingLine} of ${bp.docsWithInjected} pages that have one`);
  }
  const t = s.titles?.all;
  const titles = t ? `title exact ${f(t.accuracy)} (${t.correct} of ${t.n})` : 'title n/a';
  const sd = run.statedDates;
  lines.push(`  ${titles}   date right ${f(s.dates.accuracy)} (${s.dates.correct} of ${s.dates.withGold} pages whose ground truth has one)`);
  const st = run.statedTitles;
  if (st) lines.push(`  title exact where the page prints it as a line ${f(st.accuracy)} (${st.correct} of ${st.stated} pages; the project's own measure)`);
  lines.push(`  date right where the page states it ${f(sd.accuracy)} (${sd.correct} of ${sd.stated} pages whose file prints the ground-truth date; the project's own measure)`);
  const au = run.authors;
  lines.push(`  author right ${f(au.accuracy)} (${au.correct} of ${au.withGold} pages whose ground truth names one; the project's own measure)`);
  const tp = s.topics;
  lines.push(tp
    ? `  topics per article median ${tp.medianPerArticle ?? 'n/a'} (p90 ${tp.p90PerArticle ?? 'n/a'}); labels grounded in the story ${f(tp.groundedShare)}, from furniture ${f(tp.furnitureShare)}`
    : '  topics n/a (the archive lists none)');
  const perPage = s.files ? `, ${(run.build.wallMs / s.files).toFixed(0)} ms a page` : '';
  lines.push(`  time: build ${seconds(run.build)}${perPage}, score ${seconds(run.scoring)}`);
  return lines;
}

/** Print one part of the dev set: the copied pages, then the saved ones. */
function printRealPages(report: RealPagesReport): void {
  for (const line of corpusLines(report.copied, report.split)) console.log(line);
  for (const line of corpusLines(report.html, report.split)) console.log(line);
  const kept = report.keptIn ? `, kept in ${report.keptIn}` : '';
  console.log(`  (corpora made by make-dev-corpora.mjs in ${seconds(report.makeCorpora)}${kept})`);
}

const keepDir = process.argv.includes('--keep');
printRealPages(evaluateRealPages({ split: HELD_OUT_SPLIT, keepDir }));
if (!process.argv.includes('--held-out-only')) printRealPages(evaluateRealPages({ split: null, keepDir }));
