/**
 * Same content in, byte-identical site out: two builds of the same content
 * from different folders and in different time zones.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDateline } from '../support/demo.ts';

function digest(root: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of digest(root, r)) out.set(k, v);
    else out.set(r, createHash('sha256').update(readFileSync(path.join(root, r))).digest('hex'));
  }
  return out;
}

describe('deterministic output', () => {
  it('gives byte-identical sites for the same content built from different paths and time zones', async () => {
    const a = mkdtempSync(path.join(os.tmpdir(), 'dateline-det-a-'));
    const b = mkdtempSync(path.join(os.tmpdir(), 'dateline-det-b-'));
    cpSync(path.join(ROOT, 'content'), path.join(a, 'content'), { recursive: true });
    cpSync(path.join(ROOT, 'content'), path.join(b, 'some', 'other', 'folder'), { recursive: true });
    const first = await runDateline(['build', path.join(a, 'content'), '--out', path.join(a, 'out')], { env: { TZ: 'UTC', LANG: 'C' } });
    const second = await runDateline(['build', path.join(b, 'some', 'other', 'folder'), '--out', path.join(b, 'site')], {
      env: { TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8' },
      cwd: b,
    });
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    const x = digest(path.join(a, 'out'));
    const y = digest(path.join(b, 'site'));
    expect([...y.keys()]).toEqual([...x.keys()]);
    const differing = [...x].filter(([k, v]) => y.get(k) !== v).map(([k]) => k);
    expect(differing).toEqual([]);
    expect(x.size).toBeGreaterThan(20);
  });
});
