// The up-to-date check of `dateline build` compiled to one JavaScript module (src/commands/up-to-date.ts and
// all it imports, zod and js-yaml included), so that it runs without starting tsx, whose loader thread and
// per-module hooks cost more than the check itself. It is made with esbuild the first time these sources are
// run and kept in the user's cache folder, named by a hash of the sources, so an edit of any of them makes a
// new one; when it cannot be made or read, the command runs through tsx as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = path.join(ROOT, 'src', 'commands', 'up-to-date.ts');
const PREFIX = 'up-to-date-';

/** Hash of every file under src/, of package.json (the versions of what is bundled) and of this file. */
function sourcesHash() {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else h.update(`${path.relative(ROOT, full)}\u0000`).update(readFileSync(full));
    }
  };
  walk(path.join(ROOT, 'src'));
  h.update(readFileSync(path.join(ROOT, 'package.json'))).update(readFileSync(fileURLToPath(import.meta.url)));
  return h.digest('hex').slice(0, 32);
}

/** The user's cache folder for Dateline (`$XDG_CACHE_HOME/dateline`, else `~/.cache/dateline`). */
function cacheFolder() {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'dateline');
}

/** Compiles the check into `file`: written whole, then renamed, so a reader never sees half of it; older copies removed. */
async function compile(file) {
  const { build } = await import('esbuild');
  // A module's own address, which the sources use to find the package's files, stays that of its source file.
  const ownAddress = {
    name: 'own-address',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => ({
        loader: 'ts',
        contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      }));
    },
  };
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [ownAddress],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, file);
  for (const name of readdirSync(dir)) if (name.startsWith(PREFIX) && path.join(dir, name) !== file) rmSync(path.join(dir, name), { force: true });
}

/** The compiled check's module (`upToDateCommand`), or null when it cannot be had. */
export async function compiledCheck() {
  try {
    const file = path.join(cacheFolder(), `${PREFIX}${sourcesHash()}.mjs`);
    if (!existsSync(file)) await compile(file);
    return await import(pathToFileURL(file).href);
  } catch {
    return null;
  }
}
