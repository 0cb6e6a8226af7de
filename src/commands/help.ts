/** The help texts, made from the table of options so they never drift from what the command takes. */
import { readFileSync } from 'node:fs';
import { OPTIONS, type CommandName, type OptionName } from './args.ts';

/** What each command does and how it is called. */
const COMMAND_HELP: Record<CommandName, { usage: string; summary: string; more: string }> = {
  init: {
    usage: 'dateline init [folder] [--title <text>] [--url <url>] [--lang <tag>]',
    summary: 'Start an archive: a config file and two example articles',
    more: 'Writes dateline.config.yml and two articles into content/ of [folder] (default: the current folder).\nNothing that exists is overwritten.',
  },
  build: {
    usage: 'dateline build [folder] [options]',
    summary: 'Build the site of an archive',
    more:
      '[folder] is an archive (a folder with dateline.config.yml) or a folder of articles\n' +
      '(default: the current folder when it has a config, else content). Exits with 1 when a file has an error.',
  },
  serve: {
    usage: 'dateline serve [folder] [options]',
    summary: 'Build, serve on localhost with search, rebuild and reload on changes',
    more: 'Takes the same folder and site options as build; the site is written to --out as by build.',
  },
  check: {
    usage: 'dateline check [folder] [--strict] [--verbose] [--quiet]',
    summary: 'Check the articles and the config without building',
    more: 'Prints every problem with its file and line; exits with 1 on errors (--strict: on warnings too).',
  },
};

const ORDER: CommandName[] = ['init', 'build', 'serve', 'check'];

function optionLines(names: OptionName[]): string[] {
  const left = (n: OptionName) => {
    const o = OPTIONS[n];
    return `${'short' in o ? `-${o.short}, ` : ''}--${n}${'value' in o ? ` ${o.value}` : ''}`;
  };
  const width = Math.max(...names.map((n) => left(n).length)) + 2;
  return names.map((n) => `  ${left(n).padEnd(width)}${OPTIONS[n].help}`);
}

/** The help of one command, or the overview. */
export function helpText(command?: CommandName): string {
  if (command) {
    const c = COMMAND_HELP[command];
    const names = (Object.keys(OPTIONS) as OptionName[]).filter((n) => (OPTIONS[n].commands as readonly string[]).includes(command));
    return `Usage: ${c.usage}\n\n${c.summary}.\n${c.more}\n\nOptions:\n${optionLines(names).join('\n')}\n`;
  }
  const width = Math.max(...ORDER.map((c) => c.length)) + 2;
  return (
    'Usage: dateline <command> [folder] [options]\n\nCommands:\n' +
    ORDER.map((c) => `  ${c.padEnd(width)}${COMMAND_HELP[c].summary}`).join('\n') +
    '\n\n`dateline <command> --help` lists the options of a command. `dateline --version` gives the version.\n'
  );
}

/** Dateline's version, from its package file. */
export function version(): string {
  const file = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
