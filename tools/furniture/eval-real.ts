/**
 * Story text on real pages: the WCXB dev pages as a reader copies them from
 * Chromium, held-out part only (the model never trained on it, see
 * `pages.ts`), run through parse, fingerprint, syndication and boilerplate as one archive and scored with the
 * project's metric (4-word shingles, averaged over pages). Untouched text and
 * the rules alone are scored beside the stage, for scale.
 *
 * Usage: `node --import tsx tools/furniture/eval-real.ts [dataDir]` (default: `../shared/data`)
 */
import { stripBoilerplate } from '../../src/analyse/corpus/boilerplate/index.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import type { Article } from '../../src/model/types.ts';
import { aggregate, scoreTokens, shingleCounts } from './metric.ts';
import { defaultDataDir, loadPages, parsePage, partOf } from './pages.ts';

/** Scores of one way of cleaning the pages. */
export interface RealScores {
  pages: number;
  untouched: ReturnType<typeof aggregate>;
  rulesOnly: ReturnType<typeof aggregate>;
  stage: ReturnType<typeof aggregate>;
}

function keptTokens(article: Article): string[] {
  return article.blocks.filter((b) => !b.removed).flatMap((b) => scoreTokens(b.text));
}

/** Score the boilerplate pass (and, for scale, untouched text and the rules alone) on the held-out real pages. */
export function evaluateRealPages(dataDir = defaultDataDir()): RealScores {
  const pages = loadPages(dataDir);
  const part = partOf(pages);
  const held = pages.filter((p) => part.get(p.id) === 'held-out');
  const articles = held.map(parsePage);
  const syndication = findSyndication(articles, fingerprint(articles));
  const gold = held.map((p) => scoreTokens(p.mainContent));
  const score = (list: readonly Article[]) => aggregate(list.map((a, i) => shingleCounts(gold[i]!, keptTokens(a))));
  return {
    pages: held.length,
    untouched: score(articles),
    rulesOnly: score(stripBoilerplate(articles, syndication, { model: null }).articles),
    stage: score(stripBoilerplate(articles, syndication).articles),
  };
}

// Run when loaded, as the other evaluation scripts are (`npm run eval` imports it first).
{
  const r = evaluateRealPages(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? defaultDataDir());
  const f = (x: number) => x.toFixed(4);
  const line = (name: string, m: ReturnType<typeof aggregate>) => console.log(`  ${name.padEnd(12)} precision ${f(m.P)}  recall ${f(m.R)}  F1 ${f(m.F1)}`);
  console.log(`real pages (WCXB dev, copied from Chromium), held-out part: ${r.pages} pages`);
  line('boilerplate pass', r.stage);
  line('rules only', r.rulesOnly);
  line('untouched', r.untouched);
}
