/**
 * The generated archive the site and browser tests read besides the demo:
 * a thousand articles (tests/support/corpus.ts: twelve outlets, syndicated
 * copies, tags, two right-to-left articles), built once per test run by the
 * global setup with `dateline build --url …`, search index included.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeCorpus } from './corpus.ts';
import { runDateline } from './demo.ts';

/** Generated articles, besides the two right-to-left ones. */
export const LARGE_ARTICLES = 1000;
/** The address the archive is built for; the tests serve it under the same path. */
export const LARGE_SITE_URL = 'https://example.org/archive/';

/** How the build went. */
export interface LargeBuild {
  site: string;
  code: number;
  output: string;
  seconds: number;
}

/**
 * Writes the archive's content into `dir/content` and builds it into
 * `dir/_site`. While working on the tests, DATELINE_LARGE_SITE names a site
 * already built the same way, to skip the build.
 */
export async function buildLarge(dir: string): Promise<LargeBuild> {
  if (process.env.DATELINE_LARGE_SITE) return { site: process.env.DATELINE_LARGE_SITE, code: 0, output: '', seconds: 0 };
  const content = path.join(dir, 'content');
  const site = path.join(dir, '_site');
  mkdirSync(content, { recursive: true });
  writeCorpus(content, LARGE_ARTICLES);
  const t = performance.now();
  const r = await runDateline(['build', content, '--out', site, '--url', LARGE_SITE_URL, '--quiet']);
  return { site, code: r.code, output: r.output, seconds: Math.round((performance.now() - t) / 100) / 10 };
}
