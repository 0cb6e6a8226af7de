/**
 * The analysis store keeps the per-article results between builds, in one
 * transaction per build: what a build did not commit is not there for the
 * next, and a store of another version, of another site, or damaged, is
 * emptied with a note instead of being trusted.
 */
import { existsSync, mkdtempSync, openSync, closeSync, statSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore as open, type AnalysisStore, type StoreOptions } from '../../src/run/store.ts';

/** The store, which this machine's SQLite must give. */
function openStore(options: StoreOptions): AnalysisStore {
  const { store, note } = open(options);
  if (!store) throw new Error(note ?? 'no store');
  return store;
}

const bytes = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

function fresh(overrides: Partial<StoreOptions> = {}): StoreOptions {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-store-'));
  return { file: path.join(dir, 'site.sqlite'), version: 'v1', published: null, ...overrides };
}

describe('the analysis store', () => {
  it('gives back what a committed build stored, and no note for a new store', () => {
    const options = fresh();
    const a = openStore(options);
    expect(a.note).toBeNull();
    a.setBytes('parse', 'k1', bytes({ title: 'Flood' }));
    a.commit('site-1');
    a.close();
    const b = openStore({ ...options, published: 'site-1' });
    expect(b.note).toBeNull();
    expect(b.get('parse', 'k1')).toEqual({ title: 'Flood' });
    expect(b.get('enrich', 'k1')).toBeUndefined();
    expect(b.stats).toMatchObject({ hits: 1, misses: 1 });
    b.close();
  });

  it('forgets what a build that did not commit wrote', () => {
    const options = fresh();
    const a = openStore(options);
    a.setBytes('parse', 'k1', bytes(1));
    a.commit('site-1');
    a.close();
    const failed = openStore({ ...options, published: 'site-1' });
    failed.setBytes('parse', 'k2', bytes(2));
    failed.close();
    const c = openStore({ ...options, published: 'site-1' });
    expect(c.note).toBeNull();
    expect(c.get('parse', 'k2')).toBeUndefined();
    expect(c.get('parse', 'k1')).toBe(1);
    c.close();
  });

  it('drops at commit the entries no item of the build asked for', () => {
    const options = fresh();
    const a = openStore(options);
    a.setBytes('parse', 'old', bytes('old'));
    a.setBytes('parse', 'kept', bytes('kept'));
    a.commit('site-1');
    a.close();
    const b = openStore({ ...options, published: 'site-1' });
    expect(b.get('parse', 'kept')).toBe('kept');
    b.commit('site-2');
    expect(b.stats.dropped).toBe(1);
    b.close();
    const c = openStore({ ...options, published: 'site-2' });
    expect(c.get('parse', 'old')).toBeUndefined();
    expect(c.get('parse', 'kept')).toBe('kept');
    c.close();
  });

  it.each([
    ['another version of the analysis', { version: 'v2' }, /another version/],
    ['another published site', { published: 'site-other' }, /does not belong to the published site/],
  ])('is emptied, with a note, when it was made by %s', (_, change, why) => {
    const options = fresh();
    const a = openStore(options);
    a.setBytes('parse', 'k1', bytes(1));
    a.commit('site-1');
    a.close();
    const b = openStore({ ...options, published: 'site-1', ...change });
    expect(b.note).toMatch(why);
    expect(b.get('parse', 'k1')).toBeUndefined();
    b.close();
  });

  it('is emptied, with a note, when it was written in the layout before its keys had an index of their own', () => {
    const options = fresh();
    const old = new Database(options.file);
    old.exec(`CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE results (kind TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;`);
    const meta = old.prepare('INSERT INTO meta (name, value) VALUES (?, ?)');
    for (const [name, value] of [['format', '1'], ['version', 'v1'], ['published', 'site-1']]) meta.run(name, value);
    old.prepare('INSERT INTO results (kind, key, value) VALUES (?, ?, ?)').run('parse', 'k1', bytes(1));
    old.close();
    const b = openStore({ ...options, published: 'site-1' });
    expect(b.note).toMatch(/another layout/);
    expect(b.get('parse', 'k1')).toBeUndefined();
    b.setBytes('parse', 'k1', bytes(2));
    b.commit('site-2');
    b.close();
    const c = openStore({ ...options, published: 'site-2' });
    expect(c.note).toBeNull();
    expect(c.get('parse', 'k1')).toBe(2);
    c.close();
  });

  it('is emptied, with a note, when its file is damaged', () => {
    const options = fresh();
    const a = openStore(options);
    a.setBytes('parse', 'k1', bytes(1));
    a.commit('site-1');
    a.close();
    writeFileSync(options.file, 'not a database at all, the file was overwritten');
    const b = openStore({ ...options, published: 'site-1' });
    expect(b.note).toMatch(/could not be read|damaged/);
    expect(b.get('parse', 'k1')).toBeUndefined();
    b.setBytes('parse', 'k1', bytes(3));
    b.commit('site-2');
    b.close();
    const c = openStore({ ...options, published: 'site-2' });
    expect(c.note).toBeNull();
    expect(c.get('parse', 'k1')).toBe(3);
    c.close();
  });

  it('stops reading a store whose pages are damaged, says so, and is made again by the next build', () => {
    const options = fresh();
    const a = openStore(options);
    const story = 'The river rose through the lower streets. '.repeat(100);
    for (let i = 0; i < 400; i++) a.setBytes('parse', `k${i}`, bytes({ i, story }));
    a.commit('site-1');
    a.close();
    // Garbage over pages in the middle of the file: the header and the first tables stay whole.
    const fd = openSync(options.file, 'r+');
    const size = statSync(options.file).size;
    for (let at = Math.floor(size / 3 / 4096) * 4096; at < (size * 2) / 3; at += 4096 * 7) writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, at);
    closeSync(fd);
    const b = openStore({ ...options, published: 'site-1' });
    expect(b.note).toBeNull();
    const read = Array.from({ length: 400 }, (_, i) => b.get<{ i: number; story: string }>('parse', `k${i}`));
    // What was read before the damage was met is whole; nothing is read after it.
    for (const [i, r] of read.entries()) if (r !== undefined) expect(r).toEqual({ i, story });
    expect(read.filter((r) => r === undefined).length).toBeGreaterThan(0);
    expect(b.note).toMatch(/is damaged/);
    b.commit('site-2');
    b.close();
    expect(existsSync(options.file)).toBe(false);
    const c = openStore({ ...options, published: 'site-2' });
    expect(c.get('parse', 'k0')).toBeUndefined();
    c.close();
  });
});
