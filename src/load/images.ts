/**
 * The pictures a browser saves beside a page ("Web page, complete" writes
 * `Story_files/`): found by their ending, taken only when their first bytes
 * say they are a picture of a kind every browser shows, and hashed, so that
 * the site names each copy by its content.
 */
import { createHash } from 'node:crypto';
import { opendir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PageImage } from '../model/types.ts';
import { vouches, type StatEntry, type StatFileContents } from './stat-file.ts';

/** Largest picture copied, in bytes: a saved page's photographs are far smaller. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Folders inside a page's folder looked into: browsers save flat, crawlers one or two levels deep. */
const MAX_FOLDER_DEPTH = 3;

/** Endings of the files looked at as pictures (SVG is not one: it may hold scripts). */
const IMAGE_ENDINGS: ReadonlySet<string> = new Set(['.jpg', '.jpeg', '.jpe', '.jfif', '.pjpeg', '.png', '.apng', '.gif', '.webp', '.avif']);

/** A kind of picture, known by its first bytes, and the ending its copy is given. */
const IMAGE_KINDS: readonly { ext: PageImage['ext']; test: (b: Buffer) => boolean }[] = [
  { ext: 'jpg', test: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: 'png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: 'gif', test: (b) => /^GIF8[79]a$/.test(b.subarray(0, 6).toString('latin1')) },
  { ext: 'webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { ext: 'avif', test: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]$/.test(b.subarray(8, 12).toString('latin1')) },
];

/** The kind of picture `bytes` hold, by their first bytes, or null for anything else. */
export function imageKind(bytes: Buffer): PageImage['ext'] | null {
  return IMAGE_KINDS.find((k) => k.test(bytes))?.ext ?? null;
}

/** What the loader keeps of the stat file while it reads pictures. */
export interface ImageStats {
  known: StatFileContents | null;
  seen: Map<string, StatEntry>;
}

/**
 * The pictures in a page's folder, in path order. A file that is not a
 * picture, too large, or unreadable is left out: the folder as a whole is
 * in the build report as the page's own (see the `pageAssets` diagnostic).
 *
 * @param folder The folder's absolute path.
 * @param pageDir The absolute path of the folder the page is in, from which `name`s are taken.
 * @param root The content folder, from which `file`s are taken.
 */
export async function readPageImages(folder: string, pageDir: string, root: string, stats: ImageStats): Promise<PageImage[]> {
  const paths = (await picturePaths(folder, 1)).sort();
  const images: PageImage[] = [];
  for (const abs of paths) {
    const found = await readImage(abs, toRel(root, abs), stats);
    if (found) images.push({ name: toRel(pageDir, abs), file: toRel(root, abs), hash: found.hash, ext: found.ext });
  }
  return images;
}

async function picturePaths(dir: string, depth: number): Promise<string[]> {
  const out: string[] = [];
  let handle;
  try {
    handle = await opendir(dir);
  } catch {
    return out;
  }
  for await (const e of handle) {
    if (e.name.startsWith('.')) continue;
    const abs = path.join(dir, e.name);
    if (e.isDirectory() && depth < MAX_FOLDER_DEPTH) out.push(...(await picturePaths(abs, depth + 1)));
    else if (e.isFile() && IMAGE_ENDINGS.has(path.extname(e.name).toLowerCase())) out.push(abs);
  }
  return out;
}

/** A picture's hash and kind: from the stat file when it vouches for the file, else read. */
async function readImage(abs: string, rel: string, stats: ImageStats): Promise<{ hash: string; ext: PageImage['ext'] } | null> {
  try {
    const s = await stat(abs, { bigint: true });
    if (s.size > BigInt(MAX_IMAGE_BYTES)) return null;
    const e = stats.known?.files.get(rel);
    if (e && vouches(stats.known!, e, s, 'image')) {
      stats.seen.set(rel, e);
      return { hash: e.hash, ext: e.encoding as PageImage['ext'] };
    }
    const bytes = await readFile(abs);
    const ext = imageKind(bytes);
    if (!ext) return null;
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (bytes.length === Number(s.size)) {
      stats.seen.set(rel, { size: bytes.length, mtimeNs: String(s.mtimeNs), ctimeNs: String(s.ctimeNs), inode: Number(s.ino), hash, format: 'image', encoding: ext });
    }
    return { hash, ext };
  } catch {
    return null;
  }
}

function toRel(from: string, abs: string): string {
  return path.relative(from, abs).split(path.sep).join('/');
}
