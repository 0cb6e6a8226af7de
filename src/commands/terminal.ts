/** Where a command prints: the summary on stdout, progress and errors on stderr, and with `--quiet` the errors alone. */
import { formatDiagnostic } from '../model/messages.ts';
import type { Diagnostic } from '../model/types.ts';

export interface Terminal {
  /** Whether only errors are printed. */
  readonly quiet: boolean;
  /** A line of progress or outcome (stderr); not printed when quiet. */
  note(line: string): void;
  /** The summary (stdout); not printed when quiet. */
  print(text: string): void;
  /** An error (stderr); always printed. */
  error(text: string): void;
}

/** The terminal of a command run with or without `--quiet`. */
export function terminal(quiet: boolean): Terminal {
  return {
    quiet,
    note: (line) => {
      if (!quiet) process.stderr.write(`${line}\n`);
    },
    print: (text) => {
      if (!quiet) process.stdout.write(`${text}\n`);
    },
    error: (text) => process.stderr.write(`${text}\n`),
  };
}

/**
 * Prints the config file's diagnostics (errors always, the others unless
 * quiet); returns whether there was an error, in which case nothing is built.
 */
export function reportConfig(diagnostics: Diagnostic[], term: Terminal): boolean {
  for (const d of diagnostics) {
    if (d.severity === 'error') term.error(formatDiagnostic(d));
    else term.note(formatDiagnostic(d));
  }
  return diagnostics.some((d) => d.severity === 'error');
}
