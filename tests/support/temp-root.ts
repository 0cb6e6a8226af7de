/**
 * One temporary folder for a whole test run: `TMPDIR` points into it, so
 * every folder a test makes with `os.tmpdir()` (caches, contents, sites), and
 * whatever the programs the tests start write under `TMPDIR`, is removed
 * with it when the run ends, passed or failed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const MARK = 'DATELINE_TEST_TMPDIR';

export default function setup() {
  // Both projects run this; the first one makes the folder and removes it.
  if (process.env[MARK]) return () => {};
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-tests-'));
  const before = process.env.TMPDIR;
  process.env[MARK] = root;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    delete process.env[MARK];
    rmSync(root, { recursive: true, force: true });
  };
}
