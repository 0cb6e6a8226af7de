/**
 * The command line, read and checked before any work: every word is a known
 * command or option, every value is usable, or the person is told in one
 * plain sentence what to type instead.
 */
import { parseArgs } from 'node:util';
import { closest } from '../text/distance.ts';

export type CommandName = 'build' | 'serve' | 'check' | 'init';

/** An option of the command line. */
interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** What the value is, in the help (`<dir>`). */
  value?: string;
  /** One line of help. */
  help: string;
  /** The commands that take it. */
  commands: readonly CommandName[];
}

const SITE_COMMANDS: readonly CommandName[] = ['build', 'serve'];
const ALL_COMMANDS: readonly CommandName[] = ['build', 'serve', 'check', 'init'];

export const OPTIONS = {
  out: { type: 'string', value: '<dir>', help: 'Output folder (default: _site, or `out` of the config)', commands: SITE_COMMANDS },
  url: { type: 'string', value: '<url>', help: 'Address the site is published at, for feeds, sitemap and canonical links', commands: [...SITE_COMMANDS, 'init'] },
  title: { type: 'string', value: '<text>', help: 'Site title (default: Dateline)', commands: [...SITE_COMMANDS, 'init'] },
  lang: { type: 'string', value: '<tag>', help: "Language of the site's own text (default: en)", commands: [...SITE_COMMANDS, 'init'] },
  'path-prefix': { type: 'string', value: '<path>', help: 'Path the site lives under on its host, such as /archive/ (default: /)', commands: SITE_COMMANDS },
  'no-search': { type: 'boolean', help: 'Do not build the search index', commands: SITE_COMMANDS },
  port: { type: 'string', value: '<n>', help: 'Port to serve on (default: 8080)', commands: ['serve'] },
  strict: { type: 'boolean', help: 'Warnings count as errors', commands: ['check'] },
  verbose: { type: 'boolean', help: 'List every diagnostic, notes included', commands: ['build', 'serve', 'check'] },
  quiet: { type: 'boolean', help: 'Print errors only', commands: ['build', 'serve', 'check'] },
  help: { type: 'boolean', short: 'h', help: 'Show this help', commands: ALL_COMMANDS },
  version: { type: 'boolean', help: "Show Dateline's version", commands: ALL_COMMANDS },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** The options given, by name: text for those that take a value, `true` for switches. */
export type Values = Partial<{ [K in OptionName]: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean }>;

/** What the command line asks for, checked. */
export type Request =
  | { kind: 'help'; command?: CommandName; /** Whether `--help` was given, rather than no command. */ asked: boolean }
  | { kind: 'version' }
  | { kind: 'run'; command: CommandName; folder?: string; values: Values };

/** A command line that cannot be run: the sentence that says why, and what to type instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const COMMAND_NAMES = ALL_COMMANDS as readonly string[];

/** Reads the command line; throws `UsageError` with a plain message when it cannot be run. */
export function readCommandLine(argv: string[]): Request {
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const positionals = tokens.filter((t) => t.kind === 'positional').map((t) => t.value);
  const [word, folder, ...extra] = positionals;
  const command = word === undefined ? undefined : commandNamed(word);
  const values: Record<string, string | boolean> = {};
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    checkOption(t.name, t.rawName, t.value, command);
    values[t.name] = t.value ?? true;
  }
  if (values.version) return { kind: 'version' };
  if (values.help || !command) return { kind: 'help', asked: values.help === true, ...(command ? { command } : {}) };
  if (extra.length) {
    throw new UsageError(`"dateline ${command}" takes one folder; "${extra.join(' ')}" is more. Quote a folder name that has spaces.`);
  }
  checkValues(values as Values);
  return { kind: 'run', command, ...(folder !== undefined ? { folder } : {}), values: values as Values };
}

/** The command a word names; throws with the nearest command when it names none. */
function commandNamed(word: string): CommandName {
  if (COMMAND_NAMES.includes(word)) return word as CommandName;
  const near = closest(word, COMMAND_NAMES);
  const guess = near ? ` Did you mean "dateline ${near}"?` : '';
  throw new UsageError(`"${word}" is not a Dateline command.${guess} The commands are ${COMMAND_NAMES.join(', ')}; \`dateline --help\` says what each does.`);
}

/** Checks one option as written: known, taken by the command, with a value when it needs one and none when it does not. */
function checkOption(name: string, raw: string, value: string | undefined, command: CommandName | undefined): void {
  const spec = (OPTIONS as Record<string, OptionSpec>)[name];
  if (!spec) {
    const own = Object.keys(OPTIONS).filter((n) => !command || (OPTIONS[n as OptionName].commands as readonly string[]).includes(command));
    const near = closest(raw.replace(/^-+/, ''), own);
    const guess = near ? ` Did you mean --${near}?` : '';
    throw new UsageError(`${raw} is not an option of Dateline.${guess} \`dateline ${command ?? ''}${command ? ' ' : ''}--help\` lists the options.`);
  }
  if (command && !spec.commands.includes(command)) {
    throw new UsageError(`--${name} is an option of ${spec.commands.map((c) => `"dateline ${c}"`).join(' and ')}, not of "dateline ${command}".`);
  }
  if (spec.type === 'string' && value === undefined) throw new UsageError(`--${name} needs a value: --${name} ${spec.value ?? '<value>'}.`);
  if (spec.type === 'boolean' && value !== undefined) throw new UsageError(`--${name} takes no value; write --${name} alone.`);
}

/** Lowest and highest TCP port a person can serve on. */
const PORT_RANGE = [1, 65535] as const;

/** Checks the values that have a form: a port, an address, a language tag, a path. */
function checkValues(values: Values): void {
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port < PORT_RANGE[0] || port > PORT_RANGE[1]) {
      throw new UsageError(`--port ${values.port} is not a port: give a whole number from ${PORT_RANGE[0]} to ${PORT_RANGE[1]}, such as 8080.`);
    }
  }
  const problem = siteValueProblem('--url', values.url) ?? siteValueProblem('--lang', values.lang) ?? siteValueProblem('--path-prefix', values['path-prefix']);
  if (problem) throw new UsageError(problem);
  if (values.title !== undefined && !values.title.trim()) throw new UsageError('--title needs some text: --title "My archive".');
}

/** Why a site setting's value cannot be used (named as `name`, an option or a config field), or null. */
export function siteValueProblem(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (name.endsWith('url') && !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/i.test(value)) {
    return `${name} must be an http(s) address such as https://example.org/archive/, not "${value}".`;
  }
  if (name.endsWith('lang') && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) {
    return `${name} must be a language tag such as en or ar-SY, not "${value}".`;
  }
  if (name.endsWith('prefix') && !/^\/?([\w.~-]+\/?)*$/.test(value)) {
    return `${name} must be a path such as /archive/, not "${value}".`;
  }
  return null;
}
