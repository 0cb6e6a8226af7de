/**
 * The analysis store: the archive's memory between builds, one SQLite
 * database in the hidden folder beside the output folder
 * (`.dateline/store/<out>.sqlite`). It holds what the per-article steps
 * computed (parse and fingerprint, enrichment, body HTML), by step and key,
 * as the JSON bytes the steps encode, and reads them one at a time as the
 * executor asks, so its size does not weigh on the build's memory.
 *
 * A build writes into one open transaction, committed just before its site
 * is swapped in (`commit`): a build that fails or is killed leaves the store
 * as it was. The store records the pipeline version and the build key of
 * the site it was committed with; a store of another version, of another
 * site than the published one (a build killed between the commit and the
 * swap), or one SQLite finds damaged, is not trusted: it is emptied and the
 * build says why (`note`). Damage is found as the entries are read (SQLite
 * checks the structure of each page it reads), not by checking the whole
 * file first, which takes seconds per hundred megabytes: a build that meets
 * a damaged page stops reading the store, computes the rest, and removes
 * the file instead of committing.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import type { ResultStore } from './executor.ts';

/** Layout of the store's tables; changing them bumps it. */
export const STORE_FORMAT = 2;

/**
 * Page size of a new store (bytes): an entry is tens of kilobytes, so larger
 * pages mean shorter chains of overflow pages to follow for each one.
 */
const PAGE_SIZE = 16_384;

/** Options of {@link openStore}. */
export interface StoreOptions {
  /** The database file. */
  file: string;
  /** Version of the code whose results are stored (`pipelineVersion`). */
  version: string;
  /** Build key of the published site (`null`: none published); a store committed with another is not trusted. */
  published: string | null;
}

export interface StoreStats {
  hits: number;
  misses: number;
  /** Entries written in this build. */
  written: number;
  /** Entries dropped at commit because no item of this build asked for them. */
  dropped: number;
}

/** The values in a table of their own, found through a small index of their keys: a table keyed by (kind, key) that held the values too would spread its keys over every page the values fill. */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS results (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL);
  CREATE UNIQUE INDEX IF NOT EXISTS results_entry ON results (kind, key);
`;

/**
 * better-sqlite3, or why it cannot be loaded: its native part is built when
 * the package is installed, which an install that skips scripts leaves out.
 */
function loadSqlite(): typeof Database | string {
  try {
    const sqlite = createRequire(import.meta.url)('better-sqlite3') as typeof Database;
    // The native part is loaded by the first database opened, not by the module.
    new sqlite(':memory:').close();
    return sqlite;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}

/** Why a store on disk is not used as it is, or null when it can be. */
function distrust(db: Database, options: StoreOptions): string | null {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get();
  if (!tables) return 'it holds no record of what made it';
  const meta = new Map((db.prepare('SELECT name, value FROM meta').all() as { name: string; value: string }[]).map((r) => [r.name, r.value]));
  if (meta.get('format') !== String(STORE_FORMAT)) return 'it was written in another layout';
  if (meta.get('version') !== options.version) return 'it was made by another version of the analysis';
  if ((meta.get('published') ?? '') !== (options.published ?? '')) return 'it does not belong to the published site';
  return null;
}

/** The database at `file`, or null with the reason it cannot be opened as one. */
function tryOpen(sqlite: typeof Database, file: string, options: StoreOptions): { db: Database | null; why: string | null } {
  let db: Database | null = null;
  try {
    db = new sqlite(file, { timeout: 10_000 });
    db.pragma('journal_mode = WAL');
    return { db, why: distrust(db, options) };
  } catch (error) {
    return { db, why: `it could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Removes the database and the files SQLite keeps beside it. */
function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/** The store. One build at a time: a second one waits for the first's transaction (up to ten seconds) and then fails. */
export class AnalysisStore implements ResultStore {
  readonly stats: StoreStats = { hits: 0, misses: 0, written: 0, dropped: 0 };
  readonly #file: string;
  #note: string | null = null;
  /** Set when a read met a damaged page: the store is no longer read, written or committed. */
  #damaged = false;
  readonly #db: Database;
  readonly #get: Statement;
  readonly #put: Statement;
  /** Keys asked for or written in this build, by kind: the others are dropped at commit. */
  readonly #used = new Map<string, Set<string>>();

  constructor(sqlite: typeof Database, options: StoreOptions) {
    mkdirSync(path.dirname(options.file), { recursive: true });
    const existed = existsSync(options.file);
    let { db, why } = tryOpen(sqlite, options.file, options);
    if (why !== null) {
      db?.close();
      removeDatabase(options.file);
      db = new sqlite(options.file, { timeout: 10_000 });
      // The page size of a database is set before its first table and cannot change in WAL mode.
      db.pragma(`page_size = ${PAGE_SIZE}`);
      db.pragma('journal_mode = WAL');
    }
    this.#file = options.file;
    if (why !== null && existed) this.#note = `The analysis store ${options.file} was not used and is made again: ${why}.`;
    this.#db = db!;
    this.#db.pragma('synchronous = NORMAL');
    this.#db.exec(SCHEMA);
    this.#db.exec('BEGIN IMMEDIATE');
    const setMeta = this.#db.prepare('INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)');
    setMeta.run('format', String(STORE_FORMAT));
    setMeta.run('version', options.version);
    this.#get = this.#db.prepare('SELECT value FROM results WHERE kind = ? AND key = ?').pluck();
    this.#put = this.#db.prepare('INSERT OR REPLACE INTO results (kind, key, value) VALUES (?, ?, ?)');
  }

  /** The stored bytes of `key`, or undefined. */
  getBytes(kind: string, key: string): Buffer | undefined {
    const value = this.#damaged ? undefined : this.#read(kind, key);
    if (value === undefined) {
      this.stats.misses++;
      return undefined;
    }
    this.#use(kind, key);
    this.stats.hits++;
    return value;
  }

  /** The stored value of `key`, or undefined. */
  get<T>(kind: string, key: string): T | undefined {
    const bytes = this.getBytes(kind, key);
    if (bytes === undefined) return undefined;
    try {
      return JSON.parse(bytes.toString('utf8')) as T;
    } catch (error) {
      this.#damage(error);
      return undefined;
    }
  }

  /** Why the store on disk was not used, or not all of it, in this build; null when it was. */
  get note(): string | null {
    return this.#note;
  }

  /** The bytes of an entry, or undefined when there is none or its page is damaged. */
  #read(kind: string, key: string): Buffer | undefined {
    try {
      return this.#get.get(kind, key) as Buffer | undefined;
    } catch (error) {
      this.#damage(error);
      return undefined;
    }
  }

  #damage(error: unknown): void {
    this.#damaged = true;
    this.#note = `The analysis store ${this.#file} is damaged (${error instanceof Error ? error.message : String(error)}); it was read no further and is made again by the next build.`;
  }

  /** Stores the UTF-8 bytes of a value's JSON under `key`, in this build's transaction. */
  setBytes(kind: string, key: string, json: Uint8Array): void {
    if (this.#damaged) return;
    this.#put.run(kind, key, Buffer.from(json.buffer, json.byteOffset, json.byteLength));
    this.#use(kind, key);
    this.stats.written++;
  }

  /** Nothing to free: entries are read from disk one at a time. */
  release(): void {}

  /**
   * Drops what this build did not ask for, records `siteKey` as the site the
   * store belongs to, and commits: called just before that site is published.
   */
  commit(siteKey: string): void {
    if (this.#damaged) {
      this.close();
      removeDatabase(this.#file);
      return;
    }
    const stale: number[] = [];
    // Read from the index of keys alone, not from the values.
    for (const [id, kind, key] of this.#db.prepare('SELECT id, kind, key FROM results INDEXED BY results_entry').raw().iterate() as IterableIterator<[number, string, string]>) {
      if (!this.#used.get(kind)?.has(key)) stale.push(id);
    }
    const drop = this.#db.prepare('DELETE FROM results WHERE id = ?');
    for (const id of stale) drop.run(id);
    this.stats.dropped = stale.length;
    this.#db.prepare('INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)').run('published', siteKey);
    this.#db.exec('COMMIT');
  }

  /** Closes the database; what was not committed is undone. */
  close(): void {
    if (!this.#db.open) return;
    if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
    this.#db.close();
  }

  #use(kind: string, key: string): void {
    let keys = this.#used.get(kind);
    if (!keys) this.#used.set(kind, (keys = new Set()));
    keys.add(key);
  }
}

/**
 * Opens (or makes) the store at `options.file`, emptied when it cannot be
 * trusted, in a transaction of its own. Without SQLite (the package
 * installed without its native part) there is no store, and the note says
 * so: the build computes everything, as with no cache.
 */
export function openStore(options: StoreOptions): { store: AnalysisStore | null; note: string | null } {
  // The store's own notes (`AnalysisStore.note`) are known once the build has read it.
  const sqlite = loadSqlite();
  if (typeof sqlite === 'string') {
    return { store: null, note: `There is no analysis store, so every article is analysed again: SQLite could not be loaded (${sqlite}). Reinstall Dateline with its install scripts allowed.` };
  }
  return { store: new AnalysisStore(sqlite, options), note: null };
}
