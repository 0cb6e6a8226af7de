/** Progress lines of a long build, and errors as the terminal shows them. */

/** Fewest articles to compute for which a stage reports its progress. */
const PROGRESS_MIN_ITEMS = 1000;
/** What a step counts when it is not articles. */
const ITEMS_OF_STEP: Readonly<Record<string, string>> = { 'event-texts': 'events' };

/**
 * Progress within a long per-article stage: one line rewritten in place on a
 * terminal; a line at each tenth of the work in a log.
 */
export function progressPrinter(started: number): (stage: string, done: number, total: number) => void {
  const tty = process.stderr.isTTY;
  let lastTenth = 0;
  return (stage, done, total) => {
    if (total < PROGRESS_MIN_ITEMS) return;
    const line = `  ${elapsed(started)}  ${stage}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} ${ITEMS_OF_STEP[stage] ?? 'articles'}`;
    if (tty) {
      process.stderr.write(`\r${line}\x1b[K${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor((10 * done) / total);
    if (tenth > lastTenth || done === total) {
      lastTenth = done === total ? 0 : tenth;
      process.stderr.write(`${line}\n`);
    }
  };
}

/** Seconds since `since` (a `performance.now()`), as "1.2 s". */
export function elapsed(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** Causes of an error shown at most: a cycle of causes ends here. */
const MAX_CAUSES = 10;

/** An error as the terminal shows it: its stack, then each of its causes'. */
export function describeError(error: unknown): string {
  const lines: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e !== undefined && depth <= MAX_CAUSES; depth++) {
    const text = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
    lines.push(depth === 0 ? text : `Caused by: ${text}`);
    e = e instanceof Error ? e.cause : undefined;
  }
  return lines.join('\n');
}
