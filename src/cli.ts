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

/** The options `parseArgs` gives. */
type Values = {
  out?: string;
  url?: string;
  title?: string;
  lang?: string;
  'no-search'?: boolean;
  port?: string;
  strict?: boolean;
  verbose?: boolean;
  quiet?: boolean;
  help?: boolean;
};

/** What every command is given: the content folder, the options, the site settings and the log. */
interface Command {
  folder: string;
  values: Values;
  site: Partial<SiteSettings>;
  log: (line: string) => void;
}

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
  const site = siteSettings(args.values);
  if (typeof site === 'string') {
    process.stderr.write(site);
    return 2;
  }
  const values = args.values;
  const log = (line: string) => {
    if (!values.quiet) process.stderr.write(`${line}\n`);
  };
  const run = COMMANDS.get(command);
  if (!run) {
    process.stderr.write(`Unknown command "${command}".\n\n${HELP}`);
    return 2;
  }
  return run({ folder, values, site, log });
}

/** The site settings the options give, or the message that says why they cannot be used. */
function siteSettings(values: Values): Partial<SiteSettings> | string {
  const site: Partial<SiteSettings> = {};
  if (values.url) {
    if (!/^https?:\/\/[^\s]+$/.test(values.url)) return `--url must be an http(s) address, not "${values.url}".\n`;
    site.url = values.url;
  }
  if (values.title) site.title = values.title;
  if (values.lang) site.lang = values.lang;
  return site;
}

/** `dateline build`. */
async function buildCommand({ folder, values, site, log }: Command): Promise<number> {
  // Modules are loaded by the command that needs them, so `--help` and `check` start fast.
  const { build } = await import('./build.ts');
  const { summarise } = await import('./report.ts');
  const started = performance.now();
  try {
    const result = await build(folder, values.out!, {
      site,
      search: !values['no-search'],
      onStage: (stage, detail) => log(`  ${elapsed(started)}  ${stage}${detail ? ` (${detail})` : ''}`),
      onProgress: values.quiet ? undefined : progressPrinter(started),
    });
    const summary = summarise(result.report, { verbose: values.verbose });
    if (!values.quiet) process.stdout.write(`${summary}\n`);
    if (result.upToDate) {
      log(`The site in ${values.out} is up to date: its content, settings and code are those it was built from (checked in ${elapsed(started)}); nothing written.`);
    } else {
      log(`Wrote ${result.files} files to ${values.out} in ${elapsed(started)}; ${result.indexed} pages searchable.`);
    }
    return result.report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  } catch (error) {
    process.stderr.write(`The build failed; the previous site in ${values.out} is unchanged.\n${describeError(error)}\n`);
    return 1;
  }
}

/** `dateline check`. */
async function checkCommand({ folder, values }: Command): Promise<number> {
  const { load } = await import('./load/index.ts');
  const { parse } = await import('./analyse/per-article/parse/index.ts');
  const { formatDiagnostic } = await import('./model/messages.ts');
  const loaded = await load(folder);
  const parsed = parse(loaded.files);
  const diagnostics = [...loaded.diagnostics, ...parsed.diagnostics];
  const failing = diagnostics.filter((d) => d.severity === 'error' || (values.strict && d.severity === 'warning'));
  for (const d of diagnostics) {
    if (d.severity !== 'info' || values.verbose) process.stdout.write(`${formatDiagnostic(d)}\n`);
  }
  process.stdout.write(
    `${loaded.files.length + loaded.skipped.length} files checked: ${parsed.articles.length} articles, ` +
      `${loaded.skipped.length + parsed.skipped.length} skipped; ${failing.length} ${values.strict ? 'errors and warnings' : 'errors'}.\n`,
  );
  return failing.length ? 1 : 0;
}

/** `dateline serve`. */
async function serveCommand({ folder, values, site, log }: Command): Promise<number> {
  const { serve } = await import('./serve.ts');
  await serve(folder, values.out!, { site, port: Number(values.port), log });
  return 0;
}

const COMMANDS = new Map<string, (c: Command) => Promise<number>>([
  ['build', buildCommand],
  ['check', checkCommand],
  ['serve', serveCommand],
]);

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


/** Causes of an error shown at most: a cycle of causes ends here. */
const MAX_CAUSES = 10;

/** An error as the terminal shows it: its stack, then each of its causes'. */
function describeError(error: unknown): string {
  const lines: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e !== undefined && depth <= MAX_CAUSES; depth++) {
    const text = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
    lines.push(depth === 0 ? text : `Caused by: ${text}`);
    e = e instanceof Error ? e.cause : undefined;
  }
  return lines.join('\n');
}
