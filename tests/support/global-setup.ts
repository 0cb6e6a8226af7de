/**
 * Builds the demo archive once, with the real `dateline build` (Eleventy and
 * Pagefind included), for the integration and browser tests to read.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDemo } from './demo.ts';

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-demo-'));
  const site = path.join(dir, '_site');
  const result = await buildDemo(site);
  project.provide('demoSite', site);
  project.provide('demoExitCode', result.code);
  project.provide('demoOutput', result.output);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoSite: string;
    demoExitCode: number;
    demoOutput: string;
  }
}
