/**
 * Every page of the demo archive is valid HTML for the Nu Html Checker, and
 * every internal link, asset and #fragment leads somewhere.
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { crawl, filesUnder, vnu } from '../support/checks.ts';

const site = inject('demoSite');

describe('the demo archive as a whole', () => {
  it('has no page the Nu Html Checker finds an error in', async () => {
    const pages = filesUnder(site, '.html');
    expect(pages.length).toBeGreaterThan(30);
    const errors = await vnu([site]);
    const summary = errors.map((e) => `${path.relative(site, decodeURIComponent((e.url ?? '').replace(/^file:/, '')))}:${e.lastLine ?? ''} ${e.message}`);
    expect(summary).toEqual([]);
    console.info(`vnu: ${pages.length} pages, ${errors.length} errors`);
  });

  it('has no broken internal link, asset or #fragment', () => {
    const result = crawl(site);
    expect(result.broken).toEqual([]);
    expect(result.pages).toBeGreaterThan(30);
    expect(result.links).toBeGreaterThan(result.pages * 10);
    console.info(`links: ${result.links} checked on ${result.pages} pages, ${result.broken.length} broken`);
  });
});
