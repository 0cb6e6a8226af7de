/**
 * Atomic publishing with two trees. The published site `<out>` is a symbolic
 * link to one of two full trees, `.<out>.slots/a` and `.<out>.slots/b`. A
 * build brings the other tree up to date — writing only the files whose
 * bytes changed, hard-linking the files that are the same as the published
 * ones — and then swaps the link in one `rename`. Readers (a web server,
 * rsync) see the old site or the new one, never a mix.
 *
 * A build that fails or is killed has touched only the tree that is not
 * published. Each tree's manifest (path → hash of its bytes) is removed
 * before the tree is touched and written back when it is complete, so a
 * tree without a manifest is never trusted: the next build starts it afresh.
 *
 * Files that are the same in the new site as in the published one are the
 * same inode in both trees: their bytes and modification times carry over
 * from build to build, so `rsync -a <out>/ host:` sends only what changed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync } from 'node:fs';
import { link, mkdir, readFile, readlink, rename, rm, rmdir, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildReport } from '../model/types.ts';
import { readSummary, writeSummary, type BuildSummary } from './build-summary.ts';

/** A file of the site could not be written, or the site not published: names the file, keeps the cause. */
export class PublishError extends Error {
  override readonly name = 'PublishError';
  /**
   * @param message What could not be done.
   * @param file The file or folder it was done to.
   */
  constructor(
    message: string,
    readonly file: string,
    options: { cause: unknown },
  ) {
    super(`${message}: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`, options);
  }
}

/** Name of the trees, in turn. */
const SLOT_NAMES = ['a', 'b'] as const;
/** Format of the manifest files. */
const MANIFEST_FORMAT = 1;

/** What a complete tree holds: every file's path (relative, `/`) and the hash of its bytes. */
export interface Manifest {
  format: number;
  /** Hash of the inputs of each render unit (a page, a feed, a search shard), by unit key. */
  units: Record<string, string>;
  /** Files by path: the hash of the bytes and the unit that made the file. */
  files: Record<string, { hash: string; unit: string }>;
  /** What the build that made the tree read and reported (see `build.ts`); absent in trees of older builds. */
  build?: BuildRecord;
}

/**
 * A build's inputs and outcome, kept with its tree: a later build of the
 * same inputs (content, settings, code) has nothing to do, and says what
 * this one said.
 */
export interface BuildRecord {
  /** Hash of everything the site is made from (see `buildKey` in build.ts). */
  key: string;
  report: BuildReport;
  articles: number;
  events: number;
  listPages: number;
  /** Pages in the search index, and search shards (0 when the build made no index). */
  indexed: number;
  shards: number;
  /**
   * Article id → event id, and the redirects (event ids) of this build, as
   * in its archive.json: what the next build keeps ids and URLs from,
   * without reading the whole archive.json (absent in older manifests).
   */
  eventOf?: [string, string][];
  redirects?: { from: string; to: string }[];
  /** File → article id of this build, so that an article keeps its URL in the next (absent in older manifests). */
  idOf?: [string, string][];
  /** Article redirects of this build, as in its archive.json (absent in older manifests). */
  articleRedirects?: { from: string; to: string }[];
}

export interface Tree {
  name: (typeof SLOT_NAMES)[number];
  dir: string;
  manifest: Manifest | null;
}

export interface Slots {
  /** The output folder (a link to the published tree). */
  out: string;
  /** The published tree; `dir` is the output folder itself when it is a plain folder from an older build. */
  live: Tree | null;
  /** The tree this build writes. */
  target: Tree;
}

/** Name of the folder, beside the output folder, that holds everything a build keeps for itself. */
export const STATE_DIR_NAME = '.dateline';

/** The folder of what a build keeps for itself (the trees, the cache), beside the output folder: `/x/site` has `/x/.dateline`. */
export function stateDir(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), STATE_DIR_NAME);
}

/** The folder holding the two trees and their manifests: `/x/site` has `/x/.dateline/sites/site`. */
export function slotsDir(outDir: string): string {
  return path.join(stateDir(outDir), 'sites', path.basename(path.resolve(outDir)));
}

/** Where older builds kept the trees, beside the output folder (`/x/.site.slots`); removed once a build has published elsewhere. */
function oldSlotsDir(outDir: string): string {
  const out = path.resolve(outDir);
  return path.join(path.dirname(out), `.${path.basename(out)}.slots`);
}

function manifestFile(outDir: string, name: string): string {
  return path.join(slotsDir(outDir), `${name}.manifest.json`);
}

/** The summary of a tree's build (see `BuildSummary`), written after its manifest and removed with it. */
function summaryFile(outDir: string, name: string): string {
  return path.join(slotsDir(outDir), `${name}.build.json`);
}

/** Hex SHA-256 of a file's bytes, as manifests record them. */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 32);
}

async function readManifest(file: string): Promise<Manifest | null> {
  try {
    const m = JSON.parse(await readFile(file, 'utf8')) as Manifest;
    return m.format === MANIFEST_FORMAT && m.files && m.units ? m : null;
  } catch {
    return null;
  }
}

/**
 * The published tree and its manifest, read without changing anything (a
 * build that finds the site up to date writes nothing, and leaves the other
 * tree and its manifest for the next build to update): null when there is
 * no site. A plain output folder left by an older build is published
 * content without a manifest.
 */
export async function publishedTree(outDir: string): Promise<Tree | null> {
  const out = path.resolve(outDir);
  const stat = lstatOrNull(out);
  if (stat?.isSymbolicLink()) {
    // The tree's folder as the link names it: an older build's trees were in another folder.
    const dir = path.resolve(path.dirname(out), await readlink(out));
    const to = path.basename(dir);
    if ((SLOT_NAMES as readonly string[]).includes(to)) {
      const name = to as Tree['name'];
      return { name, dir, manifest: await readManifest(path.join(path.dirname(dir), `${name}.manifest.json`)) };
    }
    return null;
  }
  return stat?.isDirectory() ? { name: 'a', dir: out, manifest: null } : null;
}

/**
 * The summary of the published tree's build, read without its manifest;
 * null when there is no published tree, its manifest is missing, or it has
 * no summary (a tree of an older build).
 */
export async function publishedSummary(outDir: string): Promise<BuildSummary | null> {
  const out = path.resolve(outDir);
  if (!lstatOrNull(out)?.isSymbolicLink()) return null;
  const dir = path.resolve(path.dirname(out), await readlink(out));
  const name = path.basename(dir);
  if (!(SLOT_NAMES as readonly string[]).includes(name) || path.dirname(dir) !== slotsDir(out)) return null;
  return existsSync(manifestFile(out, name)) ? readSummary(summaryFile(out, name)) : null;
}

/**
 * Finds the published tree (or takes the one `publishedTree` gave) and
 * picks the other as the target. The target's manifest is removed before
 * anything is written to it.
 */
export async function openSlots(outDir: string, published?: Tree | null): Promise<Slots> {
  const out = path.resolve(outDir);
  const dir = slotsDir(out);
  await mkdir(dir, { recursive: true });
  const live = published === undefined ? await publishedTree(out) : published;
  const liveName = live && live.dir !== out ? live.name : null;
  const targetName = liveName === 'a' ? 'b' : liveName === 'b' ? 'a' : 'a';
  const targetManifest = manifestFile(out, targetName);
  const manifest = await readManifest(targetManifest);
  await rm(summaryFile(out, targetName), { force: true });
  await rm(targetManifest, { force: true });
  const target: Tree = { name: targetName, dir: path.join(dir, targetName), manifest };
  if (!manifest) await rm(target.dir, { recursive: true, force: true });
  await mkdir(target.dir, { recursive: true });
  return { out, live: live && live.dir !== target.dir ? live : null, target };
}

function lstatOrNull(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}

/** A file of the new site: its bytes, or where the same bytes already are. */
export type NewFile = { path: string; hash: string; unit: string } & ({ content: string | Uint8Array } | { from: string });

/** Counts of what a tree update did. */
export interface ApplyStats {
  /** Files written with new bytes. */
  written: number;
  /** Files hard-linked to the published tree's copy. */
  linked: number;
  /** Files the target tree already had. */
  kept: number;
  removed: number;
}

/**
 * Brings the target tree to the new site, a batch of files at a time: a file
 * with the same hash as the published one becomes a hard link to it; a new
 * or changed file is written (a changed one to a temporary name, then
 * renamed, so no inode that the published tree shares is ever written into);
 * a file the target already has is left alone. `finish` removes the files that are no longer
 * part of the site and returns the new manifest.
 */
export class TreeUpdate {
  readonly stats: ApplyStats = { written: 0, linked: 0, kept: 0, removed: 0 };
  readonly #slots: Slots;
  readonly #manifest: Manifest;
  readonly #made = new Set<string>();

  constructor(slots: Slots, units: Record<string, string>) {
    this.#slots = slots;
    this.#manifest = { format: MANIFEST_FORMAT, units, files: {} };
  }

  async #dir(d: string): Promise<void> {
    if (this.#made.has(d)) return;
    await mkdir(d, { recursive: true });
    this.#made.add(d);
  }

  async put(files: Iterable<NewFile>): Promise<void> {
    const { target, live } = this.#slots;
    const have = target.manifest?.files ?? {};
    const published = live?.manifest?.files ?? {};
    const work: (() => Promise<void>)[] = [];
    for (const f of files) {
      this.#manifest.files[f.path] = { hash: f.hash, unit: f.unit };
      const old = have[f.path];
      const dest = path.join(target.dir, f.path);
      // Same bytes already there; when the published tree has them too, it is the same inode (see `swap`).
      if (old && old.hash === f.hash) {
        this.stats.kept++;
        continue;
      }
      const pub = published[f.path];
      const source = live && pub && pub.hash === f.hash ? path.join(live.dir, f.path) : 'from' in f ? f.from : null;
      work.push(() =>
        this.#make(f, dest, source, !!old).catch((cause: unknown) => {
          throw new PublishError(`Could not write ${f.path} into ${target.dir}`, dest, { cause });
        }),
      );
    }
    await runLimited(work, 32);
  }

  /**
   * Makes one file of the target tree: a hard link to `source` when given,
   * else the file's bytes; in place when the tree `had` no such file, else
   * under a temporary name renamed over it.
   */
  async #make(f: NewFile, dest: string, source: string | null, had: boolean): Promise<void> {
    await this.#dir(path.dirname(dest));
    // Made with exclusive creation, so an existing file (which may share its inode with the published tree) is never written into.
    const make = (to: string) => (source ? link(source, to) : writeFile(to, (f as { content: string | Uint8Array }).content, { flag: 'wx' }));
    if (source) this.stats.linked++;
    else this.stats.written++;
    // A file the target tree does not have yet is made in place; one it has is replaced by a rename.
    if (!had) {
      try {
        await make(dest);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    const t = path.join(path.dirname(dest), `.dateline-${randomBytes(6).toString('hex')}.tmp`);
    await make(t);
    await rename(t, dest);
  }

  /** Keeps what the build read and reported in the manifest (see `BuildRecord`). */
  record(build: BuildRecord): void {
    this.#manifest.build = build;
  }

  async finish(): Promise<Manifest> {
    const { target } = this.#slots;
    const have = target.manifest?.files ?? {};
    const gone = Object.keys(have).filter((p) => !(p in this.#manifest.files));
    const dirs = new Set<string>();
    await runLimited(
      gone.map((p) => async () => {
        await unlink(path.join(target.dir, p)).catch(() => {});
        this.stats.removed++;
        for (let d = path.posix.dirname(p); d !== '.'; d = path.posix.dirname(d)) dirs.add(d);
      }),
      32,
    );
    // Folders left empty by removed pages go too (deepest first).
    for (const d of [...dirs].sort((a, b) => b.length - a.length)) await rmdir(path.join(target.dir, d)).catch(() => {});
    return this.#manifest;
  }
}

async function runLimited(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

/**
 * Publishes the target tree: writes its manifest, then points the output
 * folder at it with one atomic rename of a symbolic link. A plain output
 * folder from an older build is moved aside first and removed after.
 */
export async function swap(slots: Slots, manifest: Manifest): Promise<void> {
  await replaceLink(slots, manifest).catch((cause: unknown) => {
    throw new PublishError(`Could not publish ${slots.target.dir} as ${slots.out}`, slots.out, { cause });
  });
}

/** `swap`'s work: the manifest written, the link pointed at the target tree. */
async function replaceLink(slots: Slots, manifest: Manifest): Promise<void> {
  const { out, target } = slots;
  const file = manifestFile(out, target.name);
  await writeFile(`${file}.tmp`, JSON.stringify(manifest));
  await rename(`${file}.tmp`, file);
  await writeSummary(summaryFile(out, target.name), manifest);
  const linkTmp = path.join(path.dirname(out), `.${path.basename(out)}.link-${randomBytes(4).toString('hex')}`);
  await symlink(path.relative(path.dirname(out), target.dir), linkTmp);
  const stat = lstatOrNull(out);
  if (stat && !stat.isSymbolicLink()) {
    const aside = path.join(slotsDir(out), 'legacy');
    await rm(aside, { recursive: true, force: true });
    await rename(out, aside);
    await rename(linkTmp, out);
    await rm(aside, { recursive: true, force: true });
    return;
  }
  await rename(linkTmp, out);
  await rm(oldSlotsDir(out), { recursive: true, force: true });
}

/**
 * Puts things right after a build killed between the two renames of `swap`
 * for a plain output folder: the folder moved aside is put back.
 */
export async function recover(outDir: string): Promise<void> {
  const out = path.resolve(outDir);
  const aside = path.join(slotsDir(out), 'legacy');
  if (!lstatOrNull(out) && existsSync(aside)) await rename(aside, out);
}
