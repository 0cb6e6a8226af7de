import { lstat, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, openSlots, swap, TreeUpdate } from '../../src/output/publish.ts';

/** Publishes a site of `files` (path → text) into `out` the way a build does. */
async function publishSite(out: string, files: Record<string, string>, options: { crash?: boolean } = {}) {
  const slots = await openSlots(out);
  const update = new TreeUpdate(slots, {});
  await update.put(Object.entries(files).map(([p, content]) => ({ path: p, content, hash: contentHash(content), unit: p })));
  if (options.crash) return update.stats;
  await swap(slots, await update.finish());
  return update.stats;
}

async function read(out: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (d: string, rel: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(path.join(d, e.name), `${rel}${e.name}/`);
      else files[`${rel}${e.name}`] = await readFile(path.join(d, e.name), 'utf8');
    }
  };
  await walk(out, '');
  return files;
}

const temp = async () => path.join(await mkdtemp(path.join(tmpdir(), 'dateline-publish-')), 'site');

describe('publishing with two trees', () => {
  it('publishes the new site through a link swapped in one rename', async () => {
    const out = await temp();
    await publishSite(out, { 'index.html': 'home', 'a/index.html': 'A' });
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
    expect(await read(out)).toEqual({ 'index.html': 'home', 'a/index.html': 'A' });
  });

  it('keeps the bytes and modification time of unchanged files, so rsync sends only the changes', async () => {
    const out = await temp();
    await publishSite(out, { 'index.html': 'home', 'a/index.html': 'A', 'b/index.html': 'B' });
    const before = await stat(path.join(out, 'a/index.html'));
    await new Promise((r) => setTimeout(r, 20));
    const stats = await publishSite(out, { 'index.html': 'home 2', 'a/index.html': 'A', 'b/index.html': 'B' });
    expect(stats).toMatchObject({ written: 1, linked: 2 });
    const after = await stat(path.join(out, 'a/index.html'));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    // A third build writes into the first tree, which already shares the unchanged files.
    const third = await publishSite(out, { 'index.html': 'home 2', 'a/index.html': 'A', 'b/index.html': 'B2' });
    expect(third).toMatchObject({ written: 1, linked: 1, kept: 1 });
    expect((await stat(path.join(out, 'a/index.html'))).ino).toBe(before.ino);
    expect(await read(out)).toEqual({ 'index.html': 'home 2', 'a/index.html': 'A', 'b/index.html': 'B2' });
  });

  it('removes the files of deleted pages, and their folders', async () => {
    const out = await temp();
    await publishSite(out, { 'index.html': 'home', 'a/index.html': 'A', 'b/index.html': 'B' });
    await publishSite(out, { 'index.html': 'home', 'a/index.html': 'A', 'b/index.html': 'B' });
    await publishSite(out, { 'index.html': 'home', 'a/index.html': 'A' });
    expect(await read(out)).toEqual({ 'index.html': 'home', 'a/index.html': 'A' });
    expect(await readdir(out)).not.toContain('b');
  });

  it('never writes into a file the published site shares', async () => {
    const out = await temp();
    await publishSite(out, { 'a.html': 'same', 'b.html': 'one' });
    await publishSite(out, { 'a.html': 'same', 'b.html': 'two' });
    // The next build changes a.html in the tree that shares its inode with the published one…
    await publishSite(out, { 'a.html': 'changed', 'b.html': 'two' }, { crash: true });
    // …and the published site still reads as before.
    expect(await read(out)).toEqual({ 'a.html': 'same', 'b.html': 'two' });
  });

  it('leaves the published site whole when a build stops half-way, and the next build starts the other tree afresh', async () => {
    const out = await temp();
    await publishSite(out, { 'index.html': 'v1', 'x.html': 'x' });
    await publishSite(out, { 'index.html': 'v2', 'x.html': 'x' });
    await publishSite(out, { 'index.html': 'v3', 'y.html': 'y' }, { crash: true });
    expect(await read(out)).toEqual({ 'index.html': 'v2', 'x.html': 'x' });
    await publishSite(out, { 'index.html': 'v4', 'z.html': 'z' });
    expect(await read(out)).toEqual({ 'index.html': 'v4', 'z.html': 'z' });
  });
});
