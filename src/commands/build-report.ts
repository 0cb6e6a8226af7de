/**
 * How `dateline build` runs a build and tells its outcome: shared by the
 * whole command and by the check that answers alone when the site is up to
 * date (up-to-date.ts), which must not load the build itself.
 */
import type { BuildOptions, BuildResult } from '../build.ts';
import { errorsOnly, summarise } from '../report.ts';
import type { Values } from './args.ts';
import type { ArchivePlan } from './archive.ts';
import { elapsed, progressPrinter } from './progress.ts';
import type { Terminal } from './terminal.ts';

/** The options the command builds with: the site settings, the search index, and progress printed as it goes. */
export function buildOptions(plan: ArchivePlan, values: Values, term: Terminal, started: number): BuildOptions {
  return {
    site: plan.site,
    search: !values['no-search'],
    onStage: (stage, detail) => term.note(`  ${elapsed(started)}  ${stage}${detail ? ` (${detail})` : ''}`),
    ...(term.quiet ? {} : { onProgress: progressPrinter(started) }),
  };
}

/** Prints what a build did (or that the site was up to date); returns the exit code. */
export function reportBuild(result: BuildResult, plan: ArchivePlan, values: Values, term: Terminal, started: number): number {
  const out = plan.outDir;
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
}
