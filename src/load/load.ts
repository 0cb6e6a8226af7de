import { createHash } from 'node:crypto';
import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE } from '../model/config.ts';
import { diagnose } from '../model/messages.ts';
import type { Diagnostic, Skipped, SourceFile } from '../model/types.ts';
import { decode, decodeAs, decodeHtml } from './decode.ts';
import { readPageImages } from './images.ts';
import { readStatFile, vouches, writeStatFile, type StatEntry, type StatFileContents } from './stat-file.ts';

/** Largest article read, in bytes: 16 MiB holds any real article many times over. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Files read at once: enough to keep the disk busy without holding many large files. */
const READ_CONCURRENCY = 32;

/** How a file is read, by its ending (lower-cased): a saved web page may end in any of the three. */
const FORMATS: Record<string, SourceFile['format']> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/**
 * Endings a browser gives the folder of files it saves beside a page ("Web
 * page, complete": `Story.html` and `Story_files/`); older localised browsers
 * used their own word.
 */
const ASSET_FOLDER_SUFFIXES = ['_files', '-Dateien', '_fichiers', '_archivos', '_arquivos', '_file', '-bestanden', '_filer'];

export interface LoadOptions {
  /** Files larger than this many bytes are skipped (default: `MAX_FILE_BYTES`, 16 MiB). */
  maxFileBytes?: number;
  /**
   * A file where the load keeps what it read of each file (size, times,
   * inode, hash), so that the next load does not read a file again whose
   * size, modification and change times and inode are the same: its hash is
   * taken from there, and its text read only when asked for (default: none,
   * every file is read).
   */
  statFile?: string;
}

/**
 * A file the stat file vouches for: everything but its text, which is read
 * (and its hash checked) the first time it is asked for.
 */
function unreadFile(rel: string, abs: string, e: StatEntry): SourceFile {
  const file = { file: rel, path: abs, format: e.format, hash: e.hash, bytes: e.size } as SourceFile;
  Object.defineProperty(file, 'text', {
    enumerable: true,
    configurable: true,
    get(this: SourceFile) {
      const bytes = readFileSync(abs);
      if (createHash('sha256').update(bytes).digest('hex') !== e.hash) {
        throw new Error(`${rel} changed while the site was being built (its size and times did not); build again`);
      }
      const text = decodeAs(bytes, e.encoding).replace(/\r\n?/g, '\n');
      Object.defineProperty(this, 'text', { value: text, enumerable: true, writable: true, configurable: true });
      return text;
    },
  });
  return file;
}

export interface LoadResult {
  /** Readable article files, sorted by path. */
  files: SourceFile[];
  /** Files that are not articles, with the reason. */
  skipped: Skipped[];
  diagnostics: Diagnostic[];
}

/**
 * Reads every file under `contentDir`. Names starting with a dot (`.git`,
 * `.DS_Store`) are not content and are not read, nor is the archive's
 * config file at the top of the folder. Folder links are followed
 * once; a link back to a folder already read is reported, not followed. The
 * folder a browser saves beside a page (`Story_files/` by `Story.html`) is
 * the page's own: noted once, not read.
 */
export async function load(contentDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const root = path.resolve(contentDir);
  const started = Date.now();
  const known = options.statFile ? await readStatFile(options.statFile) : null;
  const seenStats = new Map<string, StatEntry>();
  const diagnostics: Diagnostic[] = [];
  const skipped: Skipped[] = [];
  const found: { rel: string; abs: string }[] = [];
  const assetFolders = new Map<string, string>();
  await walk(root, root, new Set([await realpath(root)]), { found, assetFolders, diagnostics, skipped });
  found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));

  const files: (SourceFile | null)[] = new Array(found.length).fill(null);
  const take = (i: number, r: ReadResult) => {
    if (r.file) files[i] = r.file;
    if (r.skipped) skipped.push(r.skipped);
    diagnostics.push(...r.diagnostics);
  };
  // The files the stat file vouches for are taken in one synchronous pass: in a rebuild that is nearly all of them, and a promise each would cost more than their stat.
  const toRead: { index: number; stats: BigIntStats | null }[] = [];
  found.forEach((f, i) => {
    const r = knownOrSkipped(f.rel, f.abs, maxBytes, known, seenStats);
    if ('result' in r) take(i, r.result);
    else toRead.push({ index: i, stats: r.stats });
  });
  let next = 0;
  const worker = async () => {
    while (next < toRead.length) {
      const { index, stats } = toRead[next++]!;
      take(index, await readOne(found[index]!.rel, found[index]!.abs, maxBytes, seenStats, stats));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, toRead.length) }, worker));
  for (const f of files) {
    const folder = f && assetFolders.get(f.file);
    if (folder) f.images = await readPageImages(folder, path.dirname(f.path), root, { known, seen: seenStats });
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (options.statFile && !(known && sameEntries(known.files, seenStats))) await writeStatFile(options.statFile, started, seenStats);
  return { files: files.filter((f): f is SourceFile => f !== null), skipped, diagnostics };
}

/**
 * Whether this load vouched for every file the stat file holds and read no
 * other: writing it again would change nothing but its start time, which
 * only the files it read need (see `vouches`).
 */
function sameEntries(known: Map<string, StatEntry>, seen: Map<string, StatEntry>): boolean {
  if (known.size !== seen.size) return false;
  for (const [rel, e] of seen) if (known.get(rel) !== e) return false;
  return true;
}

/** What a walk of the content folder finds. */
interface Found {
  /** The files to read. */
  found: { rel: string; abs: string }[];
  /** The folder of files saved with a page (absolute), by the page's path in the content folder. */
  assetFolders: Map<string, string>;
  diagnostics: Diagnostic[];
  skipped: Skipped[];
}

async function walk(root: string, dir: string, seen: Set<string>, into: Found): Promise<void> {
  const { found: out, diagnostics, skipped } = into;
  const report = (d: Diagnostic): void => {
    diagnostics.push(d);
    skipped.push({ file: d.file, reason: d.message });
  };
  let entries: { name: string; isDir: boolean; isLink: boolean; isFile: boolean }[];
  try {
    // One call per folder: an iterator that yields entry by entry costs a promise per file.
    entries = (await readdir(dir, { withFileTypes: true })).map((e) => ({ name: e.name, isDir: e.isDirectory(), isLink: e.isSymbolicLink(), isFile: e.isFile() }));
  } catch (error) {
    report(diagnose('unreadable', toRel(root, dir) || '.', [describe(error)]));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  const pages = savedPages(entries.map((e) => e.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    // An archive kept in the folder of its articles has its settings there too: they are not an article.
    if (dir === root && e.name === CONFIG_FILE) continue;
    const abs = path.join(dir, e.name);
    const rel = toRel(root, abs);
    let isDir = e.isDir;
    let isFile = e.isFile;
    if (e.isLink) {
      try {
        const s = await stat(abs);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch (error) {
        report(diagnose('unreadable', rel, [describe(error)]));
        continue;
      }
    }
    if (isDir) {
      const page = pageOfAssetFolder(e.name, pages);
      if (page !== null) {
        // A saved page's own files: noted once, and not listed file by file as skipped; its pictures are read with the page.
        into.assetFolders.set(toRel(root, path.join(dir, page)), abs);
        diagnostics.push(diagnose('pageAssets', rel, [toRel(root, path.join(dir, page))], { related: toRel(root, path.join(dir, page)) }));
        continue;
      }
      let real: string;
      try {
        real = await realpath(abs);
      } catch (error) {
        report(diagnose('unreadable', rel, [describe(error)]));
        continue;
      }
      if (seen.has(real)) {
        report(diagnose('symlinkLoop', rel, []));
        continue;
      }
      seen.add(real);
      await walk(root, abs, seen, into);
    } else if (isFile) {
      out.push({ rel, abs });
    } else {
      report(diagnose('unsupportedType', rel, ['(not a regular file)']));
    }
  }
}

/** The saved pages among a folder's names, by name without the extension. */
function savedPages(names: string[]): Map<string, string> {
  const pages = new Map<string, string>();
  for (const name of names) {
    const ext = path.extname(name).toLowerCase();
    if (FORMATS[ext] === 'html') pages.set(name.slice(0, -ext.length), name);
  }
  return pages;
}

/** The page a folder holds the saved files of (`Story_files` beside `Story.html`), or null. */
function pageOfAssetFolder(folder: string, pages: Map<string, string>): string | null {
  for (const suffix of ASSET_FOLDER_SUFFIXES) {
    if (folder.endsWith(suffix)) {
      const page = pages.get(folder.slice(0, -suffix.length));
      if (page !== undefined) return page;
    }
  }
  return null;
}

type ReadResult = { file?: SourceFile; skipped?: Skipped; diagnostics: Diagnostic[] };

const skipFile = (rel: string, d: Diagnostic): ReadResult => ({ skipped: { file: rel, reason: d.message }, diagnostics: [d] });

/**
 * A file's result without reading it: skipped for its ending or size, or
 * taken unread as the stat file knows it (`unreadFile`); else the stats
 * it is to be read with (null when they could not be taken).
 */
function knownOrSkipped(
  rel: string,
  abs: string,
  maxBytes: number,
  known: StatFileContents | null,
  seen: Map<string, StatEntry>,
): { result: ReadResult } | { stats: BigIntStats | null } {
  const ext = path.extname(rel).toLowerCase();
  const format = FORMATS[ext];
  if (!format) return { result: skipFile(rel, diagnose('unsupportedType', rel, [ext])) };
  let s;
  try {
    s = statSync(abs, { bigint: true });
  } catch {
    // Read, to report what went wrong as reading it does.
    return { stats: null };
  }
  if (s.size > BigInt(maxBytes)) return { result: skipFile(rel, diagnose('tooLarge', rel, [Number(s.size), maxBytes])) };
  const e = known?.files.get(rel);
  if (!e || !vouches(known!, e, s, format)) return { stats: s };
  seen.set(rel, e);
  const diagnostics = e.encoding === 'UTF-8' ? [] : [diagnose('decodedLegacy', rel, [e.encoding])];
  return { result: { file: unreadFile(rel, abs, e), diagnostics } };
}

/** Reads a file the stat file does not vouch for (with the stats `knownOrSkipped` took, else its own), and records what it read in `seen`. */
async function readOne(rel: string, abs: string, maxBytes: number, seen: Map<string, StatEntry>, stats: BigIntStats | null): Promise<ReadResult> {
  const skip = (d: Diagnostic): ReadResult => skipFile(rel, d);
  const format = FORMATS[path.extname(rel).toLowerCase()]!;
  let bytes: Buffer;
  let s: BigIntStats;
  try {
    s = stats ?? statSync(abs, { bigint: true });
    if (s.size > BigInt(maxBytes)) return skip(diagnose('tooLarge', rel, [Number(s.size), maxBytes]));
    bytes = await readFile(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return skip(diagnose('vanished', rel, []));
    return skip(diagnose('unreadable', rel, [describe(error)]));
  }
  if (bytes.length > maxBytes) return skip(diagnose('tooLarge', rel, [bytes.length, maxBytes]));
  const decoded = format === 'html' ? decodeHtml(bytes) : decode(bytes);
  if (decoded.kind === 'binary') return skip(diagnose('binary', rel, []));
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return skip(diagnose('empty', rel, []));
  const diagnostics: Diagnostic[] = [];
  if (decoded.encoding !== 'UTF-8') diagnostics.push(diagnose('decodedLegacy', rel, [decoded.encoding]));
  const hash = createHash('sha256').update(bytes).digest('hex');
  // What was read is vouched for next time only if the file did not change while it was read.
  if (bytes.length === Number(s.size)) {
    const entry: StatEntry = { size: bytes.length, mtimeNs: String(s.mtimeNs), ctimeNs: String(s.ctimeNs), inode: Number(s.ino), hash, format, encoding: decoded.encoding };
    seen.set(rel, entry);
  }
  return { file: { file: rel, path: abs, format, text, hash, bytes: bytes.length }, diagnostics };
}

function toRel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}${e.message ? ` (${e.message.replace(/^[A-Z]+: /, '')})` : ''}` : String(error);
}
