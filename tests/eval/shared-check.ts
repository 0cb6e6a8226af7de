/**
 * What a run without the shared folder leaves out, said plainly once: the
 * `eval` project skips itself when `../shared/data` is missing, and the unit
 * tests that read the seed articles are left out when `../shared/seeds` is
 * (they read it by that path, so `DATELINE_SHARED` does not move it). The
 * global setup of both projects.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT, hasSharedData, missingDataMessage } from '../../tools/eval/shared.ts';

/** Unit test files that read `../shared/seeds` while they are collected. */
export const SEED_TESTS = ['tests/events/seeds.test.ts', 'tests/parse/parse.test.ts', 'tests/boilerplate/strip.test.ts'];

/** Whether the seed articles are beside the repository. */
export function hasSeeds(): boolean {
  return existsSync(resolve(PROJECT_ROOT, '..', 'shared', 'seeds'));
}

const MARK = 'DATELINE_SHARED_CHECKED';

export default function setup(): void {
  if (process.env[MARK]) return;
  process.env[MARK] = '1';
  const lines: string[] = [];
  if (!hasSharedData()) lines.push(missingDataMessage());
  if (!hasSeeds()) lines.push(`../shared/seeds not found: ${SEED_TESTS.join(', ')} left out (they read the seed articles)`);
  if (lines.length) console.log(`\n${lines.join('\n')}\n`);
}
