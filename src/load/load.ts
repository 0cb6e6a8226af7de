import { createHash } from 'node:crypto';
import { opendir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnose } from '../messages.ts';
import type { Diagnostic, Skipped, SourceFile } from '../types.ts';

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
      const r = await readOne(f.rel, f.abs, maxBytes);
      if ('file' in r && r.file) files[i] = r.file;
      if (r.skipped) skipped.push(r.skipped);
      diagnostics.push(...r.diagnostics);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, found.length) }, worker));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: files.filter((f): f is SourceFile => f !== null), skipped, diagnostics };
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

async function readOne(rel: string, abs: string, maxBytes: number): Promise<ReadResult> {
  const skip = (d: Diagnostic): ReadResult => ({ skipped: { file: rel, reason: d.message }, diagnostics: [d] });
  const ext = path.extname(rel).toLowerCase();
  const format = FORMATS[ext];
  if (!format) return skip(diagnose('unsupportedType', rel, [ext]));
  let bytes: Buffer;
  try {
    const s = await stat(abs);
    if (s.size > maxBytes) return skip(diagnose('tooLarge', rel, [s.size, maxBytes]));
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
