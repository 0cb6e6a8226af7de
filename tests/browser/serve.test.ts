/**
 * `dateline serve` as a person uses it: the page opens in Chromium with
 * search working, an article added to the content folder shows up in the
 * open page by itself (the page reloads after the rebuild) and in search,
 * and the terminal prints only what changed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { ROOT } from '../support/demo.ts';

/** How long a rebuild may take to reach the open page on a busy machine. */
const REBUILD = { timeout: 90_000, interval: 500 };

let dir: string;
let child: ChildProcess;
let output = '';
let url: string;
let browser: Browser;
let page: Page;
const errors: string[] = [];

/** A port nobody is listening on. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, 'localhost', resolve));
  const { port } = s.address() as { port: number };
  await new Promise((resolve) => s.close(resolve));
  return port;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-serve-'));
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'news'), { recursive: true });
  const port = await freePort();
  child = spawn(process.execPath, [path.join(ROOT, 'bin', 'dateline.js'), 'serve', 'news', '--out', 'site', '--port', String(port), '--path-prefix', '/archive/'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  for (const started = Date.now(); !/Serving site at \S+, with search/.test(output); ) {
    if (child.exitCode !== null || Date.now() - started > 240_000) throw new Error(`dateline serve did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  url = /Serving site at (\S+),/.exec(output)![1]!;
  browser = await launchBrowser();
  page = await browser.newPage();
  collectErrors(page, errors);
});

afterAll(async () => {
  await browser?.close();
  child?.kill('SIGTERM');
});

/** Types words into the search page's box and returns the status line once results are shown. */
async function search(words: string): Promise<string> {
  await page.goto(`${url}search/`);
  await page.waitForSelector('#search[data-ready]', { timeout: 30_000 });
  await page.fill('#search-q', words);
  await page.locator('#search-q').press('Enter');
  await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 30_000 }).toMatch(/reports? found/);
  return (await page.locator('#search-status').textContent())!;
}

describe('dateline serve', () => {
  it('serves the whole site under its path prefix, search included', async () => {
    expect(url).toMatch(/^http:\/\/localhost:\d+\/archive\/$/);
    expect(await search('Assad')).not.toMatch(/^No reports/);
    await page.waitForSelector('#search-results li', { timeout: 30_000 });
  });

  it('reloads the open page after an article is added, which search then finds', async () => {
    await page.goto(url);
    const before = output.length;
    writeFileSync(
      path.join(dir, 'news', 'lighthouse.md'),
      '---\ntitle: Lighthouse keepers return to Skerry Island\ndate: 2030-01-02\nsource: Island Courier\n---\nThe lighthouse on Skerry Island has keepers again after forty years, the harbour board said on Thursday.\n',
    );
    await expect.poll(() => page.locator('main').textContent(), REBUILD).toContain('Lighthouse keepers return to Skerry Island');
    expect(await search('Skerry')).toMatch(/^1 report found/);
    const rebuild = output.slice(before);
    expect(rebuild).toMatch(/Rebuilt in [\d.]+ s: 8 articles/);
    // Only what changed: the diagnostics the first build printed are not printed again.
    expect(rebuild).not.toMatch(/syndicated cop/);
    expect(errors).toEqual([]);
  });

  it('adds the live reload only to the pages it sends, never to the site on disk', () => {
    expect(readFileSync(path.join(dir, 'site', 'index.html'), 'utf8')).not.toContain('__dateline');
  });
});
