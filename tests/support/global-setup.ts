/**
 * Builds the two archives the integration and browser tests read, once per
 * run and side by side, with the real `dateline build` (Eleventy and
 * Pagefind included): the demo (the five seed articles) and a generated
 * archive of a thousand articles (tests/support/large.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDemo } from './demo.ts';
import { buildLarge, type LargeBuild } from './large.ts';

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-demo-'));
  const site = path.join(dir, '_site');
  const [result, large] = await Promise.all([buildDemo(site), buildLarge(path.join(dir, 'large'))]);
  project.provide('demoSite', site);
  project.provide('demoExitCode', result.code);
  project.provide('demoOutput', result.output);
  project.provide('largeBuild', large);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoSite: string;
    demoExitCode: number;
    demoOutput: string;
    largeBuild: LargeBuild;
  }
}
