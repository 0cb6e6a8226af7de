import type { BigIntStats } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../model/types.ts';

/**
 * Version of the stat file's contents: another version is not read. Version
 * 1 kept each entry as an unnamed list; version 2 names its fields.
 */
export const STAT_FORMAT = 2;

/** What the stat file keeps of a file read before. */
export interface StatEntry {
  /** Size in bytes. */
  size: number;
  /** Modification time in nanoseconds, as text (it does not fit a number). */
  mtimeNs: string;
  /** Change time in nanoseconds, as text. */
  ctimeNs: string;
  inode: number;
  /** Hex SHA-256 of the bytes. */
  hash: string;
  /** How the file was read: as an article of a format, or as a picture saved with a page. */
  format: SourceFile['format'] | 'image';
  /** The encoding the file was read as (`UTF-8`, `Windows-1252`, …); for a picture, its kind (`jpg`, `png`, …). */
  encoding: string;
}

/** The entries of a stat file and when the load that wrote it started (ms since the epoch). */
export interface StatFileContents {
  started: number;
  files: Map<string, StatEntry>;
}

const FORMATS: ReadonlySet<string> = new Set<StatEntry['format']>(['markdown', 'text', 'html', 'image']);

/** Nothing vouched for: what a missing, damaged or older stat file gives. */
const NOTHING_KNOWN = (): StatFileContents => ({ started: 0, files: new Map() });

/** Whether a stored value is a whole entry; a damaged one is dropped, and its file read again. */
function isStatEntry(e: unknown): e is StatEntry {
  if (typeof e !== 'object' || e === null) return false;
  const s = e as Record<string, unknown>;
  return (
    typeof s.size === 'number' && typeof s.mtimeNs === 'string' && typeof s.ctimeNs === 'string' && typeof s.inode === 'number' &&
    typeof s.hash === 'string' && /^[0-9a-f]{64}$/.test(s.hash) && typeof s.format === 'string' && FORMATS.has(s.format) &&
    typeof s.encoding === 'string'
  );
}

/** The entries of a stat file, or none when it is missing, damaged or of another version. */
export async function readStatFile(file: string): Promise<StatFileContents> {
  let json: { format?: unknown; started?: unknown; files?: unknown };
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return NOTHING_KNOWN();
  }
  if (json?.format !== STAT_FORMAT || typeof json.started !== 'number' || typeof json.files !== 'object' || json.files === null) {
    return NOTHING_KNOWN();
  }
  const files = new Map<string, StatEntry>();
  for (const [rel, e] of Object.entries(json.files)) if (isStatEntry(e)) files.set(rel, e);
  return { started: json.started, files };
}

/** Writes the stat file whole, then puts it in place: a reader sees the old one or the new one. */
export async function writeStatFile(file: string, started: number, entries: Map<string, StatEntry>): Promise<void> {
  const files = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(tmp, JSON.stringify({ format: STAT_FORMAT, started, files }));
    await rename(tmp, file);
  } catch {
    // Without it the next load reads every file again, which is slower, not wrong.
  }
}

/**
 * Milliseconds before the start of the load that wrote the stat file within
 * which a file's modification or change time makes its entry untrusted: a
 * file written in the instant it was read may have changed after, with the
 * same times (the "racy" case of a file system's coarse clock).
 */
const RACY_MS = 2000;

/** Whether the stat file's entry still describes the file of stats `s`, read as `format`: same size, times and inode, none of them racy. */
export function vouches(known: StatFileContents, e: StatEntry, s: BigIntStats, format: StatEntry['format']): boolean {
  return (
    e.format === format && e.size === Number(s.size) && e.mtimeNs === String(s.mtimeNs) && e.ctimeNs === String(s.ctimeNs) &&
    e.inode === Number(s.ino) && Number(s.mtimeMs) < known.started - RACY_MS && Number(s.ctimeMs) < known.started - RACY_MS
  );
}
