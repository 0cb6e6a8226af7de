/**
 * The `dateline` command: build, serve, check.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SiteSettings } from './model/types.ts';

const HELP = `Usage: dateline <command> [folder] [options]

Commands:
  build [folder]   Build the archive of [folder] (default: content) into --out (default: _site)
  serve [folder]   Build, serve on localhost and rebuild when an article is added or changed
  check [folder]   Check the content without building; exit 1 on errors (--strict: on warnings too)

Options:
  --out <dir>      Output folder (default: _site)
  --url <url>      Address the site is published at, for feeds, sitemap and canonical links
  --title <text>   Site title (default: Dateline)
  --lang <tag>     Language of the site's own text (default: en)
  --no-search      Do not build the search index
  --port <n>       Port for serve (default: 8080)
  --strict         check: warnings count as errors
  --verbose        List every diagnostic, notes included
  --quiet          Print only errors
  -h, --help       Show this help
`;

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: '_site' },
        url: { type: 'string' },
        title: { type: 'string' },
        lang: { type: 'string' },
        'no-search': { type: 'boolean', default: false },
        port: { type: 'string', default: '8080' },
        strict: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const [command, folder = 'content', ...rest] = args.positionals;
  if (args.values.help || !command) {
    process.stdout.write(HELP);
    return command || args.values.help ? 0 : 2;
  }
  if (rest.length) {
    process.stderr.write(`Unexpected arguments: ${rest.join(' ')}\n\n${HELP}`);
    return 2;
  }
  if (!existsSync(folder)) {
    process.stderr.write(`The content folder "${folder}" does not exist.\n`);
    return 2;
  }
  const site: Partial<SiteSettings> = {};
  if (args.values.url) {
    if (!/^https?:\/\/[^\s]+$/.test(args.values.url)) {
      process.stderr.write(`--url must be an http(s) address, not "${args.values.url}".\n`);
      return 2;
    }
    site.url = args.values.url;
  }
  if (args.values.title) site.title = args.values.title;
  if (args.values.lang) site.lang = args.values.lang;
  const log = (line: string) => {
    if (!args.values.quiet) process.stderr.write(`${line}\n`);
  };

  if (command === 'build') {
    // Modules are loaded by the command that needs them, so `--help` and `check` start fast.
    const { build } = await import('./build.ts');
    const { summarise } = await import('./report.ts');
    const started = performance.now();
    try {
      const result = await build(folder, args.values.out!, {
        site,
        search: !args.values['no-search'],
        onStage: (stage, detail) => log(`  ${elapsed(started)}  ${stage}${detail ? ` (${detail})` : ''}`),
        onProgress: args.values.quiet ? undefined : progressPrinter(started),
      });
      const summary = summarise(result.report, { verbose: args.values.verbose });
      if (!args.values.quiet) process.stdout.write(`${summary}\n`);
      if (result.upToDate) {
        log(`The site in ${args.values.out} is up to date: its content, settings and code are those it was built from (checked in ${elapsed(started)}); nothing written.`);
      } else {
        log(`Wrote ${result.files} files to ${args.values.out} in ${elapsed(started)}; ${result.indexed} pages searchable.`);
      }
      return result.report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    } catch (error) {
      process.stderr.write(`The build failed; the previous site in ${args.values.out} is unchanged.\n${(error as Error).stack ?? error}\n`);
      return 1;
    }
  }

  if (command === 'check') {
    const { load } = await import('./load/index.ts');
    const { parse } = await import('./analyse/per-article/parse/index.ts');
    const { formatDiagnostic } = await import('./model/messages.ts');
    const loaded = await load(folder);
    const parsed = parse(loaded.files);
    const diagnostics = [...loaded.diagnostics, ...parsed.diagnostics];
    const failing = diagnostics.filter((d) => d.severity === 'error' || (args.values.strict && d.severity === 'warning'));
    for (const d of diagnostics) {
      if (d.severity !== 'info' || args.values.verbose) process.stdout.write(`${formatDiagnostic(d)}\n`);
    }
    process.stdout.write(
      `${loaded.files.length + loaded.skipped.length} files checked: ${parsed.articles.length} articles, ` +
        `${loaded.skipped.length + parsed.skipped.length} skipped; ${failing.length} ${args.values.strict ? 'errors and warnings' : 'errors'}.\n`,
    );
    return failing.length ? 1 : 0;
  }

  if (command === 'serve') {
    const { serve } = await import('./serve.ts');
    await serve(folder, args.values.out!, { site, port: Number(args.values.port), log });
    return 0;
  }

  process.stderr.write(`Unknown command "${command}".\n\n${HELP}`);
  return 2;
}

/** Fewest articles to compute for which a stage reports its progress. */
const PROGRESS_MIN_ITEMS = 1000;

/**
 * Progress within a long per-article stage: one line rewritten in place on a
 * terminal; a line at each tenth of the work in a log.
 */
function progressPrinter(started: number): (stage: string, done: number, total: number) => void {
  const tty = process.stderr.isTTY;
  let lastTenth = 0;
  return (stage, done, total) => {
    if (total < PROGRESS_MIN_ITEMS) return;
    const line = `  ${elapsed(started)}  ${stage}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} articles`;
    if (tty) {
      process.stderr.write(`\r${line}\x1b[K${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor((10 * done) / total);
    if (tenth > lastTenth || done === total) {
      lastTenth = done === total ? 0 : tenth;
      process.stderr.write(`${line}\n`);
    }
  };
}

function elapsed(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

