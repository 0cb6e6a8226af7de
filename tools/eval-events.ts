/**
 * Print the events evaluation.
 *
 *   npx tsx tools/eval-events.ts [dataDir]          figures on ECB+ (plain, headline-only and wrapped in furniture) and SemEval
 *   npx tsx tools/eval-events.ts --fit [dataDir]    fit the score weights on ECB+ train
 *   npx tsx tools/eval-events.ts --fit-only figures,bias [dataDir]
 *                                                     fit only those weights, the others held at WEIGHTS
 *   … --with-headlines                               fit on the headline-only items too (see eval/events-headlines.ts)
 *   npx tsx tools/eval-events.ts --bench N [dataDir]  time enrich and events on N synthetic articles
 *
 * dataDir defaults to `../shared/data` beside the repository.
 */
import { enrich, loadNlp } from '../src/analyse/per-article/enrich/index.ts';
import { clusterEvents } from '../src/analyse/corpus/events/index.ts';
import { readEcbPlus } from './eval/events-data.ts';
import { bcubed, pairwise, type PRF } from './eval/events-metrics.ts';
import { syntheticArchive } from './eval/events-synthetic.ts';
import { clock, evaluateEvents, eventsOf, fitWeights, lap, type ClusteringScores } from './eval/events.ts';
import { evaluateEventsInFurniture, evaluateFurnitureSeeds } from './eval/events-furniture.ts';
import { CROWDED_BLOCKING, evaluateHeadlines } from './eval/events-headlines.ts';
import { sharedDataDir } from './eval/shared.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const value = args[i + 1];
  args.splice(i, 2);
  return value ?? '';
};
const fit = args.includes('--fit');
if (fit) args.splice(args.indexOf('--fit'), 1);
const fitOnly = flag('--fit-only');
const withHeadlines = args.includes('--with-headlines');
if (withHeadlines) args.splice(args.indexOf('--with-headlines'), 1);
const bench = flag('--bench');
const dataDir = args.find((a) => !a.startsWith('--')) ?? sharedDataDir();

const f = (x: number) => x.toFixed(3);
const prf = (p: PRF) => `P ${f(p.precision)}  R ${f(p.recall)}  F1 ${f(p.f1)}`;
const row = (name: string, s: ClusteringScores) =>
  `  ${name.padEnd(6)} ${String(s.articles).padStart(4)} articles  ${String(s.goldEvents).padStart(3)} gold / ${String(s.predictedEvents).padStart(3)} predicted events   pairwise ${prf(s.pairwise)}   B-cubed ${prf(s.bcubed)}`;

if (fit || fitOnly !== null) {
  const only = fitOnly === null ? undefined : fitOnly.split(',').filter((x) => x !== '');
  const w = await fitWeights(dataDir, 'train', 4000, only, withHeadlines);
  console.log(only ? `weights fitted on ECB+ train (logit units), only ${only.join(', ')}; the others held:` : 'weights fitted on ECB+ train (logit units):');
  for (const [k, v] of Object.entries(w)) console.log(`  ${k}: ${v.toFixed(2)},`);
} else if (bench !== null) {
  const n = Number(bench) || 10_000;
  const records = await readEcbPlus(dataDir);
  const { articles, gold } = syntheticArchive(records, n);
  let t = clock();
  const enriched = enrich(articles, { nlp: loadNlp() });
  const enrichTime = lap(t);
  t = clock();
  const result = clusterEvents(enriched, new Map());
  const clusterTime = lap(t);
  const s = (x: { wallMs: number; cpuMs: number }) => `${(x.wallMs / 1000).toFixed(1)} s (CPU ${(x.cpuMs / 1000).toFixed(1)} s)`;
  const predicted = eventsOf(result);
  console.log(`synthetic archive: ${n} articles`);
  console.log(`  enrich  ${s(enrichTime)}`);
  console.log(`  events  ${s(clusterTime)}, ${result.stats.candidatePairs} candidate pairs (all pairs: ${(n * (n - 1)) / 2}), ${result.stats.events} events`);
  console.log(`  pairwise ${prf(pairwise(gold, predicted))}   B-cubed ${prf(bcubed(gold, predicted))}`);
  console.log(`  peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
} else {
  const r = await evaluateEvents(dataDir);
  const e = r.ecbplus;
  console.log('Events on ECB+ train+dev, clustered in one run:');
  console.log(row('all', e.system.all));
  console.log(row('train', e.system.train));
  console.log(row('dev', e.system.dev));
  console.log(`  candidate pairs ${e.candidatePairs} of ${e.allPairs} (${((100 * e.candidatePairs) / e.allPairs).toFixed(1)} %), keeping ${f(e.candidateRecall)} of gold same-event pairs`);
  console.log(`Baseline: TF-IDF cosine, titles twice, average link over all pairs, threshold ${e.baseline.threshold} (best train B-cubed F1):`);
  console.log(row('all', e.baseline.all));
  console.log(row('train', e.baseline.train));
  console.log(row('dev', e.baseline.dev));
  console.log(`SemEval-2022 Task 8 (${r.semeval.pairs} pairs): Pearson ${f(r.semeval.pearson)}, Spearman ${f(r.semeval.spearman)} (negative is good); same-event decision (p ≥ ${r.semeval.threshold}) vs Overall ≤ 1.5: accuracy ${f(r.semeval.accuracy)}`);
  const hl = await evaluateHeadlines(dataDir);
  console.log('Headline-only items (dev set): each ECB+ article reduced to its title and first sentence, clustered in one run:');
  console.log(row('all', hl.ecbplus.all));
  console.log(row('train', hl.ecbplus.train));
  console.log(row('dev', hl.ecbplus.dev));
  console.log(`  blocked as an archive of events eight times larger (posting lists of ${CROWDED_BLOCKING.maxPosting}):`);
  console.log(row('all', hl.crowded.all));
  console.log('  dated as a week\'s feed export (each item on one of seven days, whatever its event):');
  console.log(row('all', hl.week.all));
  console.log(row('train', hl.week.train));
  console.log(row('dev', hl.week.dev));
  console.log(`  SemEval pairs reduced to their titles: Pearson ${f(hl.semeval.pearson)}, Spearman ${f(hl.semeval.spearman)}; event titles cut or furniture: ${hl.titleFaults.length}`);
  const fr = await evaluateEventsInFurniture(dataDir);
  console.log('The same ECB+ articles wrapped in synthetic outlet furniture (held-out kit), after fingerprint, syndication and boilerplate, then enrich and events:');
  console.log(row('all', fr.system.all));
  console.log(row('train', fr.system.train));
  console.log(row('dev', fr.system.dev));
  console.log(`  the same with the generator's labels in place of the boilerplate pass (its ceiling: all furniture removed, all story kept):`);
  console.log(row('all', fr.ceiling.all));
  console.log(`  the same, but with the ${fr.storyStamps} stamps and by-lines of the ECB+ texts' own pages removed, as the boilerplate pass does (a pass right about every block):`);
  console.log(row('all', fr.stampless.all));
  console.log(`  furniture blocks left by the boilerplate stage ${fr.furnitureBlocksKept} of ${fr.furnitureBlocks}; story blocks removed ${fr.storyBlocksLost}; dated from the text ${fr.dated}, of them from an outlet's stamp ${fr.datedFromFurniture}; dated otherwise than the plain article ${fr.misdated}`);
  const seeds = await evaluateFurnitureSeeds(dataDir);
  const spread = (x: { mean: number; min: number; max: number }) => `${f(x.mean)} (${f(x.min)} to ${f(x.max)})`;
  console.log(`The wrapped run again for each of ${seeds.seeds.length} draws of synthetic outlets (seeds ${seeds.seeds.map((x) => x.seed).join(', ')}): mean (lowest to highest) pairwise F1 ${spread(seeds.pairwiseF1)}, B-cubed F1 ${spread(seeds.bcubedF1)}`);
  for (const x of seeds.seeds) console.log(`  seed ${String(x.seed).padStart(2)}  pairwise ${prf(x.pairwise)}   B-cubed ${prf(x.bcubed)}   dated otherwise than the plain article ${x.misdated}`);
  const s = (x: { wallMs: number; cpuMs: number }) => `${(x.wallMs / 1000).toFixed(1)} s (CPU ${(x.cpuMs / 1000).toFixed(1)} s)`;
  const t = r.timings;
  console.log(`Time: enrich ${s(t.enrich)}, events ${s(t.cluster)}, baseline ${s(t.baseline)}, SemEval ${s(t.semeval)}; furniture: fingerprint to boilerplate ${s(fr.timings.stages)}, enrich ${s(fr.timings.enrich)}, events ${s(fr.timings.cluster)}`);
}
