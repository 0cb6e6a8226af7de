/**
 * The evaluation gate: measure the gated figures (as the eval tests do) and
 * check them against `tools/eval/baseline.json`, or move the floors there.
 *
 *   npm run eval -- --check                      check every figure against its floor; exit 1 on a miss
 *   npm run eval -- --update-baseline            pin floors from a fresh run: raised freely, never lowered
 *   npm run eval -- --update-baseline --allow-lower <name> [--allow-lower <name> …]
 *                                                 lower these floors too (their figure fell below them)
 *   … --group real-pages[,events,…]              measure only these groups (the others keep their floors)
 *
 * A floor that would have to drop is printed with how far, and nothing is
 * written until every such floor is named with `--allow-lower`.
 */
import { parseArgs } from 'node:util';
import { checkFigures, readBaseline, updateBaseline, writeBaseline, type Figures, type GateResult } from './eval/baseline.ts';
import { FIGURE_GROUPS, groupOf } from './eval/figures.ts';
import { hasSharedData, missingDataMessage, sharedDataDir } from './eval/shared.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    check: { type: 'boolean', default: false },
    'update-baseline': { type: 'boolean', default: false },
    'allow-lower': { type: 'string', multiple: true, default: [] },
    group: { type: 'string', multiple: true, default: [] },
  },
  allowPositionals: true,
});

const wanted = values.group.flatMap((g) => g.split(',')).filter((g) => g !== '');
const unknown = wanted.filter((g) => !FIGURE_GROUPS.some((x) => x.name === g));
if (unknown.length) {
  console.error(`Unknown group ${unknown.join(', ')}; the groups are ${FIGURE_GROUPS.map((g) => g.name).join(', ')}.`);
  process.exit(2);
}
if (!hasSharedData()) {
  console.error(missingDataMessage());
  process.exit(1);
}
const groups = FIGURE_GROUPS.filter((g) => wanted.length === 0 || wanted.includes(g.name));

const measured: Figures = {};
for (const group of groups) {
  const started = performance.now();
  Object.assign(measured, await group.measure(sharedDataDir()));
  console.log(`measured ${group.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

const baseline = readBaseline();
const inScope = (name: string): boolean => groups.includes(groupOf(name)!);
const n = (x: number): string => String(Number(x.toFixed(4)));

if (values['update-baseline']) {
  const result = updateBaseline(baseline, measured, new Set(values['allow-lower']), inScope);
  printGate(result);
  if (result.refused.length) {
    console.log('Nothing written: a floor is never lowered without --allow-lower <name>.');
    process.exitCode = 1;
  } else {
    writeBaseline(result.baseline);
    console.log(`Wrote tools/eval/baseline.json (${result.raised.length} raised, ${result.lowered.length} lowered, ${result.removed.length} removed).`);
  }
} else {
  const names = Object.keys(baseline.figures).filter(inScope);
  const misses = checkFigures(baseline, measured, names);
  for (const name of names) {
    const value = measured[name];
    const entry = baseline.figures[name]!;
    const limit = entry.ceiling === undefined ? `floor ${n(entry.floor!)}` : `ceiling ${n(entry.ceiling)}`;
    const mark = misses.some((m) => m.name === name) ? 'MISS' : 'ok  ';
    console.log(`${mark} ${name.padEnd(48)} ${value === undefined ? 'not measured' : n(value)}  (${limit})`);
  }
  console.log(misses.length ? `${misses.length} figures miss their floor.` : `All ${names.length} figures meet their floors.`);
  if (misses.length) process.exitCode = 1;
}

/** Print what the gate raised, lowered and refused. */
function printGate(result: GateResult): void {
  const kindOf = (name: string): 'floor' | 'ceiling' => (baseline.figures[name]!.ceiling === undefined ? 'floor' : 'ceiling');
  for (const m of result.raised) {
    const moved = kindOf(m.name) === 'floor' ? 'raised floor   ' : 'lowered ceiling';
    console.log(`${moved} ${m.name}: ${n(m.from)} → ${n(m.to)} (measured ${n(measured[m.name]!)})`);
  }
  for (const m of result.lowered) {
    const moved = kindOf(m.name) === 'floor' ? 'LOWERED floor  ' : 'RAISED ceiling ';
    console.log(`${moved} ${m.name}: ${n(m.from)} → ${n(m.to)} (measured ${n(measured[m.name]!)}), as --allow-lower asked`);
  }
  for (const name of result.removed) console.log(`removed ${name}: no longer measured, as --allow-lower asked`);
  for (const r of result.refused) {
    const kind = kindOf(r.name);
    if (r.to === null) console.log(`REFUSED ${r.name}: not measured any more; its ${kind} ${n(r.from)} would go (--allow-lower ${r.name} to drop it)`);
    else console.log(`REFUSED ${r.name}: ${kind} ${n(r.from)} would ${kind === 'floor' ? 'drop' : 'rise'} to ${n(r.to)}, by ${n(r.by!)} (measured ${n(measured[r.name]!)}; --allow-lower ${r.name} to accept)`);
  }
  if (result.notGated.length) console.log(`not gated (no entry in baseline.json; add one with a note to pin it): ${result.notGated.join(', ')}`);
  for (const name of result.unusedAllowances) console.log(`note: --allow-lower ${name} changed nothing (not in the baseline, or its figure meets its floor)`);
}
