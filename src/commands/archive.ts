/**
 * What a command works on: the content folder, the output folder and the
 * site settings, from the folder given, its config file and the options,
 * in that order of strength (an option beats the config, the config beats
 * the default). Everything is checked here, before any work starts.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE } from '../model/config.ts';
import type { Diagnostic, SiteSettings } from '../model/types.ts';
import { UsageError, type CommandName, type Values } from './args.ts';
import { readConfig } from './config.ts';

/** Folder of the articles when neither the command line nor a config names one. */
export const DEFAULT_CONTENT = 'content';
/** Output folder when neither the command line nor a config names one. */
export const DEFAULT_OUT = '_site';

export interface ArchivePlan {
  /** The content folder, as a path to show (relative to the working folder when inside it). */
  contentDir: string;
  /** The output folder, likewise. */
  outDir: string;
  /** The site settings the config and the options give. */
  site: Partial<SiteSettings>;
  /** Path the site lives under (`/`, `/archive/`), for `serve`. */
  pathPrefix: string;
  /** The config file read, as a path to show, or null. */
  configFile: string | null;
  /** What checking the config found. */
  configDiagnostics: Diagnostic[];
}

/** The archive a command works on; throws `UsageError` when the folders given cannot be used. */
export function planArchive(command: CommandName, folder: string | undefined, values: Values): ArchivePlan {
  const archiveDir = folder ?? (existsSync(CONFIG_FILE) ? '.' : DEFAULT_CONTENT);
  checkFolder(command, archiveDir, folder === undefined);
  const configPath = path.join(archiveDir, CONFIG_FILE);
  const hasConfig = existsSync(configPath);
  const { config, diagnostics } = hasConfig ? readConfig(configPath, shown(configPath)) : { config: {}, diagnostics: [] };
  const contentDir = hasConfig ? path.resolve(archiveDir, config.content ?? DEFAULT_CONTENT) : path.resolve(archiveDir);
  const outDir = values.out !== undefined ? path.resolve(values.out) : path.resolve(hasConfig ? archiveDir : '.', config.out ?? DEFAULT_OUT);
  // A config with an error is reported by the command first: the folders it would have named are not known.
  if (!diagnostics.some((d) => d.severity === 'error')) {
    if (hasConfig) checkFolder(command, shown(contentDir), false, `, which ${shown(configPath)} names as its content`);
    if (command === 'build' || command === 'serve') checkOutside(contentDir, outDir);
  }
  const prefix = values['path-prefix'] ?? config.pathPrefix;
  const url = values.url ?? config.url;
  const site: Partial<SiteSettings> = {};
  const title = values.title ?? config.title;
  const lang = values.lang ?? config.lang;
  if (title !== undefined) site.title = title;
  if (lang !== undefined) site.lang = lang;
  if (url !== undefined) site.url = prefix !== undefined ? new URL(normalPrefix(prefix), url).href : url;
  return {
    contentDir: shown(contentDir),
    outDir: shown(outDir),
    site,
    pathPrefix: normalPrefix(prefix ?? (site.url ? new URL(site.url).pathname : '/')),
    configFile: hasConfig ? shown(configPath) : null,
    configDiagnostics: diagnostics,
  };
}

/** A path as a person reads it: relative to the working folder when it is inside it. */
function shown(p: string): string {
  const rel = path.relative(process.cwd(), path.resolve(p));
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(p) : rel;
}

/** `/archive/` from `archive`, `/archive` or `/archive/`; `/` from nothing. */
function normalPrefix(prefix: string): string {
  const inner = prefix.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** Refuses a folder that is missing or is a file, saying what to give instead. */
function checkFolder(command: CommandName, dir: string, defaulted: boolean, named = ''): void {
  if (!existsSync(dir)) {
    if (defaulted) {
      throw new UsageError(
        `There is no "${dir}" folder here, nor a ${CONFIG_FILE}. Give the folder of your articles (dateline ${command} my-articles), or start an archive with \`dateline init my-archive\`.`,
      );
    }
    throw new UsageError(`The folder "${dir}"${named} does not exist.`);
  }
  if (!statSync(dir).isDirectory()) {
    const parent = path.dirname(dir);
    throw new UsageError(`"${dir}"${named} is a file; dateline ${command} takes the folder that holds your articles (here, "${parent}").`);
  }
}

/**
 * Refuses an output folder inside the content folder (the next build would
 * read the site back as articles) or around it (a build would replace the
 * articles with the site).
 */
function checkOutside(contentDir: string, outDir: string): void {
  const content = realpathSync(contentDir);
  const out = realOrPlanned(outDir);
  if (isWithin(out, content)) {
    throw new UsageError(
      `The output folder "${shown(outDir)}" is inside the content folder "${shown(contentDir)}": the next build would read the site back as articles. Give --out a folder outside it, such as "${shown(path.join(path.dirname(contentDir), DEFAULT_OUT))}".`,
    );
  }
  if (isWithin(content, out)) {
    throw new UsageError(`The content folder "${shown(contentDir)}" is inside the output folder "${shown(outDir)}", which a build replaces. Give --out a folder of its own.`);
  }
}

/** The real path of a folder, or of its nearest existing parent with the rest joined on, for one not made yet. */
function realOrPlanned(p: string): string {
  const rest: string[] = [];
  let dir = path.resolve(p);
  while (!existsSync(dir) && path.dirname(dir) !== dir) {
    rest.unshift(path.basename(dir));
    dir = path.dirname(dir);
  }
  // An existing output folder is a link to the published tree: the link's own place is what counts.
  const base = rest.length ? realpathSync(dir) : path.join(realpathSync(path.dirname(dir)), path.basename(dir));
  return path.join(base, ...rest);
}

function isWithin(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
}
