/**
 * The README's screenshots, taken in Debian's Chromium from a built site:
 *
 *   node bin/dateline.js build content --out /tmp/demo
 *   node --import tsx tests/support/screenshots.ts /tmp/demo docs/screenshots [query] [--only=name,…] [--article=id]
 *
 * `home`; `event` (the one with most reports) and `coverage` (its coverage
 * strip alone); `article` (the first report of that event, or the article
 * `--article` names); `search` (the
 * search page with a query, default `asylum`) and `search-grouped` (its
 * results grouped by event); at 1200 px wide. `--only` takes some of them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './server.ts';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const [siteDir, outDir, query = 'asylum'] = args.filter((a) => !a.startsWith('--'));
if (!siteDir || !outDir) {
  process.stderr.write('Usage: node --import tsx tests/support/screenshots.ts <site folder> <output folder> [query] [--only=name,…]\n');
  process.exit(2);
}
const archive = JSON.parse(readFileSync(path.join(siteDir, 'archive.json'), 'utf8')) as {
  events: { url: string; articles: string[] }[];
  articles: { id: string; url: string }[];
};
const event = [...archive.events].sort((a, b) => b.articles.length - a.articles.length)[0]!;
const chosen = args.find((a) => a.startsWith('--article='))?.slice('--article='.length) ?? event.articles[0];
const article = archive.articles.find((a) => a.id === chosen)!;
const results = async (p: Page) => {
  await p.waitForSelector('#search-results li', { timeout: 30_000 });
};
/** Name, address, what to wait for, and the element to take alone (default: the window). */
const shots: [string, string, ((p: Page) => Promise<void>) | null, string | null][] = [
  ['home', '/', null, null],
  ['event', event.url, null, null],
  ['coverage', event.url, null, '.glance'],
  ['article', article.url, null, null],
  ['search', `/search/?q=${encodeURIComponent(query)}`, results, null],
  ['search-grouped', `/search/?q=${encodeURIComponent(query)}&group=event`, results, null],
];

mkdirSync(outDir, { recursive: true });
const server = await serveStatic(siteDir, '/');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  await page.emulateMedia({ colorScheme: 'light' });
  for (const [name, url, wait, element] of shots.filter(([name]) => !only || only.includes(name))) {
    await page.goto(server.url + url.slice(1));
    if (wait) await wait(page);
    const file = path.join(outDir, `${name}.png`);
    if (element && (await page.locator(element).count())) await page.locator(element).screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: false });
    process.stdout.write(`${file}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
