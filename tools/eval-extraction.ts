/**
 * Print the extraction and syndication evaluation (fingerprint, syndication, boilerplate).
 * Usage: `node --import tsx tools/eval-extraction.ts [dataDir] [--verbose]` (default: `../shared/data` beside the repository);
 * `--verbose` lists examples of furniture kept and of story lost.
 */
import { resolve } from 'node:path';
import { evaluateExtraction, type CorpusReport } from './eval/extraction.ts';
import { sharedDataDir } from './eval/shared.ts';

const dataArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const dataDir = dataArg ? resolve(dataArg) : sharedDataDir();
const started = performance.now();
const report = await evaluateExtraction(dataDir);
const f = (x: number): string => x.toFixed(4);

function print(name: string, r: CorpusReport): void {
  const t = r.text;
  console.log(`${name}: ${t.articles} articles`);
  console.log(`  text      precision ${f(t.precision)}  recall ${f(t.recall)}  F1 ${f(t.f1)}`);
  console.log(`  furniture ${t.furnitureBlocksKept} of ${t.furnitureBlocks} blocks kept; ${t.articlesWithFurniture} articles with furniture left`);
  if (Object.keys(t.keptByFamily).length) console.log(`            kept by family: ${JSON.stringify(t.keptByFamily)}`);
  console.log(`  story     ${t.storyBlocksLost} of ${t.storyBlocks} blocks lost`);
  if (Object.keys(t.lostByRule).length) console.log(`            lost by rule: ${JSON.stringify(t.lostByRule)}`);
  const s = r.syndication;
  console.log(`  copies    precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}  (${s.predictedPairs} pairs found, ${s.goldPairs} gold)`);
  if (process.argv.includes('--verbose')) {
    for (const e of t.examples.kept) console.log(`    kept: ${e}`);
    for (const e of t.examples.lost) console.log(`    lost: ${e}`);
  }
}

print('tuned', report.tuned);
print('held-out', report.heldOut);
console.log(`seeds: ${report.seeds.perfect ? 'perfect' : 'NOT perfect'}`);
for (const a of report.seeds.articles) {
  for (const l of a.furnitureLeft) console.log(`  ${a.id} furniture left: ${l}`);
  for (const l of a.storyLost) console.log(`  ${a.id} story lost: ${l}`);
}
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
