/** `dateline serve`: build, serve with search, rebuild and reload the open pages when the content changes. */
import type { BuildResult } from '../build.ts';
import type { Diagnostic } from '../model/types.ts';
import { count } from '../text/count.ts';
import { UsageError, type Values } from './args.ts';
import type { ArchivePlan } from './archive.ts';
import { describeError } from './progress.ts';
import { reportConfig, type Terminal } from './terminal.ts';

/** Port served on when none is given. */
const DEFAULT_PORT = 8080;

/** Serves until the process is interrupted; returns 0 then, 2 when the port or the config cannot be used. */
export async function serveCommand(plan: ArchivePlan, values: Values, term: Terminal): Promise<number> {
  if (reportConfig(plan.configDiagnostics, term)) return 2;
  const { serve } = await import('../serve/index.ts');
  const { summarise, errorsOnly, diagnosticChanges } = await import('../report.ts');
  const port = values.port ? Number(values.port) : DEFAULT_PORT;
  const verbose = values.verbose ?? false;
  const onBuilt = (result: BuildResult, previous: Diagnostic[] | null, seconds: number) => {
    const now = result.report.diagnostics;
    if (previous === null) {
      if (term.quiet) for (const line of errorsOnly(now)) term.error(line);
      else term.print(summarise(result.report, { verbose }));
      return;
    }
    if (result.upToDate) return;
    const changes = diagnosticChanges(term.quiet ? previous.filter(isError) : previous, term.quiet ? now.filter(isError) : now, verbose);
    term.note(`Rebuilt in ${seconds.toFixed(1)} s: ${count(result.counts.articles, "article")}, ${count(result.rendered, "page")} rendered again.`);
    for (const line of changes) (term.quiet ? term.error : term.print)(line);
  };
  let serving;
  try {
    serving = await serve(plan.contentDir, plan.outDir, {
      site: plan.site,
      port,
      prefix: plan.pathPrefix,
      search: !values['no-search'],
      onBuilt,
      onFailed: (error) => term.error(`The build failed; the site served is the one before.\n${describeError(error)}`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`Port ${port} is in use by another program: give another with --port ${port + 1}.`);
    if (code === 'EACCES') throw new UsageError(`Port ${port} needs privileges this user does not have: give one above 1023 with --port ${DEFAULT_PORT}.`);
    throw error;
  }
  term.note(`Serving ${plan.outDir} at ${serving.server.url}, with search; rebuilding when ${plan.contentDir} changes. Ctrl-C stops.`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await serving.close();
  return 0;
}

function isError(d: Diagnostic): boolean {
  return d.severity === 'error';
}
