/**
 * The command line is checked before any work: a mistake is told in one
 * plain sentence, with the nearest command or option, and nothing is built.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runDateline } from '../support/demo.ts';

let dir: string;
let content: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-args-'));
  content = path.join(dir, 'news');
  mkdirSync(content);
  writeFileSync(path.join(content, 'a.md'), '---\ntitle: Harbour Budget Debated\ndate: 2021-03-01\n---\nThe council met on Monday.\n');
});

/** Runs dateline in the temporary folder and says whether it made anything there. */
async function inDir(args: string[]) {
  const started = performance.now();
  const r = await runDateline(args, { cwd: dir });
  return { ...r, seconds: (performance.now() - started) / 1000, wrote: existsSync(path.join(dir, '_site')) || existsSync(path.join(dir, '.dateline')) };
}

describe('the command line', () => {
  it('gives the version with --version', async () => {
    const r = await inDir(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('refuses serve --port 99999 at once, in a plain sentence, without building', async () => {
    const r = await inDir(['serve', 'news', '--port', '99999']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('--port 99999 is not a port: give a whole number from 1 to 65535, such as 8080.');
    expect(r.wrote).toBe(false);
  });

  it('refuses a file given for the folder, naming the folder that holds it', async () => {
    const r = await inDir(['build', 'news/a.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"news\/a\.md" is a file; dateline build takes the folder that holds your articles \(here, "news"\)/);
    expect(r.wrote).toBe(false);
  });

  it('suggests the nearest option for an unknown one, and the nearest command for an unknown command', async () => {
    const flag = await inDir(['serve', 'news', '--prot', '8081']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^--prot is not an option of Dateline\. Did you mean --port\?/);
    expect(flag.stderr).not.toMatch(/TypeError|ERR_PARSE_ARGS|at /);
    const command = await inDir(['biuld', 'news']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^"biuld" is not a Dateline command\. Did you mean "dateline build"\?/);
    expect(flag.wrote || command.wrote).toBe(false);
  });

  it('says which command an option belongs to when given to another', async () => {
    const r = await inDir(['build', 'news', '--port', '8081']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('--port is an option of "dateline serve", not of "dateline build".');
  });

  it('shows each command’s own help', async () => {
    const build = await inDir(['build', '--help']);
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/^Usage: dateline build \[folder\]/);
    expect(build.stdout).toMatch(/--out <dir>/);
    expect(build.stdout).not.toMatch(/--port/);
    const check = await inDir(['check', '-h']);
    expect(check.stdout).toMatch(/--strict/);
    expect(check.stdout).not.toMatch(/--out/);
    const overview = await inDir([]);
    expect(overview.code).toBe(2);
    expect(overview.stderr).toMatch(/init .*\n.*build .*\n.*serve .*\n.*check /);
  });

  it('refuses an output folder inside the content folder, for build and for serve', async () => {
    for (const command of ['build', 'serve']) {
      const r = await inDir([command, 'news', '--out', 'news/site']);
      expect(r.code, r.output).toBe(2);
      expect(r.stderr).toMatch(/The output folder "news\/site" is inside the content folder "news": the next build would read the site back as articles/);
      expect(existsSync(path.join(content, 'site'))).toBe(false);
    }
  });
});
