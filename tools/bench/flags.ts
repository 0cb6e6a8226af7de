/**
 * The engine flags the `dateline` command runs under: what the first line
 * of bin/dateline.js gives `node`. The bench runs its builds under them, as
 * the command does, and the npm scripts pass them too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** The flags of the first line of bin/dateline.js (`#!/usr/bin/env -S node --flag …`). */
export function commandFlags(): string[] {
  const first = readFileSync(path.join(ROOT, 'bin', 'dateline.js'), 'utf8').split('\n')[0]!;
  const m = /^#!\/usr\/bin\/env -S node((?:\s+--\S+)*)\s*$/.exec(first);
  if (!m) throw new Error(`bin/dateline.js: the first line is not "#!/usr/bin/env -S node --flag …": ${first}`);
  return m[1]!.trim().split(/\s+/).filter(Boolean);
}
