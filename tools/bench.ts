/**
 * `npm run bench`: build times and memory on synthetic archives.
 *
 *   npm run bench                         1,000, 10,000, 50,000 and 200,000 articles
 *   npm run bench -- --sizes 1000,10000   a quicker run
 *   npm run bench -- --large-heap         builds with a heap limit of three quarters of the memory
 *   npm run bench -- --no-references      Dateline alone
 *   npm run bench -- --dir bench-out      where archives and sites go (default: bench-out)
 *   npm run bench -- --saved-pages-only   how fast saved web pages are read, alone
 *   npm run bench -- --only full,unchanged  these builds of each size alone (full, unchanged,
 *                                         added, edited, deleted; the full build runs whenever
 *                                         another does, as they rebuild its site), and the
 *                                         saved pages are not timed
 *
 * For each size, in one run: a full build (cold cache, no site), a rebuild
 * with nothing changed, after adding 10 articles, after editing one, after
 * deleting one; then the same articles built by plain Eleventy and by Hugo.
 * The rebuild with nothing changed runs the `dateline build` command itself
 * (bin/dateline.js), as a user does, so its time includes the command's
 * start; the other builds call `build()` and print its phase timings.
 * Every build runs in a process of its own; its wall time, CPU time (the
 * process and its children) and peak memory (the sum of the resident memory
 * of the whole process tree, sampled every 100 ms) are measured from
 * outside. "Files written" counts the files of the output whose modification
 * time is newer than the build's start: what `rsync -a` would upload.
 * The machine may be shared: ratios are between builds of the same run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compiledCheck } from '../bin/compiled.js';
import { generate, moreArticles, writeArticles, writeCorpus } from './bench/corpus.ts';
import { commandFlags } from './bench/flags.ts';
import { writeEleventySite, writeHugoSite } from './bench/references.ts';
import { benchSavedPages } from './bench/saved-pages.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const PAGE = 4096;
/**
 * Heap limit of a build with `--large-heap`, in MiB: three quarters of the
 * machine's memory. Without it a build runs on Node's default heap, as a
 * user's does with no NODE_OPTIONS.
 */
const HEAP_MB = Math.floor((totalmem() / 2 ** 20) * 0.75);
/** Sampling period of the memory probe, in milliseconds. */
const SAMPLE_MS = 100;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000,200000' },
    'large-heap': { type: 'boolean', default: false },
    dir: { type: 'string', default: 'bench-out' },
    'no-references': { type: 'boolean', default: false },
    seed: { type: 'string', default: '20240601' },
    'saved-pages-only': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const sizes = values.sizes!.split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const benchDir = path.resolve(values.dir!);
const ROWS = ['full', 'unchanged', 'added', 'edited', 'deleted'] as const;
const only = new Set(values.only !== undefined ? values.only.split(',').map((s) => s.trim()) : ROWS);
for (const r of only) if (!(ROWS as readonly string[]).includes(r)) throw new Error(`--only: no build named ${r} (${ROWS.join(', ')})`);
if (values['saved-pages-only']) {
  benchSavedPages();
  process.exit(0);
}

interface Measure {
  wallS: number;
  cpuS: number;
  peakMB: number;
  written: number | null;
  files: number | null;
  detail: Record<string, unknown> | null;
  failed?: string;
}

/** Resident memory of `pid` and all its descendants, in bytes. */
function treeRss(pid: number): number {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(name), ppid);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  for (const p of parent.keys()) {
    let q: number | undefined = p;
    while (q !== undefined && q !== pid && q > 1) q = parent.get(q);
    if (q !== pid) continue;
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // Gone.
    }
  }
  return total;
}

/** Runs a command under /usr/bin/time, sampling the memory of its process tree. */
function run(cmd: string, args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<{ wallS: number; cpuS: number; peakMB: number; stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const timesFile = path.join(tmpdir(), `dateline-bench-${process.pid}-${Math.random().toString(36).slice(2)}.time`);
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timesFile, cmd, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid!));
    }, SAMPLE_MS);
    child.on('close', (code) => {
      clearInterval(timer);
      let times = '';
      try {
        times = readFileSync(timesFile, 'utf8').trim().split('\n').pop() ?? '';
      } catch {
        // No times: the command could not start.
      }
      rmSync(timesFile, { force: true });
      const [u, s] = times.trim().split(/\s+/).map(Number);
      resolve({ wallS: (performance.now() - started) / 1000, cpuS: (u ?? 0) + (s ?? 0), peakMB: peak / 1e6, stdout, stderr, code: code ?? 1 });
    });
  });
}

/** Files under `dir` (following the top link, like rsync with a trailing slash) and how many are newer than `since`. */
function scan(dir: string, since: number): { files: number; newer: number } {
  let files = 0;
  let newer = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) {
        files++;
        if (statSync(full).mtimeMs >= since) newer++;
      }
    }
  };
  if (existsSync(dir)) walk(realpathSync(dir));
  return { files, newer };
}

async function dateline(content: string, out: string, cache: string, asCommand = false): Promise<Measure> {
  // File times have a resolution of the file system's clock: start a little before the build.
  const since = Date.now() - 5;
  // The engine flags `dateline` runs under (the first line of bin/dateline.js), and the large heap when asked for.
  const heap = values['large-heap'] ? [`--max-old-space-size=${HEAP_MB}`] : [];
  const args = asCommand ? ['bin/dateline.js', 'build', content, '--out', out, '--quiet'] : ['--import', 'tsx', 'tools/bench/run-build.ts', content, out];
  const r = await run('node', [...commandFlags(), ...heap, ...args], { DATELINE_CACHE: cache });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  let detail: Record<string, unknown> | null = null;
  try {
    detail = JSON.parse(line);
  } catch {
    // Printed below as a failure.
  }
  const s = scan(out, since);
  return { wallS: r.wallS, cpuS: r.cpuS, peakMB: r.peakMB, written: s.newer, files: s.files, detail, ...(r.code ? { failed: r.stderr.slice(-2000) } : {}) };
}

/** A reference build, run in `cwd`: outside the repository, whose .gitignore Eleventy would apply to the bench folder. */
async function reference(cmd: string, args: string[], out: string, cwd: string): Promise<Measure> {
  await rm(out, { recursive: true, force: true });
  const since = Date.now() - 5;
  const r = await run(cmd, args, {}, cwd);
  const s = scan(out, since);
  return { wallS: r.wallS, cpuS: r.cpuS, peakMB: r.peakMB, written: s.newer, files: s.files, detail: null, ...(r.code ? { failed: r.stderr.slice(-2000) } : {}) };
}

interface Row {
  size: number;
  name: string;
  m: Measure;
}

const rows: Row[] = [];
// The first `dateline build` of these sources compiles the up-to-date check (bin/compiled.js); the full
// builds here call `build()`, so it is made now, and the rebuild with nothing changed finds it as a user's does.
await compiledCheck();
const log = (s: string) => process.stderr.write(`${s}\n`);

for (const n of sizes) {
  const base = path.join(benchDir, String(n));
  const content = path.join(base, 'content');
  const out = path.join(base, 'site');
  const cache = path.join(base, 'cache');
  log(`\n${n} articles: generating…`);
  const corpus = generate(Number(values.seed), n);
  await writeCorpus(content, corpus.articles);
  for (const p of [out, cache, path.join(base, '.dateline')]) await rm(p, { recursive: true, force: true });

  const step = async (row: (typeof ROWS)[number], name: string, prepare?: () => Promise<void>) => {
    if (!only.has(row) && row !== 'full') return;
    await prepare?.();
    log(`${n}: ${name}…`);
    const m = await dateline(content, out, cache, row === 'unchanged');
    rows.push({ size: n, name, m });
    log(`  ${m.wallS.toFixed(1)} s wall, ${m.cpuS.toFixed(1)} s CPU, ${m.peakMB.toFixed(0)} MB, ${m.written} of ${m.files} files written${m.failed ? `\n  FAILED: ${m.failed}` : ''}`);
    if (m.detail) log(`  ${JSON.stringify(m.detail)}`);
  };
  await step('full', 'full build');
  await step('unchanged', 'rebuild, nothing changed');
  await step('added', 'rebuild, 10 articles added', async () => {
    await writeArticles(content, moreArticles(corpus, 10));
  });
  await step('edited', 'rebuild, 1 article edited', async () => {
    const a = corpus.articles[Math.floor(corpus.articles.length / 3)]!;
    const file = path.join(content, a.file);
    const text = readFileSync(file, 'utf8');
    const i = text.lastIndexOf('. ');
    await writeFile(file, `${text.slice(0, i)}. The council later corrected the figures${text.slice(i + 1)}`);
  });
  await step('deleted', 'rebuild, 1 article deleted', async () => {
    const [a] = corpus.articles.splice(Math.floor(corpus.articles.length / 2), 1);
    await unlink(path.join(content, a!.file));
  });

  if (!values['no-references']) {
    const eleventyDir = path.join(base, 'ref-eleventy');
    const hugoDir = path.join(base, 'ref-hugo');
    await rm(eleventyDir, { recursive: true, force: true });
    await rm(hugoDir, { recursive: true, force: true });
    await writeEleventySite(eleventyDir, corpus.articles);
    await writeHugoSite(hugoDir, corpus.articles);
    log(`${n}: plain Eleventy…`);
    const e = await reference('node', [path.join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs'), `--input=${eleventyDir}`, `--output=${path.join(base, 'ref-eleventy-out')}`, '--quiet'], path.join(base, 'ref-eleventy-out'), base);
    rows.push({ size: n, name: 'plain Eleventy 3.1.7 (reference)', m: e });
    log(`  ${e.wallS.toFixed(1)} s, ${e.cpuS.toFixed(1)} s CPU, ${e.peakMB.toFixed(0)} MB${e.failed ? `\n  FAILED: ${e.failed}` : ''}`);
    log(`${n}: Hugo…`);
    const h = existsSync('/usr/bin/hugo')
      ? await reference('/usr/bin/hugo', ['--source', hugoDir, '--destination', path.join(base, 'ref-hugo-out'), '--quiet'], path.join(base, 'ref-hugo-out'), base)
      : { wallS: NaN, cpuS: NaN, peakMB: NaN, written: null, files: null, detail: null, failed: 'hugo is not installed (apt-get install hugo)' };
    rows.push({ size: n, name: 'Hugo (Debian) (reference)', m: h });
    log(`  ${h.wallS.toFixed(1)} s, ${h.cpuS.toFixed(1)} s CPU, ${h.peakMB.toFixed(0)} MB${h.failed ? `\n  FAILED: ${h.failed}` : ''}`);
  }
}

// The table.
const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const header = ['articles', 'build', 'wall s', 'CPU s', 'peak MB', 'files written', 'files', 'analysis s', 'render s', 'search s', 'publish s', 'pages rendered', 'cache hits'];
const lines = [header];
for (const r of rows) {
  const d = r.m.detail as { timings?: Record<string, number>; rendered?: number; cache?: { hits: number; misses: number } | null } | null;
  const t = d?.timings ?? {};
  lines.push([
    String(r.size),
    r.m.failed ? `${r.name} (FAILED)` : r.name,
    fmt(r.m.wallS),
    fmt(r.m.cpuS),
    fmt(r.m.peakMB, 0),
    r.m.written === null ? '–' : String(r.m.written),
    r.m.files === null ? '–' : String(r.m.files),
    t.analysis !== undefined ? fmt(t.analysis / 1000) : '',
    t.render !== undefined ? fmt(t.render / 1000) : '',
    t.search !== undefined ? fmt(t.search / 1000) : '',
    t.publish !== undefined ? fmt(t.publish / 1000) : '',
    d?.rendered !== undefined ? String(d.rendered) : '',
    d?.cache ? `${d.cache.hits}/${d.cache.hits + d.cache.misses}` : '',
  ]);
}
const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
const table = lines.map((l) => `| ${l.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
table.splice(1, 0, `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);

// The targets, as ratios within this run.
const find = (n: number, name: string) => rows.find((r) => r.size === n && r.name.startsWith(name))?.m;
const verdicts: string[] = [];
const check = (what: string, value: number, limit: number, unit = '') =>
  verdicts.push(`${Number.isFinite(value) && value <= limit ? 'MET   ' : 'MISSED'} ${what}: ${fmt(value, 3)}${unit} (target ≤ ${limit}${unit})`);
for (const n of sizes) {
  const full = find(n, 'full build');
  const eleventy = find(n, 'plain Eleventy');
  const hugo = find(n, 'Hugo');
  const added = find(n, 'rebuild, 10 articles added');
  if (full && eleventy && n >= 10000) check(`${n}: full build / plain Eleventy (wall)`, full.wallS / eleventy.wallS, 0.4);
  if (full && added && n >= 50000) check(`${n}: rebuild after 10 added / our full build`, added.wallS / full.wallS, 0.05);
  if (hugo && added && n >= 50000) check(`${n}: rebuild after 10 added / Hugo full build`, added.wallS / hugo.wallS, 0.1);
  const edited = find(n, 'rebuild, 1 article edited');
  const unchanged = find(n, 'rebuild, nothing changed');
  if (hugo && edited && n >= 50000) check(`${n}: rebuild after 1 edited / Hugo full build`, edited.wallS / hugo.wallS, 0.05);
  if (unchanged && n >= 50000) check(`${n}: rebuild with nothing changed`, unchanged.wallS, 1, ' s');
  if (full && hugo && n >= 10000) check(`${n}: full build / Hugo full build`, full.wallS / hugo.wallS, 2.5);
  // The largest of the builds of this size, each on Node's default heap unless --large-heap.
  const peak = Math.max(...rows.filter((r) => r.size === n && !r.name.includes('(reference)')).map((r) => r.m.peakMB));
  const failed = rows.filter((r) => r.size === n && r.m.failed && !r.name.includes('(reference)')).map((r) => r.name);
  if (failed.length) verdicts.push(`MISSED ${n}: builds that failed: ${failed.join(', ')}`);
  if (n >= 10000) check(`${n}: peak memory of any build${values['large-heap'] ? ' (large heap)' : ''}`, peak / 1000, n >= 50000 ? 2 : 1, ' GB');
  if (full && eleventy && n < 10000) verdicts.push(`(info) ${n}: full build / plain Eleventy = ${fmt(full.wallS / eleventy.wallS, 3)} wall, ${fmt(full.cpuS / eleventy.cpuS, 3)} CPU`);
  if (full && added) verdicts.push(`(info) ${n}: rebuild after 10 added / full build = ${fmt(added.wallS / full.wallS, 3)}`);
}
const small = find(10000, 'full build');
const large = find(50000, 'full build');
if (small && large) check('growth of the full build from 10,000 to 50,000 (×5 articles)', large.wallS / small.wallS / 5, 1, ' × linear');

process.stdout.write(`\n${table.join('\n')}\n\n${verdicts.join('\n')}\n`);
await writeFile(path.join(benchDir, 'results.json'), JSON.stringify(rows, null, 1));
if (values.only === undefined) benchSavedPages();
