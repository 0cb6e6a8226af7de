/**
 * Checks the labeller on the training pages: how much of the story text the
 * story lines hold (the best a line-by-line decision can reach), what the
 * untouched text scores, and how each boilerplate rule does on real pages.
 * Usage: `node --import tsx tools/furniture/labels.ts [dataDir] [--show NNNN]`
 */
import { stripBoilerplate } from '../../src/analyse/corpus/boilerplate/index.ts';
import { findSyndication } from '../../src/analyse/corpus/syndication/index.ts';
import { fingerprint } from '../../src/analyse/per-article/fingerprint/index.ts';
import { labelLines } from './label.ts';
import { aggregate, scoreTokens, shingleCounts, type ShingleCounts } from './metric.ts';
import { defaultDataDir, parsePage, trainingPages } from './pages.ts';

const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const dataDir = args.find((a) => !a.startsWith('--') && a !== show) ?? defaultDataDir();
const pages = trainingPages(dataDir);
const oracle: ShingleCounts[] = [];
const untouched: ShingleCounts[] = [];
const rulesNow: ShingleCounts[] = [];
const byRule = new Map<string, { story: number; furniture: number }>();
let storyLines = 0;
let lines = 0;
for (const page of pages) {
  const article = parsePage(page);
  const texts = article.blocks.map((b) => b.text);
  const labels = labelLines(texts, page.mainContent);
  const gold = scoreTokens(page.mainContent);
  oracle.push(shingleCounts(gold, texts.filter((_, i) => labels[i]!.story).flatMap(scoreTokens)));
  untouched.push(shingleCounts(gold, texts.flatMap(scoreTokens)));
  const stripped = stripBoilerplate([article], findSyndication([article], fingerprint([article])), { model: null }).articles[0]!;
  rulesNow.push(shingleCounts(gold, stripped.blocks.filter((b) => !b.removed).flatMap((b) => scoreTokens(b.text))));
  stripped.blocks.forEach((b, i) => {
    if (!b.removed) return;
    const s = byRule.get(b.removed.ruleId) ?? { story: 0, furniture: 0 };
    if (labels[i]!.story) s.story++;
    else s.furniture++;
    byRule.set(b.removed.ruleId, s);
  });
  lines += labels.length;
  storyLines += labels.filter((l) => l.story).length;
  if (show === page.id) {
    labels.forEach((l, i) => console.log(`${l.story ? 'S' : '.'} ${l.share.toFixed(2)} ${texts[i]!.slice(0, 110)}`));
  }
}
const f = (x: number) => x.toFixed(3);
const line = (name: string, m: ReturnType<typeof aggregate>) => console.log(`${name.padEnd(30)} P ${f(m.P)}  R ${f(m.R)}  F1 ${f(m.F1)}`);
console.log(`training pages: ${pages.length}; lines ${lines}, story ${storyLines}`);
line('story lines only (oracle)', aggregate(oracle));
line('untouched text', aggregate(untouched));
line('rules now (one page at a time)', aggregate(rulesNow));
for (const [id, s] of [...byRule].sort((a, b) => b[1].story + b[1].furniture - a[1].story - a[1].furniture)) {
  console.log(`  ${id.padEnd(28)} removed ${String(s.story + s.furniture).padStart(5)}  story among them ${s.story}`);
}
