import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, opendir, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnose } from '../model/messages.ts';
import type { Diagnostic, Skipped, SourceFile } from '../model/types.ts';

/** Largest article read, in bytes: 16 MiB holds any real article many times over. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Files read at once: enough to keep the disk busy without holding many large files. */
const READ_CONCURRENCY = 32;

const FORMATS: Record<string, SourceFile['format']> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

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

/** Version of the stat file's contents: another version is not read. */
const STAT_FORMAT = 1;

/**
 * Milliseconds before the start of the load that wrote the stat file within
 * which a file's modification or change time makes its entry untrusted: a
 * file written in the instant it was read may have changed after, with the
 * same times (the "racy" case of a file system's coarse clock).
 */
const RACY_MS = 2000;

/** What the stat file keeps of a file: size, mtime and ctime (ns, as text), inode, hash, format, encoding. */
type StatEntry = [number, string, string, number, string, SourceFile['format'], string];

interface StatFile {
  format: number;
  /** When the load that wrote it started (ms since the epoch). */
  started: number;
  files: Record<string, StatEntry>;
}

/** The entries of a stat file, or none when it is missing, damaged or of another version. */
async function readStatFile(file: string): Promise<{ started: number; files: Map<string, StatEntry> }> {
  try {
    const json = JSON.parse(await readFile(file, 'utf8')) as StatFile;
    if (json?.format !== STAT_FORMAT || typeof json.started !== 'number' || typeof json.files !== 'object' || json.files === null) throw new Error('stale');
    const files = new Map<string, StatEntry>();
    for (const [rel, e] of Object.entries(json.files)) {
      const ok =
        Array.isArray(e) && e.length === 7 && typeof e[0] === 'number' && typeof e[1] === 'string' && typeof e[2] === 'string' &&
        typeof e[3] === 'number' && typeof e[4] === 'string' && /^[0-9a-f]{64}$/.test(e[4]) && (e[5] === 'markdown' || e[5] === 'text') && typeof e[6] === 'string';
      if (ok) files.set(rel, e);
    }
    return { started: json.started, files };
  } catch {
    return { started: 0, files: new Map() };
  }
}

/**
 * A file the stat file vouches for: everything but its text, which is read
 * (and its hash checked) the first time it is asked for.
 */
function unreadFile(rel: string, abs: string, e: StatEntry): SourceFile {
  const file = { file: rel, path: abs, format: e[5], hash: e[4], bytes: e[0] } as SourceFile;
  Object.defineProperty(file, 'text', {
    enumerable: true,
    configurable: true,
    get(this: SourceFile) {
      const bytes = readFileSync(abs);
      if (createHash('sha256').update(bytes).digest('hex') !== e[4]) {
        throw new Error(`${rel} changed while the site was being built (its size and times did not); build again`);
      }
      const decoded = decode(bytes);
      const text = decoded.kind === 'text' ? decoded.text.replace(/\r\n?/g, '\n') : '';
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
 * `.DS_Store`) are not content and are not read. Folder links are followed
 * once; a link back to a folder already read is reported, not followed.
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
  await walk(root, root, new Set([await realpath(root)]), found, diagnostics, skipped);
  found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));

  const files: (SourceFile | null)[] = new Array(found.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < found.length) {
      const i = next++;
      const f = found[i]!;
      const r = await readOne(f.rel, f.abs, maxBytes, known, seenStats);
      if ('file' in r && r.file) files[i] = r.file;
      if (r.skipped) skipped.push(r.skipped);
      diagnostics.push(...r.diagnostics);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, found.length) }, worker));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (options.statFile) await writeStatFile(options.statFile, started, seenStats);
  return { files: files.filter((f): f is SourceFile => f !== null), skipped, diagnostics };
}

/** Writes the stat file whole, then puts it in place: a reader sees the old one or the new one. */
async function writeStatFile(file: string, started: number, entries: Map<string, StatEntry>): Promise<void> {
  const json: StatFile = { format: STAT_FORMAT, started, files: Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1))) };
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(tmp, JSON.stringify(json));
    await rename(tmp, file);
  } catch {
    // Without it the next load reads every file again, which is slower, not wrong.
  }
}

async function walk(
  root: string,
  dir: string,
  seen: Set<string>,
  out: { rel: string; abs: string }[],
  diagnostics: Diagnostic[],
  skipped: Skipped[],
): Promise<void> {
  let handle;
  try {
    handle = await opendir(dir);
  } catch (error) {
    const rel = toRel(root, dir) || '.';
    const d = diagnose('unreadable', rel, [describe(error)]);
    diagnostics.push(d);
    skipped.push({ file: rel, reason: d.message });
    return;
  }
  const entries: { name: string; isDir: boolean; isLink: boolean; isFile: boolean }[] = [];
  for await (const e of handle) {
    entries.push({ name: e.name, isDir: e.isDirectory(), isLink: e.isSymbolicLink(), isFile: e.isFile() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
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
        const d = diagnose('unreadable', rel, [describe(error)]);
        diagnostics.push(d);
        skipped.push({ file: rel, reason: d.message });
        continue;
      }
    }
    if (isDir) {
      let real: string;
      try {
        real = await realpath(abs);
      } catch (error) {
        const d = diagnose('unreadable', rel, [describe(error)]);
        diagnostics.push(d);
        skipped.push({ file: rel, reason: d.message });
        continue;
      }
      if (seen.has(real)) {
        const d = diagnose('symlinkLoop', rel, []);
        diagnostics.push(d);
        skipped.push({ file: rel, reason: d.message });
        continue;
      }
      seen.add(real);
      await walk(root, abs, seen, out, diagnostics, skipped);
    } else if (isFile) {
      out.push({ rel, abs });
    } else {
      const d = diagnose('unsupportedType', rel, ['(not a regular file)']);
      diagnostics.push(d);
      skipped.push({ file: rel, reason: d.message });
    }
  }
}

type ReadResult = { file?: SourceFile; skipped?: Skipped; diagnostics: Diagnostic[] };

async function readOne(
  rel: string,
  abs: string,
  maxBytes: number,
  known: { started: number; files: Map<string, StatEntry> } | null,
  seen: Map<string, StatEntry>,
): Promise<ReadResult> {
  const skip = (d: Diagnostic): ReadResult => ({ skipped: { file: rel, reason: d.message }, diagnostics: [d] });
  const ext = path.extname(rel).toLowerCase();
  const format = FORMATS[ext];
  if (!format) return skip(diagnose('unsupportedType', rel, [ext]));
  let bytes: Buffer;
  let s;
  try {
    s = await stat(abs, { bigint: true });
    if (s.size > BigInt(maxBytes)) return skip(diagnose('tooLarge', rel, [Number(s.size), maxBytes]));
    const e = known?.files.get(rel);
    if (
      e && e[5] === format && e[0] === Number(s.size) && e[1] === String(s.mtimeNs) && e[2] === String(s.ctimeNs) && e[3] === Number(s.ino) &&
      Number(s.mtimeMs) < known!.started - RACY_MS && Number(s.ctimeMs) < known!.started - RACY_MS
    ) {
      seen.set(rel, e);
      const diagnostics = e[6] === 'UTF-8' ? [] : [diagnose('decodedLegacy', rel, [e[6]])];
      return { file: unreadFile(rel, abs, e), diagnostics };
    }
    bytes = await readFile(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return skip(diagnose('vanished', rel, []));
    return skip(diagnose('unreadable', rel, [describe(error)]));
  }
  if (bytes.length > maxBytes) return skip(diagnose('tooLarge', rel, [bytes.length, maxBytes]));
  const decoded = decode(bytes);
  if (decoded.kind === 'binary') return skip(diagnose('binary', rel, []));
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return skip(diagnose('empty', rel, []));
  const diagnostics: Diagnostic[] = [];
  if (decoded.encoding !== 'UTF-8') diagnostics.push(diagnose('decodedLegacy', rel, [decoded.encoding]));
  const hash = createHash('sha256').update(bytes).digest('hex');
  // What was read is vouched for next time only if the file did not change while it was read.
  if (bytes.length === Number(s.size)) seen.set(rel, [bytes.length, String(s.mtimeNs), String(s.ctimeNs), Number(s.ino), hash, format, decoded.encoding]);
  return { file: { file: rel, path: abs, format, text, hash, bytes: bytes.length }, diagnostics };
}

/** Share of control characters above which text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.02;
/** Bytes at the start of a file over which that share is counted: 64 KiB, many times a saved page's head. */
const CONTROL_SAMPLE_BYTES = 64 * 1024;

/**
 * Decodes the bytes of a text file: UTF-8 (with or without byte-order mark),
 * UTF-16 with a byte-order mark, else Windows-1252, the usual encoding of
 * older saved pages. Data with NUL bytes or many control characters is binary.
 */
export function decode(
  bytes: Uint8Array,
): { kind: 'text'; text: string; encoding: string } | { kind: 'binary' } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  if (body.indexOf(0) >= 0) return { kind: 'binary' };
  // Binary data shows itself early: the share of control characters is taken over the first bytes.
  const head = body.subarray(0, CONTROL_SAMPLE_BYTES);
  let control = 0;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (head.length > 0 && control / head.length > MAX_CONTROL_SHARE) return { kind: 'binary' };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { kind: 'text', text: decodeWindows1252(body), encoding: 'Windows-1252' };
  }
}

/** Windows-1252 characters at 0x80–0x9F (where Latin-1 has control codes); 0 where the code is unused. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes Windows-1252 (Node's decoder reads that label as Latin-1). */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const high = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : 0;
    out += String.fromCharCode(high || b);
  }
  return out;
}

function toRel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}${e.message ? ` (${e.message.replace(/^[A-Z]+: /, '')})` : ''}` : String(error);
}
