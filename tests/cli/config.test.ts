/**
 * An archive's dateline.config.yml gives the settings a person would
 * otherwise type on every build; an option on the command line wins over
 * it; `check` validates it, naming the file and the line.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDateline } from '../support/demo.ts';

let dir: string;

/** An archive folder with a config and one article; returns its path. */
function archive(name: string, config: string): string {
  const root = path.join(dir, name);
  mkdirSync(path.join(root, 'articles'), { recursive: true });
  writeFileSync(path.join(root, 'dateline.config.yml'), config);
  writeFileSync(
    path.join(root, 'articles', 'a.md'),
    '---\ntitle: Harbour Budget Debated\ndate: 2021-03-01\nsource: Harbour Herald\n---\nThe council met on Monday to discuss the budget for the harbour repairs.\n',
  );
  return root;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-config-'));
});

describe('the config file', () => {
  it('gives the title, address, path prefix, language, content and output folders; an option wins over it', async () => {
    const root = archive('harbour', 'title: Harbour Archive\nurl: https://example.org\npathPrefix: /harbour/\nlang: en-GB\ncontent: articles\nout: public\n');
    const r = await runDateline(['build', root, '--no-search'], { cwd: dir });
    expect(r.code, r.output).toBe(0);
    const home = readFileSync(path.join(root, 'public', 'index.html'), 'utf8');
    expect(home).toMatch(/<title>[^<]*Harbour Archive[^<]*<\/title>/);
    expect(home).toMatch(/<html lang="en-GB"/);
    expect(readFileSync(path.join(root, 'public', 'sitemap.xml'), 'utf8')).toContain('https://example.org/harbour/');
    expect(existsSync(path.join(dir, '_site'))).toBe(false);

    const over = await runDateline(['build', root, '--no-search', '--title', 'Quay Archive', '--out', path.join(dir, 'other')], { cwd: dir });
    expect(over.code, over.output).toBe(0);
    expect(readFileSync(path.join(dir, 'other', 'index.html'), 'utf8')).toMatch(/<title>[^<]*Quay Archive[^<]*<\/title>/);
  });

  it('is found in the working folder when no folder is given', async () => {
    const root = archive('here', 'title: Here\ncontent: articles\n');
    const r = await runDateline(['check'], { cwd: root });
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toMatch(/2 files checked: 1 article, 0 skipped; 0 errors\./);
  });

  it('is checked by check, each problem with the file and line; a broken setting fails the check and stops a build', async () => {
    const root = archive('bad', 'title: Bad\ncontent: articles\nurl: example.org\ntitel: Typo\n');
    const check = await runDateline(['check', 'bad'], { cwd: dir });
    expect(check.code, check.output).toBe(1);
    expect(check.stdout).toMatch(/bad\/dateline\.config\.yml:3\s+error\s+Setting "url" cannot be used: must be an http\(s\) address/);
    expect(check.stdout).toMatch(/bad\/dateline\.config\.yml:4\s+warning\s+"titel" is not a setting Dateline knows; did you mean "title"\?/);
    const build = await runDateline(['build', 'bad'], { cwd: dir });
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/dateline\.config\.yml:3\s+error/);
    expect(existsSync(path.join(root, '_site'))).toBe(false);
  });

  it('names the line of a YAML mistake in the config as the person sees it', async () => {
    archive('broken', 'title: Q: who?\ncontent: articles\n');
    const r = await runDateline(['check', 'broken'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/broken\/dateline\.config\.yml:1:9\s+error\s+The config file is not valid YAML: a value on this line holds a colon/);
  });
});
