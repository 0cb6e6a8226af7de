/**
 * The files of a build, unit by unit (a page, a feed, a search shard): a
 * unit whose inputs are those it had in the published site is carried over
 * (its files hard-linked from the published tree), the others are made
 * again. Written into the tree that is not published (see publish.ts).
 *
 *   pages    Eleventy renders the units whose inputs changed, then the
 *            templates' static files and archive.json
 *   media    the pictures articles show, copied from the content folder
 *   search   Pagefind indexes the shards whose articles changed
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Archive } from '../model/types.ts';
import { WorkerPool } from '../run/workers/pool.ts';
import { LAYOUTS_DIR, renderUnits, renderUnitsWith, type RenderUnit } from './eleventy.ts';
import { toArchiveJson, type ArchiveJson } from './export.ts';
import { contentHash, TreeUpdate, type Manifest, type NewFile, type Slots } from './publish.ts';
import { indexShards, searchShards, TOPIC_LIST, topicList } from './search.ts';

/** The tree a build writes, and what the published tree's units were made from. */
export class SiteUpdate {
  /** Hash of each unit's inputs, by unit key: the new manifest's `units`. */
  readonly inputs: Record<string, string> = {};
  readonly tree: TreeUpdate;
  readonly #slots: Slots;
  readonly #previous: Manifest | null;
  /** The published files of each unit, by unit key. */
  readonly #filesOf = new Map<string, string[]>();

  /**
   * @param slots The trees (see `openSlots`).
   * @param previous The published tree's manifest (default: none, every unit is made).
   */
  constructor(slots: Slots, previous: Manifest | null = null) {
    this.#slots = slots;
    this.#previous = previous;
    this.tree = new TreeUpdate(slots, this.inputs);
    for (const [p, f] of Object.entries(previous?.files ?? {})) {
      const list = this.#filesOf.get(f.unit);
      if (list) list.push(p);
      else this.#filesOf.set(f.unit, [p]);
    }
  }

  /** Records a unit's inputs; true when they are not those of the published unit (the single pages always are made). */
  changed(key: string, input: string): boolean {
    this.inputs[key] = input;
    return key === 'single' || !this.#previous || this.#previous.units[key] !== input;
  }

  /** Puts the published files of the units `keys`, in one batch: the tree update links them side by side. */
  async carry(keys: readonly string[]): Promise<void> {
    const live = this.#slots.live!;
    const files = this.#previous?.files ?? {};
    await this.tree.put(keys.flatMap((key) => (this.#filesOf.get(key) ?? []).map((p): NewFile => ({ path: p, hash: files[p]!.hash, unit: key, from: path.join(live.dir, p) }))));
  }

  /** Puts new files, in one batch, each encoded once for its hash and, when it is new, for the file. */
  async write(files: readonly { path: string; unit: string; content: string | Uint8Array }[]): Promise<void> {
    await this.tree.put(
      files.map((f) => {
        const bytes = typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content;
        return { path: f.path, hash: contentHash(bytes), unit: f.unit, content: bytes };
      }),
    );
  }
}

/**
 * The pages: the units whose inputs changed rendered by Eleventy, the others
 * carried over; then the templates' static files. Returns the number of
 * pages rendered.
 *
 * @param render The templates' version (see `renderVersion`).
 */
export async function writePages(archive: Archive, render: string, site: SiteUpdate): Promise<number> {
  const toRender: RenderUnit[] = [];
  const kept: string[] = [];
  for (const u of renderUnits(archive, render)) {
    if (site.changed(u.key, u.input)) toRender.push(u);
    else kept.push(u.key);
  }
  await site.carry(kept);
  const rendered = await renderUnitsWith(archive, toRender, (files) => site.write(files));
  await site.tree.put(await assetFiles());
  return rendered;
}

/**
 * The pictures the articles show, each copied from the content folder to
 * its path in the site, named by its hash; one the published tree has is
 * carried over without being read.
 */
export async function writeMedia(archive: Archive, contentDir: string, site: SiteUpdate): Promise<void> {
  const kept: string[] = [];
  const fresh: NewFile[] = [];
  for (const m of archive.media) {
    const unit = `media:${m.path}`;
    if (!site.changed(unit, m.path)) {
      kept.push(unit);
      continue;
    }
    const content = await readFile(path.join(contentDir, m.file));
    if (!m.path.includes(createHash('sha256').update(content).digest('hex'))) {
      throw new Error(`${m.file} changed while the site was being built; build again`);
    }
    fresh.push({ path: m.path, hash: contentHash(content), unit, content });
  }
  await site.carry(kept);
  await site.tree.put(fresh);
}

/** archive.json, encoded once for its hash and its file (hundreds of MB at 50,000 articles); returns what it holds. */
export async function writeArchiveJson(archive: Archive, site: SiteUpdate): Promise<ArchiveJson> {
  const exported = toArchiveJson(archive);
  const json = Buffer.from(`${JSON.stringify(exported, null, 1)}\n`, 'utf8');
  const hash = contentHash(json);
  site.inputs['archive.json'] = hash;
  await site.tree.put([{ path: 'archive.json', hash, unit: 'archive.json', content: json }]);
  return exported;
}

/** The templates' static files, copied to `assets/` (what the plugin's passthrough copy does under `dateline serve`). */
async function assetFiles(): Promise<NewFile[]> {
  const dir = path.join(LAYOUTS_DIR, 'assets');
  const out: NewFile[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath ?? (e as { path?: string }).path, e.name);
    const content = await readFile(full);
    out.push({ path: `assets/${path.relative(dir, full).split(path.sep).join('/')}`, hash: contentHash(content), unit: 'assets', content });
  }
  return out;
}

/** What the search index holds. */
export interface SearchCounts {
  /** Pages in the index. */
  indexed: number;
  /** Shards indexed in this build, of all shards. */
  shards: { indexed: number; total: number };
}

/**
 * The search index: the shards whose articles changed indexed by Pagefind,
 * the others carried over. Pagefind indexes on one core per service: with
 * `workers` above one, stale shards go side by side on threads of their own.
 */
export async function writeSearchIndex(archive: Archive, site: SiteUpdate, workers: number): Promise<SearchCounts> {
  const shards = await searchShards(archive);
  const stale = shards.filter((s) => site.changed(`search:${s.key}`, s.input));
  await site.carry(shards.filter((s) => !stale.includes(s)).map((s) => `search:${s.key}`));
  const pool = workers > 1 && stale.length > 1 ? new WorkerPool(Math.min(workers, stale.length)) : null;
  let files;
  try {
    files = await indexShards(stale, shards, pool ? (records) => pool.search(records) : undefined);
  } finally {
    await pool?.close();
  }
  // A file belongs to the deepest stale shard whose folder holds it.
  const unitOf = (p: string) => {
    const s = stale.find((x) => p.startsWith(`${x.dir}/`) && !stale.some((y) => y !== x && y.dir.length > x.dir.length && p.startsWith(`${y.dir}/`)));
    return `search:${s!.key}`;
  };
  await site.tree.put(files.map((f) => ({ path: f.path, hash: contentHash(f.content), unit: unitOf(f.path), content: f.content })));
  // The current topics are listed apart from the bundles, which hold only keys: a new subject re-indexes no old shard.
  const topics = Buffer.from(topicList(archive), 'utf8');
  site.inputs['search:topics'] = contentHash(topics);
  await site.tree.put([{ path: TOPIC_LIST, hash: site.inputs['search:topics'], unit: 'search:topics', content: topics }]);
  return { indexed: shards.reduce((n, s) => n + s.articles.length, 0), shards: { indexed: stale.length, total: shards.length } };
}
