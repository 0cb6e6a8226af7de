import type { BigIntStats } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../model/types.ts';

/**
 * Version of the stat file's contents: another version is not read.
 * Version 1 kept each entry as an unnamed list in JSON, version 2 as an
 * object; version 3 is a line of tab-separated fields per file under a
 * header naming them (`STAT_COLUMNS`), which a rebuild of a large archive
 * reads several times faster than the same entries in JSON.
 */
export const STAT_FORMAT = 3;

/** The header's second line: the fields of each entry's line, in order (the path is a JSON string, so no tab or newline of a file name can break the line). */
const STAT_COLUMNS = ['path', 'size', 'mtimeNs', 'ctimeNs', 'inode', 'sha256', 'format', 'encoding'].join('\t');

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

/** An entry from its line's fields after the path, or null when one is damaged (its file is then read again). */
function entryOf(f: readonly string[]): StatEntry | null {
  const [size, mtimeNs, ctimeNs, inode, hash, format, encoding] = f as [string, string, string, string, string, string, string];
  if (f.length !== 7 || !/^\d+$/.test(size) || !/^\d+$/.test(mtimeNs) || !/^\d+$/.test(ctimeNs) || !/^\d+$/.test(inode)) return null;
  if (!/^[0-9a-f]{64}$/.test(hash) || !FORMATS.has(format) || encoding === '') return null;
  return { size: Number(size), mtimeNs, ctimeNs, inode: Number(inode), hash, format: format as StatEntry['format'], encoding };
}

/** The path a line starts with, or null when it is not a JSON string. */
function pathOf(field: string): string | null {
  try {
    const p: unknown = JSON.parse(field);
    return typeof p === 'string' ? p : null;
  } catch {
    return null;
  }
}

/** The entries of a stat file, or none when it is missing, damaged or of another version. */
export async function readStatFile(file: string): Promise<StatFileContents> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return NOTHING_KNOWN();
  }
  const lines = text.split('\n');
  const head = /^dateline-files (\d+) started (\d+)$/.exec(lines[0] ?? '');
  if (!head || Number(head[1]) !== STAT_FORMAT || lines[1] !== STAT_COLUMNS) return NOTHING_KNOWN();
  const files = new Map<string, StatEntry>();
  for (let i = 2; i < lines.length; i++) {
    const fields = lines[i]!.split('\t');
    const rel = pathOf(fields[0]!);
    const entry = rel === null ? null : entryOf(fields.slice(1));
    if (entry) files.set(rel!, entry);
  }
  return { started: Number(head[2]), files };
}

/** Writes the stat file whole, then puts it in place: a reader sees the old one or the new one. */
export async function writeStatFile(file: string, started: number, entries: Map<string, StatEntry>): Promise<void> {
  const lines = [...entries]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([rel, e]) => [JSON.stringify(rel), e.size, e.mtimeNs, e.ctimeNs, e.inode, e.hash, e.format, e.encoding].join('\t'));
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(tmp, [`dateline-files ${STAT_FORMAT} started ${started}`, STAT_COLUMNS, ...lines].join('\n'));
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
