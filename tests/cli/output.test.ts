/**
 * What build and check print: --quiet is errors only, always; counts are in
 * the right number; a skipped file is listed once; and everything a build
 * keeps for itself is in one hidden folder beside the site.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDateline } from '../support/demo.ts';

let dir: string;
let news: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-output-'));
  news = path.join(dir, 'news');
  mkdirSync(news);
  writeFileSync(
    path.join(news, 'a.md'),
    '---\ntitle: Harbour Budget Debated\ndate: 2021-03-01\nsource: Harbour Herald\n---\nThe council met on Monday to discuss the budget for the harbour repairs.\n',
  );
  writeFileSync(path.join(news, 'broken.md'), '---\ntitle: Q: who?\ndate: 2021-03-02\n---\nThe harbour master answered questions.\n');
  writeFileSync(path.join(news, 'late.md'), '---\ntitle: Ferry Timetable Changed\ndate: yesterday\n---\nThe ferry will leave an hour later from Monday.\n');
});

describe('build and check output', () => {
  it('--quiet prints the errors alone, with their place and hint, and still fails', async () => {
    const build = await runDateline(['build', news, '--out', path.join(dir, 'quiet', 'site'), '--no-search', '--quiet'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stdout).toBe('');
    expect(build.stderr).toMatch(/^broken\.md:2:9 {2}error {2}The front matter is not valid YAML: .*\n {4}hint: .*\n$/);
    const check = await runDateline(['check', news, '--quiet'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.output).toMatch(/^broken\.md:2:9 {2}error {2}.*\n {4}hint: .*\n$/);
    expect(check.output).not.toMatch(/warning|checked/);
  });

  it('says counts in the right number and lists a skipped file once', async () => {
    const out = path.join(dir, 'loud', 'site');
    const build = await runDateline(['build', news, '--out', out, '--no-search'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stdout).toMatch(/^2 articles \(0 syndicated copies\) in 2 events, 0 topics, 1 outlet; 1 file skipped\./);
    expect(build.stdout).toMatch(/^1 error, 1 warning, 0 notes\.$/m);
    expect(build.stdout.match(/broken\.md/g)).toHaveLength(1);
    const check = await runDateline(['check', news], { cwd: dir });
    expect(check.stdout).toMatch(/^3 files checked: 2 articles, 1 skipped; 1 error\.$/m);
  });

  it('leaves only the site and one hidden folder beside it', async () => {
    // The build of the test before wrote into loud/.
    expect(readdirSync(path.join(dir, 'loud')).sort()).toEqual(['.dateline', 'site']);
  });

  it('answers a rebuild with nothing changed from the compiled check, as the whole command would, and without it too', async () => {
    const out = path.join(dir, 'again', 'site');
    const cache = path.join(dir, 'user-cache');
    const env = { XDG_CACHE_HOME: cache };
    const build = await runDateline(['build', news, '--out', out, '--no-search'], { cwd: dir, env });
    const again = await runDateline(['build', news, '--out', out, '--no-search'], { cwd: dir, env });
    expect([again.code, again.stdout]).toEqual([build.code, build.stdout]);
    expect(again.stderr).toMatch(/is up to date/);
    const compiled = readdirSync(path.join(cache, 'dateline'));
    expect(compiled).toEqual([expect.stringMatching(/^up-to-date-[0-9a-f]{32}\.mjs$/)]);
    // The command runs the copy of its sources' version: one that answers 7 is taken at its word.
    const file = path.join(cache, 'dateline', compiled[0]!);
    const copy = readFileSync(file);
    writeFileSync(file, 'export async function upToDateCommand() { return 7; }\n');
    expect((await runDateline(['build', news, '--out', out, '--no-search'], { cwd: dir, env })).code).toBe(7);
    writeFileSync(file, copy);
    // With no cache folder to keep it in (a file stands in its way), the whole command answers.
    const blocked = path.join(dir, 'not-a-folder');
    writeFileSync(blocked, '');
    const without = await runDateline(['build', news, '--out', out, '--no-search'], { cwd: dir, env: { XDG_CACHE_HOME: blocked } });
    expect([without.code, without.stdout]).toEqual([build.code, build.stdout]);
    expect(without.stderr).toMatch(/is up to date/);
  });
});
