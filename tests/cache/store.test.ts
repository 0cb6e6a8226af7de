import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, openCache } from '../../src/run/cache.ts';

const temp = () => mkdtemp(path.join(tmpdir(), 'dateline-cache-'));

async function shardFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const kind of await readdir(root)) for (const f of await readdir(path.join(root, kind))) out.push(path.join(root, kind, f));
  return out;
}

describe('the cache store', () => {
  it('gives back what a previous build stored, under the same version', async () => {
    const dir = await temp();
    const a = openCache({ dir, version: 'v1' });
    await a.set('file', cacheKey('x'), { n: 1, s: 'é\ttab\nnewline' });
    await a.flush();
    const b = openCache({ dir, version: 'v1' });
    expect(await b.get('file', cacheKey('x'))).toEqual({ n: 1, s: 'é\ttab\nnewline' });
    expect(await b.get('file', cacheKey('y'))).toBeUndefined();
    expect(b.stats).toMatchObject({ hits: 1, misses: 1 });
  });

  it('writes and forgets one kind on release, and keeps all of a released shard read again', async () => {
    const dir = await temp();
    // Keys of one shard (the shard is chosen by the key's first four hex digits).
    const [x, y, fresh, later] = ['0000aa', '0000bb', '0000cc', '0000dd'];
    const a = openCache({ dir, version: 'v1' });
    for (const k of [x!, y!]) await a.set('file', k, k);
    await a.set('article', x!, 'article');
    await a.flush();
    const b = openCache({ dir, version: 'v1' });
    for (const k of [x!, y!]) expect(await b.get('file', k)).toBe(k);
    await b.set('file', fresh!, fresh);
    await b.release('file');
    // Written at release: another build sees it before this one ends.
    expect(await openCache({ dir, version: 'v1' }).get('file', fresh!)).toBe(fresh);
    // Read again after release, changed and flushed: what the build used before the release is kept.
    await b.set('file', later!, later);
    await b.flush();
    const c = openCache({ dir, version: 'v1' });
    for (const k of [x!, y!, fresh!, later!]) expect(await c.get('file', k)).toBe(k);
    expect(await c.get('article', x!)).toBe('article');
  });

  it('is empty for a new pipeline version, and the old version is removed', async () => {
    const dir = await temp();
    const a = openCache({ dir, version: 'aaaa' });
    await a.set('file', cacheKey('x'), 1);
    await a.flush();
    const b = openCache({ dir, version: 'bbbb' });
    expect(await b.get('file', cacheKey('x'))).toBeUndefined();
    await b.set('file', cacheKey('x'), 2);
    await b.flush();
    expect(await readdir(dir)).toEqual([path.basename(b.root)]);
  });

  it('ignores a shard whose bytes were damaged, and one cut short', async () => {
    const dir = await temp();
    const a = openCache({ dir, version: 'v1' });
    for (let i = 0; i < 200; i++) await a.set('file', cacheKey(i), { i });
    await a.flush();
    const files = await shardFiles(a.root);
    const [damaged, cut] = files as [string, string];
    const text = await readFile(damaged, 'utf8');
    await writeFile(damaged, text.replace(/"i":(\d)/, '"i":9$1'));
    const other = await readFile(cut);
    await writeFile(cut, other.subarray(0, other.length - 7));
    const b = openCache({ dir, version: 'v1' });
    let found = 0;
    for (let i = 0; i < 200; i++) {
      const v = await b.get<{ i: number }>('file', cacheKey(i));
      if (v) {
        expect(v.i).toBe(i);
        found++;
      }
    }
    expect(b.stats.rejected).toHaveLength(2);
    expect(found).toBeGreaterThan(150);
    expect(found).toBeLessThan(200);
  });

  it('leaves no temporary files behind', async () => {
    const dir = await temp();
    const a = openCache({ dir, version: 'v1' });
    await a.set('article', cacheKey('k'), 'v');
    await a.flush();
    expect((await shardFiles(a.root)).every((f) => f.endsWith('.pack'))).toBe(true);
  });
});
