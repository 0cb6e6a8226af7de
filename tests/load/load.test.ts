import { mkdtemp, mkdir, readFile, stat, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, decodeHtml, declaredEncoding, load } from '../../src/load/index.ts';
import { readStatFile, writeStatFile, type StatEntry } from '../../src/load/stat-file.ts';

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

describe('load, saved web pages', () => {
  const page = '<!doctype html><title>A</title><p>Story text.</p>';

  it('reads .html, .htm and .xhtml files as saved pages', async () => {
    const dir = await folder({ 'a.html': page, 'b.htm': page, 'c.XHTML': page, 'd.md': '# D' });
    const { files, skipped } = await load(dir);
    expect(files.map((f) => [f.file, f.format])).toEqual([['a.html', 'html'], ['b.htm', 'html'], ['c.XHTML', 'html'], ['d.md', 'markdown']]);
    expect(skipped).toEqual([]);
  });

  it('takes the folder a browser saves beside a page for its assets: noted once, none of its files listed as skipped', async () => {
    const dir = await folder({
      'Story.html': page,
      'Story_files/photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0x00]),
      'Story_files/style.css': 'p { color: red }',
      'Story_files/frame.html': page,
      'Other_files/x.css': 'p {}',
    });
    const { files, skipped, diagnostics } = await load(dir);
    expect(files.map((f) => f.file)).toEqual(['Story.html']);
    // A folder named like one but beside no page is an ordinary folder.
    expect(skipped.map((s) => s.file)).toEqual(['Other_files/x.css']);
    const notes = diagnostics.filter((d) => d.ruleId === 'load/page-assets');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ file: 'Story_files', related: 'Story.html', severity: 'info' });
  });

  it('reads the saved-page fixtures: every page an article, the saved files of one noted once and not skipped', async () => {
    const { files, skipped, diagnostics } = await load(path.join(import.meta.dirname, '../fixtures/html'));
    expect(files.map((f) => f.file)).toEqual([
      'active.html',
      'json-ld.html',
      'opengraph.html',
      'saved/Harbour-ferry-strike.html',
      'windows-1252.html',
    ]);
    expect(skipped).toEqual([]);
    expect(diagnostics.map((d) => [d.file, d.ruleId])).toEqual([
      ['saved/Harbour-ferry-strike_files', 'load/page-assets'],
      ['windows-1252.html', 'load/encoding'],
    ]);
  });

  it('reads a page in the encoding it declares, and says so', async () => {
    const bytes = Buffer.from('<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><p>\x93Quoted\x94</p></html>', 'latin1');
    const dir = await folder({ 'old.html': bytes });
    const { files, diagnostics } = await load(dir);
    expect(files[0]!.text).toContain('<title>Café</title>');
    expect(files[0]!.text).toContain('“Quoted”');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['load/encoding']);
  });

  it('reads a saved page the same from the stat file as from its bytes', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>'),
      Buffer.from([0xb1, 0xe6]),
    ]);
    const dir = await folder({ 'pl.html': bytes });
    const statFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-stat-')), 'files.json');
    const first = await load(dir, { statFile });
    const known = await readStatFile(statFile);
    expect(known.files.get('pl.html')).toMatchObject({ format: 'html', encoding: 'iso-8859-2', size: bytes.length });
    await writeStatFile(statFile, known.started + 3600_000, known.files);
    const second = await load(dir, { statFile });
    expect(second.files[0]!.text).toBe(first.files[0]!.text);
    expect(first.files[0]!.text).toContain('ąć');
  });
});

describe('decodeHtml', () => {
  it('follows a byte-order mark over any declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="shift_jis">é')]);
    expect(decodeHtml(bytes)).toMatchObject({ text: '<meta charset="shift_jis">é', encoding: 'UTF-8' });
  });

  it('reads valid UTF-8 as UTF-8 even when the page declares a legacy encoding', () => {
    const bytes = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>agency’s</p>');
    expect(decodeHtml(bytes)).toMatchObject({ text: '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>agency’s</p>', encoding: 'UTF-8' });
  });

  it('reads the declared encoding, and Windows-1252 when nothing is declared', () => {
    const sjis = Buffer.concat([Buffer.from('<meta charset="Shift_JIS"><p>'), Buffer.from([0x93, 0xfa, 0x96, 0x7b])]);
    expect(decodeHtml(sjis)).toMatchObject({ text: '<meta charset="Shift_JIS"><p>日本', encoding: 'shift_jis' });
    expect(decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0x80]))).toMatchObject({ text: '<p>€', encoding: 'Windows-1252' });
  });

  it('names the declared encoding by its standard name, with Windows-1252 for its aliases', () => {
    expect(declaredEncoding(Buffer.from('<meta charset=latin1>'))).toBe('Windows-1252');
    expect(declaredEncoding(Buffer.from("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=koi8-r'>"))).toBe('koi8-r');
    expect(declaredEncoding(Buffer.from('<meta charset="no-such-thing">'))).toBeNull();
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

describe('load with a stat file', () => {
  const unread = (f: { text: string }) => typeof Object.getOwnPropertyDescriptor(f, 'text')?.get === 'function';
  async function setUp(files: Record<string, string | Uint8Array>) {
    const dir = await folder(files);
    return { dir, statFile: path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-stat-')), 'files.json') };
  }
  /** The next build, an hour later: the stat file's load started an hour before it does. */
  async function anHourLater(statFile: string, change?: (files: Map<string, StatEntry>) => void) {
    const known = await readStatFile(statFile);
    change?.(known.files);
    await writeStatFile(statFile, known.started + 3600_000, known.files);
  }

  it('does not read again a file whose size, times and inode are unchanged, and reads its text when asked', async () => {
    const { dir, statFile } = await setUp({ 'a.md': '# A\n\nOne.', 'b.txt': Buffer.from('B\r\n\r\nCaf\xe9', 'latin1') });
    const first = await load(dir, { statFile });
    expect(first.files.some(unread)).toBe(false);
    // Written in the same instant as that load read them: not vouched for yet.
    expect((await load(dir, { statFile })).files.some(unread)).toBe(false);
    await anHourLater(statFile);
    const second = await load(dir, { statFile });
    expect(second.files.every(unread)).toBe(true);
    expect(second.files.map((f) => [f.file, f.hash, f.bytes, f.format])).toEqual(first.files.map((f) => [f.file, f.hash, f.bytes, f.format]));
    expect(second.diagnostics).toEqual(first.diagnostics); // the Windows-1252 file is still reported
    expect(second.files.map((f) => f.text)).toEqual(first.files.map((f) => f.text));
    expect(second.files.some(unread)).toBe(false); // read once, then kept
  });

  it('reads a file again when it changed, or when the stat file is damaged', async () => {
    const { dir, statFile } = await setUp({ 'a.md': '# A\n\nOne.', 'b.md': '# B\n\nTwo.' });
    await load(dir, { statFile });
    await anHourLater(statFile);
    await writeFile(path.join(dir, 'a.md'), '# A\n\nOne, and more.');
    const after = await load(dir, { statFile });
    expect(after.files.map((f) => [f.file, unread(f)])).toEqual([['a.md', false], ['b.md', true]]);
    expect(after.files[0]!.text).toBe('# A\n\nOne, and more.');
    // Same size, times put back: the change time still tells.
    const { mtime } = await stat(path.join(dir, 'b.md'));
    await anHourLater(statFile);
    await writeFile(path.join(dir, 'b.md'), '# B\n\nTwo!');
    await utimes(path.join(dir, 'b.md'), mtime, mtime);
    expect((await load(dir, { statFile })).files.find((f) => f.file === 'b.md')!.text).toBe('# B\n\nTwo!');
    await writeFile(statFile, 'dateline-files 3 started ');
    expect((await load(dir, { statFile })).files.some(unread)).toBe(false);
  });

  it('leaves the stat file as it is when it vouched for every file, and still sees a file edited, touched, deleted or added', async () => {
    const { dir, statFile } = await setUp({ 'a.md': '# A\n\nOne.', 'b.md': '# B\n\nTwo.', 'c.md': '# C\n\nThree.' });
    await load(dir, { statFile });
    await anHourLater(statFile);
    const vouched = await readFile(statFile, 'utf8');
    expect((await load(dir, { statFile })).files.every(unread)).toBe(true);
    expect(await readFile(statFile, 'utf8')).toBe(vouched);
    // Same size, a new modification time: read again.
    const { mtime } = await stat(path.join(dir, 'a.md'));
    await writeFile(path.join(dir, 'a.md'), '# A\n\nUne.');
    await utimes(path.join(dir, 'a.md'), mtime, new Date(mtime.getTime() + 1000));
    await unlink(path.join(dir, 'b.md'));
    await writeFile(path.join(dir, 'd.md'), '# D\n\nFour.');
    const after = await load(dir, { statFile });
    expect(after.files.map((f) => [f.file, unread(f)])).toEqual([['a.md', false], ['c.md', true], ['d.md', false]]);
    expect(after.files[0]!.text).toBe('# A\n\nUne.');
    expect([...(await readStatFile(statFile)).files.keys()]).toEqual(['a.md', 'c.md', 'd.md']);
    // Only touched, same bytes: read again, the same hash.
    await anHourLater(statFile);
    const hash = after.files[1]!.hash;
    await utimes(path.join(dir, 'c.md'), new Date(), new Date());
    const touched = (await load(dir, { statFile })).files.find((f) => f.file === 'c.md')!;
    expect([unread(touched), touched.hash]).toEqual([false, hash]);
  });

  it('keeps a file name with a tab or a line break in it, and reads again only the file whose entry is damaged', async () => {
    const { dir, statFile } = await setUp({ 'a\tb.md': '# A\n\nOne.', 'c\nd.md': '# C\n\nTwo.', 'e.md': '# E\n\nThree.' });
    await load(dir, { statFile });
    await anHourLater(statFile);
    expect((await load(dir, { statFile })).files.every(unread)).toBe(true);
    const text = await readFile(statFile, 'utf8');
    await writeFile(statFile, text.replace(/^("e\.md"\t\d+)/mu, '$1x'));
    expect((await load(dir, { statFile })).files.map((f) => [f.file, unread(f)])).toEqual([['a\tb.md', true], ['c\nd.md', true], ['e.md', false]]);
  });

  it('refuses a file whose bytes are not those its entry vouches for, naming it', async () => {
    const { dir, statFile } = await setUp({ 'a.md': '# A\n\nOne.' });
    await load(dir, { statFile });
    await anHourLater(statFile, (files) => (files.get('a.md')!.hash = '0'.repeat(64)));
    const [file] = (await load(dir, { statFile })).files;
    expect(file!.hash).toBe('0'.repeat(64));
    expect(() => file!.text).toThrow(/a\.md changed while the site was being built/);
  });
});
