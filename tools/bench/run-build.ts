/**
 * One build, as the benchmark runs it in a process of its own: the same
 * `build()` as `dateline build`, with its counts and phase timings printed
 * as one line of JSON on stdout.
 */
import { build } from '../../src/build.ts';

const [content, out] = process.argv.slice(2);
if (!content || !out) {
  process.stderr.write('Usage: node --import tsx tools/bench/run-build.ts <content> <out>\n');
  process.exit(2);
}
const started = performance.now();
const { archive, report, counts, ...result } = await build(content, out, {});
process.stdout.write(
  `${JSON.stringify({ ...result, articles: counts.articles, events: counts.events, pages: counts.listPages, buildMs: Math.round(performance.now() - started) })}\n`,
);
