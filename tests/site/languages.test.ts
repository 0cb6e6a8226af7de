/**
 * Issue 27, languages: an Arabic and a French article pasted without front
 * matter are built into pages marked with their language and direction,
 * dated from their text, with the outlet their source line names, at
 * addresses a reader can read.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { runDateline } from '../support/demo.ts';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'languages');
let out: string;
let archive: ArchiveJson;
let build: { code: number; output: string };

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-languages-'));
  const content = path.join(dir, 'content');
  out = path.join(dir, '_site');
  mkdirSync(content, { recursive: true });
  for (const f of ['arabic-pasted.txt', 'french-pasted.txt']) copyFileSync(path.join(FIXTURES, f), path.join(content, f));
  build = await runDateline(['build', content, '--out', out, '--no-search']);
  archive = JSON.parse(readFileSync(path.join(out, 'archive.json'), 'utf8'));
}, 300_000);

const articleOf = (file: string) => archive.articles.find((a) => a.file === file)!;
/** The page of an article, read from its file on disk (the address percent-decoded is the folder's name). */
const pageOf = (url: string) => readFileSync(path.join(out, ...url.split('/').filter(Boolean), 'index.html'), 'utf8');

describe('pasted articles in Arabic and French (issue 27)', () => {
  it('build', () => {
    expect(build.code, build.output).toBe(0);
    expect(archive.articles).toHaveLength(2);
  });

  it('mark the Arabic page right to left in Arabic, the French one in French', () => {
    const ar = articleOf('arabic-pasted.txt');
    const fr = articleOf('french-pasted.txt');
    expect([ar.lang, fr.lang]).toEqual(['ar', 'fr']);
    expect(pageOf(ar.url)).toContain('<h1 lang="ar" dir="rtl">');
    expect(pageOf(ar.url)).toContain('<div class="story-body" lang="ar" dir="rtl">');
    expect(pageOf(fr.url)).toContain('<h1 lang="fr" dir="ltr">');
  });

  it('date each from the date its text states', () => {
    expect(articleOf('arabic-pasted.txt')).toMatchObject({ date: '2024-04-03', dateSource: 'text' });
    expect(articleOf('french-pasted.txt')).toMatchObject({ date: '2024-03-12', dateSource: 'text' });
    expect(pageOf(articleOf('arabic-pasted.txt').url)).toContain('<time datetime="2024-04-03">');
  });

  it('name the outlet their source line gives', () => {
    expect(articleOf('arabic-pasted.txt').source).toBe('وكالة أنباء الشمال');
    expect(articleOf('french-pasted.txt').source).toBe('Le Courrier du Rhône');
  });

  it('publish them at addresses of words, not stray digits', () => {
    expect(articleOf('arabic-pasted.txt').url).toBe('/articles/افتتاح-مكتبة-عامة-جديدة-في-وسط-حلب-بعد-ترميم-استمر-عامين/');
    expect(articleOf('french-pasted.txt').url).toBe('/articles/lyon-inaugure-une-passerelle-pietonne-au-dessus-de-la-saone/');
    const event = archive.events.find((e) => e.articles.includes(articleOf('arabic-pasted.txt').id))!;
    expect(event.url).toBe('/events/afttah-mktbt-eamt-jdydt-fy-wst-hlb-bed-trmym-astmr-eamyn/');
    expect(existsSync(path.join(out, 'events', event.id, 'index.html'))).toBe(true);
  });
});
