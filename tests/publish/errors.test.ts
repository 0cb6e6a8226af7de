import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, openSlots, PublishError, TreeUpdate } from '../../src/output/publish.ts';

describe('a file of the site that cannot be written', () => {
  it('fails the update with a PublishError that names the file, the file system error as its cause', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'dateline-publish-')), 'site');
    const slots = await openSlots(out);
    // A file where the page's folder should be: the folder cannot be made.
    await writeFile(path.join(slots.target.dir, 'articles'), 'not a folder');
    const update = new TreeUpdate(slots, {});
    const page = { path: 'articles/x/index.html', content: 'X', hash: contentHash('X'), unit: 'articles:/articles/x/' };
    const error = await update.put([page]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PublishError);
    const e = error as PublishError;
    expect(e.file).toBe(path.join(slots.target.dir, 'articles', 'x', 'index.html'));
    expect(e.message).toContain('Could not write articles/x/index.html');
    expect((e.cause as NodeJS.ErrnoException).code).toMatch(/^(EEXIST|ENOTDIR)$/);
  });
});
