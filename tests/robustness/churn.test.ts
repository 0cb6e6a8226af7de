/**
 * Files that appear and disappear while a build reads the content folder
 * (an archivist's sync still running, an editor saving): the build finishes,
 * every file that was there throughout is published, and every file the
 * archive names is accounted for once, in articles or in skipped.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { runDateline } from '../support/demo.ts';

const STABLE = 300;
const DOOMED = 150;
const NEWCOMERS = 150;

const article = (name: string, i: number) =>
  `---\ntitle: ${name} report number ${i}\ndate: 2021-0${1 + (i % 9)}-1${i % 10}\nsource: Churn Gazette\n---\n` +
  `Council ${name} ${i} met on the ${i}th to discuss budget line ${i * 7}. ` +
  `Members voted ${i % 11} to ${(i * 3) % 13} on the proposal of district ${i % 17}.\n\n` +
  `A second paragraph about item ${i}, street ${i * 13} and the school of ward ${i % 23}.\n`;

let content: string;
let out: string;
let result: Awaited<ReturnType<typeof runDateline>>;
let archive: ArchiveJson;
const stable: string[] = [];
const doomed: string[] = [];
const newcomers: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-churn-'));
  content = path.join(dir, 'content');
  out = path.join(dir, '_site');
  for (let i = 0; i < STABLE; i++) stable.push(`stable-${String(i).padStart(3, '0')}.md`);
  for (let i = 0; i < DOOMED; i++) doomed.push(`doomed-${String(i).padStart(3, '0')}.md`);
  for (let i = 0; i < NEWCOMERS; i++) newcomers.push(`newcomer-${String(i).padStart(3, '0')}.md`);
  mkdirSync(content, { recursive: true });
  stable.forEach((f, i) => writeFileSync(path.join(content, f), article('Stable', i)));
  doomed.forEach((f, i) => writeFileSync(path.join(content, f), article('Doomed', i)));

  const build = runDateline(['build', content, '--out', out, '--no-search']);
  // Churn from the moment the build starts: one file gone and one new file every millisecond or so.
  let done = false;
  void build.then(() => (done = true));
  for (let i = 0; i < Math.max(DOOMED, NEWCOMERS) && !done; i++) {
    if (i < DOOMED) rmSync(path.join(content, doomed[i]!), { force: true });
    if (i < NEWCOMERS) writeFileSync(path.join(content, newcomers[i]!), article('Newcomer', i));
    await new Promise((r) => setTimeout(r, 1));
  }
  result = await build;
  archive = JSON.parse(readFileSync(path.join(out, 'archive.json'), 'utf8'));
}, 300_000);

describe('a build while files come and go', () => {
  it('finishes and publishes the site', () => {
    expect(result.code, result.output).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
  });

  it('publishes every file that was there from start to end', () => {
    const published = new Set(archive.articles.map((a) => a.file));
    expect(stable.filter((f) => !published.has(f))).toEqual([]);
  });

  it('names each file at most once, and only files that existed', () => {
    const named = [...archive.articles.map((a) => a.file), ...archive.skipped.map((s) => s.file)];
    expect(new Set(named).size).toBe(named.length);
    const known = new Set([...stable, ...doomed, ...newcomers]);
    expect(named.filter((f) => !known.has(f))).toEqual([]);
  });

  it('says why a file that was listed but gone before it was read is missing', () => {
    for (const s of archive.skipped) {
      expect(doomed, `${s.file}: ${s.reason}`).toContain(s.file);
      expect(s.reason).toMatch(/disappeared/);
    }
  });
});
