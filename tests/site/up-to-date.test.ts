/**
 * A rebuild of a site whose content, settings and code are those it was
 * built from has nothing to do: it analyses nothing, writes nothing, and
 * says what the build that made the site said. Any change of content or
 * settings builds again.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { slotsDir } from '../../src/output/publish.ts';
import { ROOT, runDateline } from '../support/demo.ts';

let content: string;
let out: string;
const runs: Awaited<ReturnType<typeof runDateline>>[] = [];
const mtimes: number[] = [];
/** Whether each of the two trees had its manifest after build 4. */
let manifestsAfterUpToDate: boolean[] = [];
/** The content file edited in builds 5 and 6. */
let firstFile = '';
const summary = (output: string) => output.split('\n').filter((l) => !/^\s+\d|^Wrote |is up to date/.test(l));

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-up-to-date-'));
  content = path.join(dir, 'content');
  out = path.join(dir, '_site');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const build = async (...extra: string[]) => {
    runs.push(await runDateline(['build', content, '--out', out, '--no-search', ...extra]));
    mtimes.push(statSync(path.join(out, 'index.html')).mtimeMs);
  };
  await build(); // 0: the first build
  await build(); // 1: nothing changed
  const first = path.join(content, readFileSync(path.join(out, 'archive.json'), 'utf8').match(/"file": "([^"]+)"/)![1]!);
  firstFile = first;
  writeFileSync(first, readFileSync(first)); // 2: same bytes written again
  await build();
  await build('--title', 'Another Archive'); // 3: a setting changed
  await build('--title', 'Another Archive'); // 4: nothing changed again
  manifestsAfterUpToDate = ['a', 'b'].map((t) => existsSync(path.join(slotsDir(out), `${t}.manifest.json`)));
  writeFileSync(first, `${readFileSync(first, 'utf8')}\nA paragraph added by an editor.\n`); // 5: content changed
  await build('--title', 'Another Archive');
  // 6: one word of that paragraph changed, so that nothing but the text changes (not its length, not its description)
  writeFileSync(first, readFileSync(first, 'utf8').replace('A paragraph added by an editor.', 'A paragraph amended by an editor.'));
  await build('--title', 'Another Archive');
}, 300_000);

describe('a rebuild with nothing changed', () => {
  it('exits 0 every time', () => {
    for (const r of runs) expect(r.code, r.output).toBe(0);
  });

  it('says the site is up to date, prints the same summary, and rewrites no file', () => {
    for (const k of [1, 2, 4]) {
      expect(runs[k]!.output).toMatch(/is up to date/);
      expect(mtimes[k]).toBe(mtimes[k - 1]);
    }
    expect(summary(runs[1]!.output)).toEqual(summary(runs[0]!.output));
    expect(runs[1]!.output).not.toMatch(/ s {2}(?:parse|events|render)\b/);
    expect(runs[0]!.output).toMatch(/ s {2}(?:parse|events|render)\b/);
  });

  it('leaves the tree that is not published as it was, with its manifest, for the next build to update', () => {
    // Builds 0 and 3 wrote one tree each; build 4 found the site up to date. Without the other tree's
    // manifest, the next build would empty that tree and write every file of the site again.
    expect(manifestsAfterUpToDate).toEqual([true, true]);
  });

  it('builds again when a setting or the content changed', () => {
    for (const k of [0, 3, 5]) expect(runs[k]!.output).not.toMatch(/is up to date/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('Another Archive');
    expect(runs[6]!.output).not.toMatch(/is up to date/);
    expect(readFileSync(path.join(out, 'archive.json'), 'utf8')).toContain('A paragraph amended by an editor.');
  });

  it('renders the edited article’s page again, with its new text', () => {
    // A page's input holds a digest of the article's kept blocks in place of its text: the digest must move with the text.
    const articles = JSON.parse(readFileSync(path.join(out, 'archive.json'), 'utf8')).articles as { file: string; url: string }[];
    const edited = articles.find((a) => path.join(content, a.file) === firstFile)!;
    expect(readFileSync(path.join(out, edited.url, 'index.html'), 'utf8')).toContain('A paragraph amended by an editor.');
  });
});
