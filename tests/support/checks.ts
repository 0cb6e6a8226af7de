/**
 * Checks of a built site from outside: the Nu Html Checker, a link crawler,
 * Jing with RELAX NG schemas (Atom, sitemaps) and a JSON Feed 1.1 checker.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './demo.ts';

export const VNU_JAR = path.join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
export const SCHEMAS = path.join(ROOT, 'tests', 'support', 'schemas');

/** Files under `dir` whose name ends with `ext`, the search bundle excepted, sorted. */
export function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!(d === dir && e.name === 'pagefind')) walk(full);
      } else if (e.name.endsWith(ext)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

function java(args: string[], timeout = 600_000): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('java', args, { maxBuffer: 256 * 1024 * 1024, timeout }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

export interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/**
 * Runs the Nu Html Checker once over `targets` (files, or folders with
 * `--skip-non-html`) and returns its errors. One run: the JVM takes seconds to start.
 */
export async function vnu(targets: string[]): Promise<VnuMessage[]> {
  // The checker needs a deep stack for its schema; language detection only ever warns, and is slow.
  const { stdout, stderr } = await java(['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--no-langdetect', '--skip-non-html', '--format', 'json', ...targets]);
  const text = (stderr.trim().startsWith('{') ? stderr : stdout).trim();
  const json = JSON.parse(text) as { messages: VnuMessage[] };
  return json.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

/** Validates XML `files` against a RELAX NG compact schema with Jing (inside vnu.jar). Returns one line per error. */
export async function jing(schema: string, files: string[]): Promise<string[]> {
  const errors: string[] = [];
  // Batches keep the command line short on large archives.
  for (let i = 0; i < files.length; i += 2000) {
    const { stdout, stderr } = await java(['-cp', VNU_JAR, 'nu.validator.vendor.thaiopensource.relaxng.util.Driver', '-c', path.join(SCHEMAS, schema), ...files.slice(i, i + 2000)]);
    errors.push(...`${stdout}\n${stderr}`.split('\n').filter((l) => /error|fatal/i.test(l)));
  }
  return errors;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e]!);

export interface CrawlResult {
  pages: number;
  /** Internal links, assets and fragments checked. */
  links: number;
  broken: { page: string; href: string; why: string }[];
}

/**
 * Follows every internal `href` and `src` of every page of the site in `dir`
 * the way a browser resolves them against the page's own address, and
 * reports those that lead nowhere: a missing file, a folder without
 * index.html, or a `#fragment` with no element of that id on the target page.
 * Site-absolute links (only the 404 page has them) start with the path the
 * site is published at (`rootPath`, default: `/`).
 */
export function crawl(dir: string, options: { rootPath?: string } = {}): CrawlResult {
  const rootPath = options.rootPath ?? '/';
  const root = path.resolve(dir);
  const rootUrl = pathToFileURL(`${root}/`);
  const pages = filesUnder(root, '.html');
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      const text = readFileSync(file, 'utf8');
      set = new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  const broken: CrawlResult['broken'] = [];
  let links = 0;
  for (const page of pages) {
    const text = readFileSync(page, 'utf8');
    const base = pathToFileURL(page);
    for (const m of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = decode(m[1]!);
      if (/^(https?|mailto|data|tel|urn):/i.test(href)) continue;
      links++;
      const rel = path.relative(root, page);
      if (href === '') {
        broken.push({ page: rel, href, why: 'empty address' });
        continue;
      }
      if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith(rootPath)) {
        broken.push({ page: rel, href, why: `outside the site's path ${rootPath}` });
        continue;
      }
      const url = href.startsWith('/') && !href.startsWith('//') ? new URL(href.slice(rootPath.length), rootUrl) : new URL(href, base);
      if (url.protocol !== 'file:') {
        broken.push({ page: rel, href, why: `unexpected scheme ${url.protocol}` });
        continue;
      }
      let target = decodeURIComponent(url.pathname);
      if (!target.startsWith(`${root}/`) && target !== root) {
        broken.push({ page: rel, href, why: 'leads outside the site' });
        continue;
      }
      if (target.endsWith('/')) target += 'index.html';
      else if (existsSync(target) && statSync(target).isDirectory()) {
        broken.push({ page: rel, href, why: 'a folder without a trailing slash' });
        continue;
      }
      if (!existsSync(target)) {
        broken.push({ page: rel, href, why: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push({ page: rel, href, why: `no element with id "${fragment}"` });
    }
  }
  return { pages: pages.length, links, broken };
}

/** RFC 3339 date-time, as JSON Feed and Atom want it. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Problems of a JSON Feed against version 1.1 (https://jsonfeed.org/version/1.1):
 * required fields and their types, unique item ids, dates, and (with
 * `absolute`) absolute http(s) URLs.
 */
export function jsonFeedProblems(feed: any, options: { absolute: boolean }): string[] {
  const p: string[] = [];
  const url = (v: unknown, where: string) => {
    if (typeof v !== 'string' || v === '') p.push(`${where} is not a string`);
    else if (options.absolute && !/^https?:\/\/\S+$/.test(v)) p.push(`${where} is not an absolute URL: ${v}`);
  };
  if (feed?.version !== 'https://jsonfeed.org/version/1.1') p.push('version is not https://jsonfeed.org/version/1.1');
  if (typeof feed?.title !== 'string' || !feed.title) p.push('title is missing');
  if (feed.home_page_url !== undefined || options.absolute) url(feed.home_page_url, 'home_page_url');
  if (feed.feed_url !== undefined || options.absolute) url(feed.feed_url, 'feed_url');
  for (const a of feed.authors ?? []) if (typeof a.name !== 'string') p.push('an author has no name');
  if (!Array.isArray(feed?.items)) return [...p, 'items is not an array'];
  const ids = new Set<string>();
  feed.items.forEach((item: any, i: number) => {
    const at = `items[${i}]`;
    if (typeof item.id !== 'string' || !item.id) p.push(`${at}.id is not a non-empty string`);
    else if (ids.has(item.id)) p.push(`${at}.id repeats ${item.id}`);
    else ids.add(item.id);
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') p.push(`${at} has neither content_html nor content_text`);
    if (item.url !== undefined) url(item.url, `${at}.url`);
    for (const k of ['title', 'summary', 'language']) if (item[k] !== undefined && typeof item[k] !== 'string') p.push(`${at}.${k} is not a string`);
    for (const k of ['date_published', 'date_modified']) if (item[k] !== undefined && !RFC3339.test(item[k])) p.push(`${at}.${k} is not RFC 3339: ${item[k]}`);
    if (item.tags !== undefined && (!Array.isArray(item.tags) || item.tags.some((t: unknown) => typeof t !== 'string'))) p.push(`${at}.tags is not a list of strings`);
    for (const a of item.authors ?? []) if (typeof a.name !== 'string') p.push(`${at} has an author without a name`);
  });
  return p;
}

/**
 * What RFC 4287 asks of an Atom feed beyond its schema (the appendix's
 * Schematron rules and section 4.2.6): ids are absolute IRIs and unique,
 * every entry has an author (or the feed has one) and a link or content.
 */
export function atomProblems(xml: string, options: { absolute: boolean }): string[] {
  const p: string[] = [];
  const head = xml.split('<entry')[0]!;
  const feedHasAuthor = /<author>/.test(head);
  const ids = [...xml.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => decode(m[1]!));
  for (const id of ids) if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) p.push(`id is not an absolute IRI: ${id}`);
  if (new Set(ids).size !== ids.length) p.push('ids repeat');
  for (const [, entry] of xml.matchAll(/<entry[^>]*>([\s\S]*?)<\/entry>/g)) {
    if (!feedHasAuthor && !/<author>/.test(entry!)) p.push('an entry has no author, and the feed none');
    if (!/<link(?![^>]*rel="(?!alternate)[^"]*")[^>]*>/.test(entry!) && !/<content/.test(entry!)) p.push('an entry has neither an alternate link nor content');
  }
  if (options.absolute) for (const [, href] of xml.matchAll(/<link[^>]*href="([^"]*)"/g)) if (!/^https?:\/\//.test(decode(href!))) p.push(`link is not absolute: ${href}`);
  return p;
}
