/**
 * A scoring corpus of one cross-validation fold of the training pages, cut
 * from the corpus `make-dev-corpora.mjs` makes of all pages: for a build with
 * weights trained without that fold (`train.ts --write --without-fold K`),
 * scored by the project's scorer. The held-out pages are never copied.
 *
 * Usage: `node --import tsx tools/furniture/dev-corpus.ts ALL/wcxb-dev-copied OUT --fold K [dataDir]`
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir, foldsByHost, trainingPages } from './pages.ts';

const args = process.argv.slice(2);
const fold = Number(args[args.indexOf('--fold') + 1]);
const [from, to, dataDir] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--fold');
if (!from || !to || !Number.isInteger(fold)) throw new Error('usage: dev-corpus.ts ALL/wcxb-dev-copied OUT --fold K [dataDir]');
const pages = trainingPages(dataDir ?? defaultDataDir());
const folds = foldsByHost(pages.map((p) => p.host));
const chosen = new Set(pages.filter((_, i) => folds[i] === fold).map((p) => `${p.id}.txt`));
const gold = JSON.parse(readFileSync(join(from, 'gold.json'), 'utf8')) as { files: Record<string, unknown> };
rmSync(to, { recursive: true, force: true });
mkdirSync(join(to, 'content'), { recursive: true });
const files: Record<string, unknown> = {};
for (const name of Object.keys(gold.files).sort()) {
  if (!chosen.has(name)) continue;
  files[name] = gold.files[name];
  copyFileSync(join(from, 'content', name), join(to, 'content', name));
}
writeFileSync(join(to, 'gold.json'), JSON.stringify({ ...gold, description: `training pages, fold ${fold}`, files }));
console.log(`${Object.keys(files).length} pages of fold ${fold} -> ${to}`);
