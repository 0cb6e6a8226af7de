/**
 * The `dateline` command: init, build, serve, check. The command line and
 * the folders it names are checked before any work; a mistake there is told
 * in one plain sentence and exits with 2.
 */
import { readCommandLine, UsageError, type Request } from './commands/args.ts';
import { planArchive } from './commands/archive.ts';
import { buildCommand } from './commands/build.ts';
import { checkCommand } from './commands/check.ts';
import { helpText, version } from './commands/help.ts';
import { initCommand } from './commands/init.ts';
import { serveCommand } from './commands/serve.ts';
import { terminal } from './commands/terminal.ts';

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    return await run(readCommandLine(argv));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

async function run(request: Request): Promise<number> {
  if (request.kind === 'version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (request.kind === 'help') {
    (request.asked ? process.stdout : process.stderr).write(helpText(request.command));
    return request.asked ? 0 : 2;
  }
  const { command, folder, values } = request;
  const term = terminal(values.quiet ?? false);
  if (command === 'init') return initCommand(folder, values, term);
  const plan = planArchive(command, folder, values);
  if (command === 'build') return buildCommand(plan, values, term);
  if (command === 'check') return checkCommand(plan, values, term);
  return serveCommand(plan, values, term);
}
