/** The trees live in one hidden folder beside the output folder; a site published by an older layout moves over. */
import { existsSync } from 'node:fs';
import { lstat, mkdtemp, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, openSlots, slotsDir, swap, TreeUpdate } from '../../src/output/publish.ts';

async function publishSite(out: string, files: Record<string, string>) {
  const slots = await openSlots(out);
  const update = new TreeUpdate(slots, {});
  await update.put(Object.entries(files).map(([p, content]) => ({ path: p, content, hash: contentHash(content), unit: p })));
  await swap(slots, await update.finish());
  return update.stats;
}

describe('the folder a build keeps for itself', () => {
  it('is one hidden folder beside the output folder', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'dateline-state-'));
    const out = path.join(base, 'site');
    await publishSite(out, { 'index.html': 'home' });
    expect((await readdir(base)).sort()).toEqual(['.dateline', 'site']);
    expect(slotsDir(out)).toBe(path.join(base, '.dateline', 'sites', 'site'));
  });

  it('takes over a site whose trees an older build kept in .<out>.slots, carrying unchanged files over, and removes that folder', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'dateline-state-'));
    const out = path.join(base, 'site');
    await publishSite(out, { 'index.html': 'home', 'a/index.html': 'A' });
    // The layout of older builds: the trees in .site.slots beside the link.
    const old = path.join(base, '.site.slots');
    await rename(slotsDir(out), old);
    await rm(path.join(base, '.dateline'), { recursive: true });
    const tree = path.basename(await readlink(out));
    await rm(out);
    await symlink(path.join('.site.slots', tree), out);

    const stats = await publishSite(out, { 'index.html': 'home 2', 'a/index.html': 'A' });
    expect(stats).toMatchObject({ written: 1, linked: 1 });
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('home 2');
    expect(await readFile(path.join(out, 'a/index.html'), 'utf8')).toBe('A');
    expect(existsSync(old)).toBe(false);
    expect((await readdir(base)).sort()).toEqual(['.dateline', 'site']);
  });
});
