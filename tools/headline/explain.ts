/**
 * Why the headline model picks what it picks on one copied page: its best
 * candidates with their scores, and for the best one and the labelled title
 * the features that weigh most.
 *
 *   node --import tsx tools/headline/explain.ts 0414 [--weights file.json] [--top 8]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { textBlocks } from '../../src/analyse/per-article/parse/blocks.ts';
import { headlineCandidates, type HeadlineCandidate } from '../../src/analyse/per-article/parse/headline-features.ts';
import { HEADLINE_MODEL, scoreCandidate, type HeadlineModel } from '../../src/analyse/per-article/parse/headline.ts';
import { fold, loadPages } from './pages.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { weights: { type: 'string' }, top: { type: 'string', default: '8' } },
});
const model: HeadlineModel = args.weights ? JSON.parse(readFileSync(args.weights, 'utf8')) : HEADLINE_MODEL;
const pages = loadPages();

function contributions(c: HeadlineCandidate): string {
  return Object.entries(c.features)
    .map(([name, v]) => [name, v * (model.weights[name] ?? 0)] as const)
    .filter(([, x]) => Math.abs(x) >= 0.1)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([name, x]) => `${name} ${x > 0 ? '+' : ''}${x.toFixed(2)}`)
    .join(', ');
}

for (const id of positionals) {
  const page = pages.find((p) => p.id === id);
  if (!page) {
    console.log(`${id}: no such page`);
    continue;
  }
  if (page.part === 'held-out') {
    console.log(`${id}: a held-out page; not shown`);
    continue;
  }
  const blocks = textBlocks(page.text.replace(/\r\n?/gu, '\n'), 1);
  const candidates = headlineCandidates(blocks.map((b) => ({ text: b.text, line: b.line })));
  const scored = candidates.map((c) => ({ c, s: scoreCandidate(c, model.weights) })).sort((a, b) => b.s - a.s);
  console.log(`== ${id} (${page.part}) gold: ${fold(page.title)}   threshold ${model.threshold}`);
  for (const { c, s } of scored.slice(0, Number(args.top))) {
    console.log(`${s.toFixed(2).padStart(7)} [${c.index}]${c.cut ? ' cut' : ''} ${c.text.slice(0, 90)}`);
  }
  const gold = scored.find(({ c }) => fold(c.text) === fold(page.title));
  for (const entry of [scored[0], gold]) {
    if (!entry) continue;
    const { c, s } = entry;
    console.log(`\n[${c.index}] ${s.toFixed(2)} ${c.text.slice(0, 60)}\n   ${contributions(c)}`);
  }
  console.log();
}
