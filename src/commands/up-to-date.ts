/**
 * `dateline build` of a site that is up to date, answered before the rest of
 * the command is loaded: bin/dateline.js runs a compiled copy of this module
 * (and of what it imports, nothing of the analysis or the rendering) first,
 * and starts the TypeScript loader and the whole command only when this
 * gives no answer.
 */
import { readInputs, upToDate } from '../up-to-date.ts';
import { readCommandLine, type Values } from './args.ts';
import { planArchive, type ArchivePlan } from './archive.ts';
import { buildOptions, reportBuild } from './build-report.ts';
import { terminal, type Terminal } from './terminal.ts';

/**
 * The exit code of `dateline build` when the site is up to date, after
 * printing what the command prints then; null for any other command line, a
 * config with something to say, or a site to build, which the whole command
 * then handles (and reports) itself.
 */
export async function upToDateCommand(argv: string[]): Promise<number | null> {
  let plan: ArchivePlan;
  let values: Values;
  try {
    const request = readCommandLine(argv);
    if (request.kind !== 'run' || request.command !== 'build') return null;
    values = request.values;
    plan = planArchive('build', request.folder, values);
  } catch {
    return null;
  }
  if (plan.configDiagnostics.length > 0) return null;
  const term = terminal(values.quiet ?? false);
  const started = performance.now();
  // The lines of progress are held back: when there is work, the whole command prints its own.
  const held: string[] = [];
  const holding: Terminal = { ...term, note: (line) => held.push(line) };
  const options = buildOptions(plan, values, holding, started);
  let result;
  try {
    const read = await readInputs(plan.contentDir, plan.outDir, options);
    result = upToDate(read, {});
  } catch {
    return null;
  }
  if (!result) return null;
  for (const line of held) term.note(line);
  return reportBuild(result, plan, values, term, started);
}
