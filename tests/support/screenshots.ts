/**
 * The README's screenshots, taken in Debian's Chromium from a built site:
 *
 *   node bin/dateline.js build content --out /tmp/demo
 *   node --import tsx tests/support/screenshots.ts /tmp/demo docs/screenshots
 *
 * Home, an event (the one with most reports), an article (the first report
 * of that event) and the search page with a query, at 1200 px wide.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './server.ts';

const [siteDir, outDir] = process.argv.slice(2);
if (!siteDir || !outDir) {
  process.stderr.write('Usage: node --import tsx tests/support/screenshots.ts <site folder> <output folder>\n');
  process.exit(2);
}
const archive = JSON.parse(readFileSync(path.join(siteDir, 'archive.json'), 'utf8')) as {
  events: { url: string; articles: string[] }[];
  articles: { id: string; url: string }[];
};
const event = [...archive.events].sort((a, b) => b.articles.length - a.articles.length)[0]!;
const article = archive.articles.find((a) => a.id === event.articles[0])!;
const shots: [string, string, ((p: import('playwright-core').Page) => Promise<void>)?][] = [
  ['home', '/'],
  ['event', event.url],
  ['article', article.url],
  [
    'search',
    '/search/?q=asylum',
    async (p) => {
      await p.waitForSelector('#search-results li', { timeout: 30_000 });
    },
  ],
];

mkdirSync(outDir, { recursive: true });
const server = await serveStatic(siteDir, '/');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  await page.emulateMedia({ colorScheme: 'light' });
  for (const [name, url, wait] of shots) {
    await page.goto(server.url + url.slice(1));
    if (wait) await wait(page);
    await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: false });
    process.stdout.write(`${path.join(outDir, `${name}.png`)}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
