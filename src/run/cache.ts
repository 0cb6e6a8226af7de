/**
 * A persistent, content-addressed store of what the per-article stages
 * computed: parse results, fingerprints, enrichment, body HTML.
 *
 * Entries live in shard files, `<dir>/<version>/<kind>/<xx>.pack`, `xx` the
 * first two hex digits of the entry's key. A shard is one header line — its
 * format, version, kind, entry count, byte length and SHA-256 of the body —
 * then one `key<TAB>json` line per entry. A shard is read only when one of
 * its keys is asked for, and written whole to a temporary file then renamed
 * over the old one, so a build killed while writing leaves the old shard or
 * the new one, never half of one. A shard whose checksum, length or header
 * does not match is ignored (its entries are computed again), never trusted.
 *
 * The version is a hash of the pipeline's own code and settings: any change
 * of them puts the cache in a new folder, and the old folders are removed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Format of the shard files; changing how they are written bumps it. */
export const CACHE_FORMAT = 1;
/** Shards per kind: few enough files to read fast, small enough that adding one article rewrites little. */
export const SHARDS = 64;

const NEWLINE = Buffer.from('\n');

export interface CacheStats {
  hits: number;
  misses: number;
  /** Shards that were damaged or from another format and were ignored. */
  rejected: string[];
  /** Shard files written by `flush`. */
  written: number;
}

interface Shard {
  /**
   * Entries as stored (JSON text in UTF-8), by key. Bytes outside the
   * JavaScript heap, not strings: a cold build of a large archive stores
   * gigabytes of them, which the heap would hold at two bytes a character.
   */
  entries: Map<string, Buffer>;
  /** Keys read or written during this build: the others are dropped when the shard is rewritten. */
  used: Set<string>;
  dirty: boolean;
}

/** A shard of the cache could not be written: names its file, keeps the cause. */
export class CacheError extends Error {
  override readonly name = 'CacheError';
  constructor(
    readonly file: string,
    options: { cause: unknown },
  ) {
    super(`Could not write the cache file ${file}: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`, options);
  }
}

/** Options of {@link openCache}. */
export interface CacheOptions {
  /** Folder of the cache (no default here: the build chooses it). */
  dir: string;
  /** Version of the code whose results are stored; entries of another version are never read. */
  version: string;
}

/** Hex SHA-256 of the parts, separated so that `['ab','c']` and `['a','bc']` differ (the steps' `digest`). */
export { digest as cacheKey } from '../analyse/index.ts';

/** The value an entry's bytes (the UTF-8 of its JSON) hold: how the store reads what `setBytes` was given. */
export function fromEntryBytes<T>(bytes: Uint8Array): T {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as T;
}

/** The store. Not safe for two builds writing the same folder at once; the last to flush wins a shard. */
export class CacheStore {
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: [], written: 0 };
  readonly #root: string;
  readonly #version: string;
  readonly #shards = new Map<string, Promise<Shard>>();
  /** Shards written and forgotten by `release`: read again, all their entries count as used. */
  readonly #released = new Set<string>();

  constructor(options: CacheOptions) {
    this.#root = path.join(path.resolve(options.dir), `v${CACHE_FORMAT}-${options.version.slice(0, 16)}`);
    this.#version = options.version;
  }

  /** Folder of this version's shards. */
  get root(): string {
    return this.#root;
  }

  /** The stored value of `key`, or undefined. */
  async get<T>(kind: string, key: string): Promise<T | undefined> {
    const shard = await this.#shard(kind, key);
    const bytes = shard.entries.get(key);
    if (bytes === undefined) {
      this.stats.misses++;
      return undefined;
    }
    shard.used.add(key);
    this.stats.hits++;
    return fromEntryBytes<T>(bytes);
  }

  /** Stores `value` (JSON-serialisable) under `key`; written by {@link flush}. */
  async set(kind: string, key: string, value: unknown): Promise<void> {
    await this.setBytes(kind, key, Buffer.from(JSON.stringify(value), 'utf8'));
  }

  /** Stores the UTF-8 bytes of a value's JSON under `key`, as they are (not copied); see {@link set}. */
  async setBytes(kind: string, key: string, json: Uint8Array): Promise<void> {
    const shard = await this.#shard(kind, key);
    const bytes = Buffer.isBuffer(json) ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength);
    if (!shard.entries.get(key)?.equals(bytes)) {
      shard.entries.set(key, bytes);
      shard.dirty = true;
    }
    shard.used.add(key);
  }

  /**
   * Writes every changed shard (temporary file, then rename). Entries of a
   * rewritten shard that this build did not use are dropped, so the cache
   * does not grow without bound. Removes the folders of other versions.
   */
  async flush(): Promise<void> {
    await this.#write(() => true);
    await this.#removeOtherVersions();
  }

  /**
   * Writes the changed shards of one kind, as `flush` does, and forgets
   * their entries: a stage that is done with its kind (parse, enrich) frees
   * the memory they held for the rest of the build. Read again later, a
   * released shard keeps all its entries.
   */
  async release(kind: string): Promise<void> {
    const ids = await this.#write((id) => id.startsWith(`${kind}/`));
    for (const id of ids) {
      this.#shards.delete(id);
      this.#released.add(id);
    }
  }

  /** Writes the changed shards whose id `which` accepts; returns the ids it looked at. */
  async #write(which: (id: string) => boolean): Promise<string[]> {
    const ids: string[] = [];
    for (const [id, pending] of this.#shards) {
      if (!which(id)) continue;
      ids.push(id);
      const shard = await pending;
      if (!shard.dirty && shard.used.size === shard.entries.size) continue;
      if (!shard.dirty && shard.used.size >= shard.entries.size * 0.5) continue;
      const [kind, prefix] = id.split('/') as [string, string];
      const parts: Buffer[] = [];
      let count = 0;
      for (const key of [...shard.used].sort()) {
        const bytes = shard.entries.get(key);
        if (bytes === undefined) continue;
        parts.push(Buffer.from(`${key}\t`), bytes, NEWLINE);
        count++;
      }
      const body = Buffer.concat(parts);
      const header = {
        format: CACHE_FORMAT,
        version: this.#version,
        kind,
        count,
        bytes: body.length,
        sha256: createHash('sha256').update(body).digest('hex'),
      };
      const file = this.#file(kind, prefix);
      const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(temp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
        await rename(temp, file);
      } catch (cause) {
        throw new CacheError(file, { cause });
      }
      shard.dirty = false;
      this.stats.written++;
    }
    return ids;
  }

  /** Forgets what was read (the files stay). */
  close(): void {
    this.#shards.clear();
  }

  #file(kind: string, prefix: string): string {
    return path.join(this.#root, kind, `${prefix}.pack`);
  }

  #shard(kind: string, key: string): Promise<Shard> {
    const prefix = (parseInt(key.slice(0, 4), 16) % SHARDS).toString(16).padStart(2, '0');
    const id = `${kind}/${prefix}`;
    let shard = this.#shards.get(id);
    if (!shard) {
      const released = this.#released.has(id);
      shard = this.#read(kind, prefix).then((entries) => ({ entries, used: new Set<string>(released ? entries.keys() : []), dirty: false }));
      this.#shards.set(id, shard);
    }
    return shard;
  }

  async #read(kind: string, prefix: string): Promise<Map<string, Buffer>> {
    const entries = new Map<string, Buffer>();
    const file = this.#file(kind, prefix);
    let buffer: Buffer;
    try {
      buffer = await readFile(file);
    } catch {
      return entries;
    }
    const newline = buffer.indexOf(10);
    const reject = () => {
      this.stats.rejected.push(path.relative(this.#root, file));
      return new Map<string, Buffer>();
    };
    if (newline < 0) return reject();
    let header: { format?: unknown; version?: unknown; kind?: unknown; count?: unknown; bytes?: unknown; sha256?: unknown };
    try {
      header = JSON.parse(buffer.subarray(0, newline).toString('utf8'));
    } catch {
      return reject();
    }
    const body = buffer.subarray(newline + 1);
    if (
      header.format !== CACHE_FORMAT ||
      header.version !== this.#version ||
      header.kind !== kind ||
      header.bytes !== body.length ||
      header.sha256 !== createHash('sha256').update(body).digest('hex')
    ) {
      return reject();
    }
    // Entries are views of the file's bytes, not copies.
    let at = 0;
    while (at < body.length) {
      const end = body.indexOf(10, at);
      const tab = body.indexOf(9, at);
      if (end < 0 || tab < 0 || tab > end) return reject();
      entries.set(body.toString('latin1', at, tab), body.subarray(tab + 1, end));
      at = end + 1;
    }
    if (entries.size !== header.count) return reject();
    return entries;
  }

  async #removeOtherVersions(): Promise<void> {
    const parent = path.dirname(this.#root);
    let names: string[];
    try {
      names = await readdir(parent);
    } catch {
      return;
    }
    const mine = path.basename(this.#root);
    for (const name of names) {
      if (name !== mine && /^v\d+-[0-9a-f]+$/.test(name)) await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

/** Opens the cache in `dir` for `version`. Nothing is read until asked for. */
export function openCache(options: CacheOptions): CacheStore {
  return new CacheStore(options);
}
