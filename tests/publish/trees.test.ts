import { lstat, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/model/types.ts';
import { contentHash, openSlots, publishedSummary, slotsDir, swap, TreeUpdate, type BuildRecord } from '../../src/output/publish.ts';

/** Publishes a site of `files` (path → text) into `out` the way a build does. */
async function publishSite(out: string, files: Record<string, string>, options: { crash?: boolean; record?: BuildRecord } = {}) {
  const slots = await openSlots(out);
  const update = new TreeUpdate(slots, {});
  await update.put(Object.entries(files).map(([p, content]) => ({ path: p, content, hash: contentHash(content), unit: p })));
  if (options.record) update.record(options.record);
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

  it('summarises the published build beside its manifest, and no summary is trusted of a tree a build has started on', async () => {
    const out = await temp();
    const report = { articles: 1, events: 1, topics: 0, sources: 1, copies: 0, skipped: [], diagnostics: [], heavyRemovals: [] } as BuildReport;
    const record = (key: string): BuildRecord => ({ key, report, articles: 1, events: 1, listPages: 2, indexed: 1, shards: 1, eventOf: [['a', 'e']], redirects: [], idOf: [['a.md', 'a']], articleRedirects: [] });
    expect(await publishedSummary(out)).toBeNull();
    await publishSite(out, { 'index.html': 'home', 'a/index.html': 'A' }, { record: record('one') });
    expect(await publishedSummary(out)).toEqual({ key: 'one', report, articles: 1, events: 1, listPages: 2, indexed: 1, shards: 1, files: 2 });
    await publishSite(out, { 'index.html': 'home 2' }, { record: record('two') });
    expect((await publishedSummary(out))?.key).toBe('two');
    // A build that stops half-way leaves the published summary, and the summary of the tree it wrote into is gone.
    await publishSite(out, { 'index.html': 'home 3' }, { record: record('three'), crash: true });
    expect((await publishedSummary(out))?.key).toBe('two');
    expect((await readdir(slotsDir(out))).filter((n) => n.endsWith('.build.json'))).toEqual(['b.build.json']);
    // Without the tree's manifest, or damaged, the summary is not read.
    await writeFile(path.join(slotsDir(out), 'b.build.json'), '{"format": 1, "key": "two"');
    expect(await publishedSummary(out)).toBeNull();
    await publishSite(out, { 'index.html': 'home 4' }, { record: record('four') });
    await rm(path.join(slotsDir(out), 'a.manifest.json'));
    expect(await publishedSummary(out)).toBeNull();
  });
});
