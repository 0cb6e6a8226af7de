/**
 * From an empty folder outside any clone: install the package as a user
 * would (the packed tarball, installed globally into a prefix of its own,
 * from the registry's cache), start an archive with `dateline init`, build
 * it, and open the site. The command must find its own loader and
 * templates from where it is installed, not from the working folder.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { ROOT } from '../support/demo.ts';

const run = promisify(execFile);

let dir: string;
let prefix: string;
let browser: Browser | undefined;

/** Runs the installed command in `cwd`, with a PATH that holds no clone. */
function dateline(args: string[], cwd: string) {
  const env = { ...process.env, PATH: `${path.join(prefix, 'bin')}:/usr/local/bin:/usr/bin:/bin`, NODE_PATH: '', NODE_OPTIONS: '' };
  return run(path.join(prefix, 'bin', 'dateline'), args, { cwd, env });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-install-'));
  prefix = path.join(dir, 'prefix');
  const packed = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT });
  const tarball = path.join(dir, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
  // The dependencies come from npm's cache when it has them (it does after `npm ci`), else from the registry.
  await run('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball], { cwd: dir });
});

afterAll(async () => {
  await browser?.close();
});

describe('installed outside the clone', () => {
  it('ships the command, its sources and templates, not the tests', () => {
    const installed = path.join(prefix, 'lib', 'node_modules', 'dateline-archive');
    for (const f of ['bin/dateline.js', 'src/cli.ts', 'layouts/article.11ty.ts', '.eleventy.ts']) expect(existsSync(path.join(installed, f)), f).toBe(true);
    expect(existsSync(path.join(installed, 'tests'))).toBe(false);
  });

  it('starts an archive with init, builds it, and the site opens', async () => {
    const work = path.join(dir, 'work');
    mkdirSync(work);
    const init = await dateline(['init', 'my-archive', '--title', 'Harbour News'], work);
    expect(init.stdout).toMatch(/Next: cd my-archive && dateline serve/);
    const archive = path.join(work, 'my-archive');
    expect(readFileSync(path.join(archive, 'dateline.config.yml'), 'utf8')).toMatch(/^title: "Harbour News"$/m);

    const build = await dateline(['build'], archive);
    expect(build.stdout).toMatch(/^2 articles .* in 1 event/);
    expect(build.stdout).toMatch(/^0 errors, 0 warnings/m);
    const home = path.join(archive, '_site', 'index.html');
    expect(existsSync(home)).toBe(true);

    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`file://${home}`);
    expect(await page.title()).toMatch(/Harbour News/);
    await page.locator('main a', { hasText: /bridge/i }).first().click();
    await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/bridge/i);
  });
});
