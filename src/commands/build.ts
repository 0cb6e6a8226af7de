/** `dateline build`: the site of an archive, with a summary of what it holds and what went wrong. */
import type { Values } from './args.ts';
import type { ArchivePlan } from './archive.ts';
import { buildOptions, reportBuild } from './build-report.ts';
import { describeError } from './progress.ts';
import { reportConfig, type Terminal } from './terminal.ts';

/** Runs a build; returns the exit code: 1 when a file has an error or the build failed, 2 when the config has one. */
export async function buildCommand(plan: ArchivePlan, values: Values, term: Terminal): Promise<number> {
  if (reportConfig(plan.configDiagnostics, term)) return 2;
  // Modules are loaded by the command that needs them, so `--help` and `check` start fast.
  const { build } = await import('../build.ts');
  const started = performance.now();
  try {
    return reportBuild(await build(plan.contentDir, plan.outDir, buildOptions(plan, values, term, started)), plan, values, term, started);
  } catch (error) {
    term.error(`The build failed; the previous site in ${plan.outDir} is unchanged.\n${describeError(error)}`);
    return 1;
  }
}
