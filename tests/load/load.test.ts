import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, load } from '../../src/load/index.ts';

async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-load-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

describe('load', () => {
  it('reads every article file under the folder, recursively, sorted by path', async () => {
    const dir = await folder({ 'b.md': '# B\n\ntext', 'a/c.txt': 'C\n\ntext', 'a/d.markdown': 'D' });
    const { files, skipped } = await load(dir);
    expect(files.map((f) => f.file)).toEqual(['a/c.txt', 'a/d.markdown', 'b.md']);
    expect(files.map((f) => f.format)).toEqual(['text', 'markdown', 'markdown']);
    expect(skipped).toEqual([]);
  });

  it('accounts for every other file in skipped, with a reason a person can act on', async () => {
    const dir = await folder({
      'ok.txt': 'Title\n\nBody',
      'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10]),
      'empty.md': '  \n\n ',
      'blob.txt': new Uint8Array([1, 2, 0, 4, 5]),
    });
    const { files, skipped } = await load(dir);
    expect(files.map((f) => f.file)).toEqual(['ok.txt']);
    expect(skipped.map((s) => s.file)).toEqual(['blob.txt', 'empty.md', 'photo.jpg']);
    expect(skipped.find((s) => s.file === 'photo.jpg')!.reason).toMatch(/\.jpg/);
    expect(skipped.find((s) => s.file === 'empty.md')!.reason).toMatch(/empty/);
    expect(skipped.find((s) => s.file === 'blob.txt')!.reason).toMatch(/binary/);
  });

  it('skips files over the size limit instead of reading them', async () => {
    const dir = await folder({ 'big.txt': 'x'.repeat(2000) });
    const { files, skipped } = await load(dir, { maxFileBytes: 1000 });
    expect(files).toEqual([]);
    expect(skipped[0]!.reason).toMatch(/2000 bytes/);
  });

  it('does not follow a folder link back into a folder already read', async () => {
    const dir = await folder({ 'a/x.txt': 'X\n\ny' });
    await symlink(path.join(dir, 'a'), path.join(dir, 'a', 'loop'));
    const { files, skipped } = await load(dir);
    expect(files.map((f) => f.file)).toEqual(['a/x.txt']);
    expect(skipped.map((s) => s.file)).toEqual(['a/loop']);
  });

  it('passes over names starting with a dot', async () => {
    const dir = await folder({ '.DS_Store': 'x', '.git/config': 'y', 'a.txt': 'A\n\nb' });
    const { files, skipped } = await load(dir);
    expect(files.map((f) => f.file)).toEqual(['a.txt']);
    expect(skipped).toEqual([]);
  });

  it('normalises line endings and hashes the raw bytes', async () => {
    const dir = await folder({ 'a.txt': 'Title\r\n\r\nBody\r\n' });
    const { files } = await load(dir);
    expect(files[0]!.text).toBe('Title\n\nBody\n');
    expect(files[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('decode', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decode(new TextEncoder().encode('café'))).toEqual({ kind: 'text', text: 'café', encoding: 'UTF-8' });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({ text: 'a', encoding: 'UTF-8' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decode(le)).toEqual({ kind: 'text', text: 'Hi', encoding: 'UTF-16LE' });
  });

  it('falls back to Windows-1252 for text that is not UTF-8', () => {
    expect(decode(new Uint8Array([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]))).toEqual({
      kind: 'text',
      text: '“café”',
      encoding: 'Windows-1252',
    });
  });

  it('takes data with NUL bytes for binary', () => {
    expect(decode(new Uint8Array([0x61, 0x00, 0x62]))).toEqual({ kind: 'binary' });
  });
});
