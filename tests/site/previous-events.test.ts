/**
 * Where a rebuild takes its event ids from: the published tree's build
 * record, else (a site from an older version, or copied without its
 * manifest) its archive.json; entries of the wrong shape are left out.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPreviousEvents } from '../../src/build.ts';
import type { BuildRecord } from '../../src/publish.ts';

const record = (extra: Partial<BuildRecord>): BuildRecord =>
  ({ key: 'k', report: {} as BuildRecord['report'], articles: 0, events: 0, listPages: 0, indexed: 0, shards: 0, ...extra }) as BuildRecord;

describe('readPreviousEvents', () => {
  it('takes the ids from the build record, not from archive.json', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-previous-'));
    writeFileSync(path.join(dir, 'archive.json'), JSON.stringify({ articles: [{ id: 'a', event: 'from-json' }], redirects: [] }));
    const got = await readPreviousEvents(dir, record({ eventOf: [['a', 'from-record'], ['b', 'other']], redirects: [{ from: 'old', to: 'other' }] }));
    expect([...got!.events]).toEqual([['a', 'from-record'], ['b', 'other']]);
    expect(got!.redirects).toEqual([{ from: 'old', to: 'other' }]);
  });

  it('reads archive.json when the record has no ids, and leaves out entries of the wrong shape', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-previous-'));
    writeFileSync(
      path.join(dir, 'archive.json'),
      JSON.stringify({ articles: [{ id: 'a', event: 'e' }, { id: 'b', event: 7 }, null, { id: 'c', event: null }], redirects: [{ from: 'x', to: 'e' }, { from: 1 }] }),
    );
    for (const r of [undefined, null, record({})]) {
      const got = await readPreviousEvents(dir, r);
      expect([...got!.events]).toEqual([['a', 'e']]);
      expect(got!.redirects).toEqual([{ from: 'x', to: 'e' }]);
    }
  });

  it('starts afresh from a damaged archive.json or none', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-previous-'));
    expect(await readPreviousEvents(dir)).toBeUndefined();
    writeFileSync(path.join(dir, 'archive.json'), '{"articles": [');
    expect(await readPreviousEvents(dir)).toBeUndefined();
  });

  it('leaves out damaged entries of the record too', async () => {
    const got = await readPreviousEvents('/nonexistent', record({ eventOf: [['a', 'e'], [1, 2] as unknown as [string, string], null as unknown as [string, string]], redirects: [] }));
    expect([...got!.events]).toEqual([['a', 'e']]);
  });
});
