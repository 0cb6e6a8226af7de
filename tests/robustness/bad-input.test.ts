/**
 * Whatever archivists feed it: every bad file gets a clear message naming the
 * file (and line), the build goes on, and every file is accounted for.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { ROOT, runDateline } from '../support/demo.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'bad-input');
let content: string;
let out: string;
let result: Awaited<ReturnType<typeof runDateline>>;
let archive: ArchiveJson;
let inputs: string[];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-bad-'));
  content = path.join(dir, 'content');
  out = path.join(dir, '_site');
  cpSync(FIXTURES, content, { recursive: true });
  // Large and deep inputs are made here rather than kept in git.
  writeFileSync(path.join(content, 'huge-20mb.txt'), `Huge Article\n\n${'All work and no play. '.repeat(1_000_000)}\n`);
  writeFileSync(path.join(content, 'one-mb-line.md'), `---\ntitle: One Long Line\n---\n${'word '.repeat(210_000)}\n`);
  writeFileSync(path.join(content, 'deep-nesting.md'), `---\ntitle: Deep Nesting\n---\n${'>'.repeat(5000)} deep\n\n${Array.from({ length: 500 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n')}\n`);
  writeFileSync(path.join(content, 'many-links.md'), `---\ntitle: Many Links\n---\n${Array.from({ length: 3000 }, (_, i) => `[link ${i}](https://example.org/${i})`).join(' ')}\n`);
  mkdirSync(path.join(content, 'loop'));
  writeFileSync(path.join(content, 'loop', 'inside.txt'), 'Inside The Loop\n\nA story inside a folder that links to itself.\n');
  symlinkSync(path.join(content, 'loop'), path.join(content, 'loop', 'again'));
  inputs = listInputs(content);
  result = await runDateline(['build', content, '--out', out, '--no-search']);
  archive = JSON.parse(readFileSync(path.join(out, 'archive.json'), 'utf8'));
}, 300_000);

function listInputs(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.name === 'again') out.push(rel);
    else if (e.isDirectory()) out.push(...listInputs(path.join(dir, e.name), `${rel}/`));
    else out.push(rel);
  }
  return out.sort();
}

describe('a build of the bad-input corpus', () => {
  it('finishes, publishes the good articles, and exits 1 because some files have errors', () => {
    expect(result.code, result.output).toBe(1);
    expect(archive.articles.length).toBeGreaterThan(8);
  });

  it('accounts for every input file, in articles or in skipped', () => {
    const seen = [...archive.articles.map((a) => a.file), ...archive.skipped.map((s) => s.file)].sort();
    expect(seen).toEqual(inputs);
  });

  it.each([
    ['malformed-yaml.md', /not valid YAML/],
    ['not-a-mapping.md', /not a set of `field: value` lines/],
    ['empty.md', /empty/],
    ['whitespace-only.txt', /empty/],
    ['image.png', /\.png/],
    ['disguised-binary.txt', /binary/],
    ['huge-20mb.txt', /over the limit/],
    ['loop/again', /leads back to a folder/],
  ])('skips %s with a reason a person can act on', (file, reason) => {
    const s = archive.skipped.find((x) => x.file === file);
    expect(s, file).toBeDefined();
    expect(s!.reason).toMatch(reason);
  });

  it('names the file and line of front-matter problems in the summary', () => {
    expect(result.stdout).toMatch(/malformed-yaml\.md:\d+(:\d+)?\s+error/);
    expect(result.stdout).toMatch(/wrong-types\.md:4\s+warning\s+Front-matter field "tags"/);
  });

  it('keeps articles with bad fields, dropping only the field', () => {
    const a = archive.articles.find((x) => x.file === 'wrong-types.md')!;
    expect(a).toMatchObject({ title: 'Wrong Types', date: '2021-03-03', dateSource: 'text' });
  });

  it('reads text that is not UTF-8', () => {
    expect(archive.articles.find((x) => x.file === 'windows-1252.txt')!.title).toBe('Café Owner Wins Award');
    expect(archive.articles.find((x) => x.file === 'windows-1252.txt')!.text).toContain('“thank you”');
    expect(archive.articles.find((x) => x.file === 'utf16.txt')!.title).toBe('UTF-16 Title');
  });

  it('builds pathological markdown without stalling', () => {
    for (const f of ['one-mb-line.md', 'deep-nesting.md', 'many-links.md']) {
      expect(archive.articles.find((x) => x.file === f), f).toBeDefined();
    }
    expect(result.stdout).toMatch(/deep-nesting\.md:\d+\s+warning\s+The Markdown has containers nested/);
  });

  it('gives titles of punctuation or of another script an address of their own', () => {
    expect(archive.articles.find((x) => x.file === 'punctuation-title.md')!.url).toBe('/articles/punctuation-title/');
    expect(archive.articles.find((x) => x.file === 'arabic-title.md')!.url).toBe('/articles/انفجار-في-بيروت/');
    const dupes = archive.articles.filter((x) => x.title === 'Same Title').map((x) => x.url);
    expect(new Set(dupes).size).toBe(2);
  });

  it('ignores dates outside the years 1000 to 9999, with a warning', () => {
    expect(archive.articles.find((x) => x.file === 'date-far-past.md')!.date).toBeNull();
    expect(archive.articles.find((x) => x.file === 'date-far-future.md')!.date).toBeNull();
    expect(result.stdout).toMatch(/date-far-past\.md.*outside the years 1000 to 9999/);
  });

  it('writes nothing outside the output folder for a slug that tries to climb out', () => {
    const a = archive.articles.find((x) => x.file === 'slug-traversal.md')!;
    expect(a.url).toBe('/articles/etc-passwd/');
  });
});
