/** `dateline build`: the site of an archive, with a summary of what it holds and what went wrong. */
import type { Values } from './args.ts';
import type { ArchivePlan } from './archive.ts';
import { describeError, elapsed, progressPrinter } from './progress.ts';
import { reportConfig, type Terminal } from './terminal.ts';

/** Runs a build; returns the exit code: 1 when a file has an error or the build failed, 2 when the config has one. */
export async function buildCommand(plan: ArchivePlan, values: Values, term: Terminal): Promise<number> {
  if (reportConfig(plan.configDiagnostics, term)) return 2;
  // Modules are loaded by the command that needs them, so `--help` and `check` start fast.
  const { build } = await import('../build.ts');
  const { summarise, errorsOnly } = await import('../report.ts');
  const started = performance.now();
  const out = plan.outDir;
  try {
    const result = await build(plan.contentDir, out, {
      site: plan.site,
      search: !values['no-search'],
      onStage: (stage, detail) => term.note(`  ${elapsed(started)}  ${stage}${detail ? ` (${detail})` : ''}`),
      ...(term.quiet ? {} : { onProgress: progressPrinter(started) }),
    });
    if (term.quiet) {
      for (const line of errorsOnly(result.report.diagnostics)) term.error(line);
    } else {
      term.print(summarise(result.report, { verbose: values.verbose ?? false }));
    }
    for (const note of result.notes) term.note(note);
    if (result.upToDate) {
      term.note(`The site in ${out} is up to date: its content, settings and code are those it was built from (checked in ${elapsed(started)}); nothing written.`);
    } else {
      term.note(`Wrote ${result.files} files to ${out} in ${elapsed(started)}; ${result.indexed} pages searchable.`);
    }
    return result.report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  } catch (error) {
    term.error(`The build failed; the previous site in ${out} is unchanged.\n${describeError(error)}`);
    return 1;
  }
}
