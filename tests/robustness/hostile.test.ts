/**
 * Article text is untrusted. A corpus of injection attempts through every
 * front-matter field and the body: nothing runs in the browser, and nothing
 * is written outside the output folder.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveJson } from '../../src/output/export.ts';
import { launchBrowser } from '../support/browser.ts';
import { ROOT, runDateline } from '../support/demo.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

let dir: string;
let out: string;
let result: Awaited<ReturnType<typeof runDateline>>;
let archive: ArchiveJson;
let browser: Browser;
let server: StaticServer;

function htmlPages(root: string, rel = ''): string[] {
  const pages: string[] = [];
  for (const e of readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory() && e.name !== 'pagefind') pages.push(...htmlPages(root, r));
    else if (e.name.endsWith('.html')) pages.push(r);
  }
  return pages.sort();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-hostile-'));
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'hostile'), path.join(dir, 'content'), { recursive: true });
  out = path.join(dir, '_site');
  result = await runDateline(['build', path.join(dir, 'content'), '--out', out]);
  archive = JSON.parse(readFileSync(path.join(out, 'archive.json'), 'utf8'));
  server = await serveStatic(out);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile input', () => {
  it('builds, keeping every hostile article as text', () => {
    expect(result.code, result.output).toBe(0);
    expect(archive.articles).toHaveLength(6);
    const fm = archive.articles.find((a) => a.file === 'front-matter-injection.md')!;
    expect(fm.title).toContain("<script>window.__pwned='title'</script>");
  });

  it('writes nothing outside the output folder', () => {
    expect(readdirSync(dir).filter((n) => !n.startsWith('.')).sort()).toEqual(['_site', 'content']);
    expect(existsSync('/tmp/dateline-escaped')).toBe(false);
    for (const a of archive.articles) expect(a.url).toMatch(/^\/articles\/[^./][^/]*\/$/);
  });

  it('drops links that are not http(s) from the original-article link', () => {
    const page = readFileSync(path.join(out, archive.articles.find((a) => a.file === 'front-matter-injection.md')!.url.slice(1), 'index.html'), 'utf8');
    expect(page).not.toContain('javascript:');
  });

  it('runs no injected script on any page, and leaves no event handler, frame or foreign script in the DOM', async () => {
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(15);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    for (const rel of pages) {
      await page.goto(server.url + rel);
      // Hover and click everything that could carry a handler.
      const findings = await page.evaluate(() => {
        const bad: string[] = [];
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const attr of Array.from(el.attributes)) {
            if (/^on/i.test(attr.name)) bad.push(`${el.tagName} ${attr.name}`);
            if (/^\s*(javascript|vbscript|data):/i.test(attr.value) && /^(href|src|action|formaction|xlink:href)$/i.test(attr.name)) bad.push(`${el.tagName} ${attr.name}=${attr.value}`);
          }
          el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        }
        for (const s of Array.from(document.querySelectorAll('script'))) {
          const src = s.getAttribute('src') ?? '';
          const ok = s.type === 'application/ld+json' || /assets\/site\.js$|pagefind\/pagefind-ui\.js$/.test(src);
          if (!ok) bad.push(`script ${src || s.textContent?.slice(0, 40)}`);
          if (s.type === 'application/ld+json') JSON.parse(s.textContent ?? '');
        }
        // The search page's own form (id "search", in the template) is the only form the site has.
        for (const t of ['iframe', 'object', 'embed', 'form:not(#search)', 'style', 'svg', 'base', 'meta[http-equiv="refresh"]']) {
          if (document.querySelector(`main ${t}`)) bad.push(`main ${t}`);
        }
        if (document.querySelectorAll('form').length > (document.querySelector('form#search.search-form') ? 1 : 0)) bad.push('extra form');
        return { bad, pwned: (window as any).__pwned ?? null };
      });
      expect(findings, rel).toEqual({ bad: [], pwned: null });
    }
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('keeps the JSON-LD of an article a single, valid script element', () => {
    const a = archive.articles.find((x) => x.file === 'json-ld-breakout.md')!;
    const page = readFileSync(path.join(out, a.url.slice(1), 'index.html'), 'utf8');
    const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]![1]!).headline).toBe(a.title);
  });
});
