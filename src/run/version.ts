/**
 * The pipeline version the cache is keyed by: a hash of the code that
 * computes what is cached (every source file under `src/`) and of the
 * versions of the packages it calls. Editing a stage, a setting or a rule,
 * or upgrading remark or wink-nlp, gives a new version and a cold cache.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Hex SHA-256 of the sources under `src/` (by path order) and of package.json's dependencies. */
export async function pipelineVersion(srcDir = SRC): Promise<string> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/\.(ts|js|json)$/.test(entry.name)) files.push(full);
    }
  };
  await walk(srcDir);
  files.sort();
  const h = createHash('sha256');
  for (const f of files) {
    h.update(`${path.relative(srcDir, f)}\u0000`);
    h.update(await readFile(f));
  }
  try {
    const pkg = JSON.parse(await readFile(path.join(srcDir, '..', 'package.json'), 'utf8')) as { dependencies?: unknown };
    h.update(JSON.stringify(pkg.dependencies ?? {}));
  } catch {
    // No package.json beside the sources: the code's own hash is the version.
  }
  return h.digest('hex');
}
