/**
 * A reader in Debian's Chromium: home → event → article → the other reports,
 * on a plain static server, under a path prefix.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  // Serve the site under /archive/ to show that it needs no root of its own.
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-prefix-'));
  cpSync(inject('demoSite'), path.join(root, 'archive'), { recursive: true });
  server = await serveStatic(path.join(root, 'archive'), '/archive/');
  browser = await launchBrowser();
  page = await browser.newPage();
  collectErrors(page, errors);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reading the demo archive in a browser', () => {
  it('goes from home to an event, to an article, and along its cross-links', async () => {
    await page.goto(server.url);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Latest events');

    // The 2016 interview is the event with three reports.
    const event = page.locator('.item', { hasText: '3 reports' }).locator('a').first();
    await event.click();
    await page.waitForURL(/\/archive\/events\/[^/]+\/$/);
    const stories = page.locator('.stories > li > a.report-title');
    await expect(stories.count()).resolves.toBe(3);

    const titles = await stories.allTextContents();
    await stories.first().click();
    await page.waitForURL(/\/archive\/articles\/[^/]+\/$/);
    const first = await page.locator('h1').textContent();
    expect(titles).toContain(first);

    const others = page.locator('#event-reports + ul a');
    await expect(others.count()).resolves.toBe(2);
    const next = (await others.first().textContent())!;
    await others.first().click();
    await page.waitForURL(/\/archive\/articles\/[^/]+\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(next);
    // And back again: the second article links to the first.
    await expect(page.locator('#event-reports + ul a', { hasText: first! }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('loads the stylesheet under the path prefix', async () => {
    await page.goto(server.url);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});
