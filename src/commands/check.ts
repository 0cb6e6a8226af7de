/** `dateline check`: every article and the config read and checked, nothing built. */
import { existsSync } from 'node:fs';
import type { Diagnostic } from '../model/types.ts';
import { count } from '../text/count.ts';
import type { Values } from './args.ts';
import type { ArchivePlan } from './archive.ts';
import type { Terminal } from './terminal.ts';

/** Runs a check; returns 1 when there are errors (with `--strict`, warnings too). */
export async function checkCommand(plan: ArchivePlan, values: Values, term: Terminal): Promise<number> {
  const { load } = await import('../load/index.ts');
  const { parse } = await import('../analyse/per-article/parse/index.ts');
  const { formatDiagnostic } = await import('../model/messages.ts');
  // A broken config may name no usable content folder: it is then the config alone that is checked.
  const loaded = existsSync(plan.contentDir) ? await load(plan.contentDir) : { files: [], skipped: [], diagnostics: [] };
  const parsed = parse(loaded.files);
  // Articles are named relative to the content folder, as in a build's report; the config by its own path.
  const diagnostics = [...plan.configDiagnostics, ...loaded.diagnostics, ...parsed.diagnostics];
  const fails = (d: Diagnostic) => d.severity === 'error' || (values.strict === true && d.severity === 'warning');
  const failing = diagnostics.filter(fails);
  for (const d of diagnostics) {
    // What fails the check is its output, printed with --quiet too.
    if (fails(d)) process.stdout.write(`${formatDiagnostic(d)}\n`);
    else if (d.severity !== 'info' || values.verbose) term.print(formatDiagnostic(d));
  }
  const files = loaded.files.length + loaded.skipped.length + (plan.configFile ? 1 : 0);
  const problems = values.strict ? count(failing.length, 'error or warning', 'errors and warnings') : count(failing.length, 'error');
  term.print(`${count(files, 'file')} checked: ${count(parsed.articles.length, 'article')}, ${loaded.skipped.length + parsed.skipped.length} skipped; ${problems}.`);
  return failing.length ? 1 : 0;
}
