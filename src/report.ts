/** The build summary on the terminal: counts, skipped files, diagnostics counted by rule. */
import { formatDiagnostic } from './model/messages.ts';
import type { BuildReport, Diagnostic } from './model/types.ts';
import { count } from './text/count.ts';

/** Diagnostics listed one by one before they are only counted (the rest with --verbose). */
const LISTED_PER_RULE = 5;

/**
 * The summary of a build: what the site holds, every skipped file once (by
 * its diagnostic when that is listed, else by its reason), the diagnostics
 * by rule, and the counts by severity.
 */
export function summarise(report: BuildReport, options: { verbose?: boolean } = {}): string {
  const d = report.diagnostics;
  const lines = [
    `${count(report.articles, 'article')} (${count(report.copies, 'syndicated copy', 'syndicated copies')}) in ${count(report.events, 'event')}, ` +
      `${count(report.topics, 'topic')}, ${count(report.sources, 'outlet')}; ${count(report.skipped.length, 'file')} skipped.`,
  ];
  const listed = listedDiagnostics(d, options.verbose ?? false);
  const named = new Set(listed.filter((x): x is Diagnostic => typeof x !== 'string').map((x) => x.file));
  const unlisted = report.skipped.filter((s) => !named.has(s.file));
  if (unlisted.length) {
    lines.push(unlisted.length === report.skipped.length ? 'Skipped:' : 'Also skipped:');
    for (const s of unlisted) lines.push(`  ${s.file}: ${s.reason}`);
  }
  for (const x of listed) lines.push(typeof x === 'string' ? x : formatDiagnostic(x));
  lines.push(severityCounts(d, options.verbose ?? false));
  return lines.join('\n');
}

/** The diagnostics shown, by rule, the first few of each; a line of text where the rest are only counted. */
function listedDiagnostics(d: Diagnostic[], verbose: boolean): (Diagnostic | string)[] {
  const shown = verbose ? d : d.filter((x) => x.severity !== 'info');
  const byRule = new Map<string, Diagnostic[]>();
  for (const x of shown) byRule.set(x.ruleId, [...(byRule.get(x.ruleId) ?? []), x]);
  const out: (Diagnostic | string)[] = [];
  for (const [rule, list] of [...byRule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const listed = verbose ? list : list.slice(0, LISTED_PER_RULE);
    out.push(...listed);
    if (listed.length < list.length) out.push(`  … and ${list.length - listed.length} more [${rule}] (all with --verbose)`);
  }
  return out;
}

/** "1 error, 2 warnings, 0 notes." */
export function severityCounts(d: Diagnostic[], verbose: boolean): string {
  const errors = d.filter((x) => x.severity === 'error').length;
  const warnings = d.filter((x) => x.severity === 'warning').length;
  const notes = d.filter((x) => x.severity === 'info').length;
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}, ${count(notes, 'note')}${!verbose && notes ? ' (notes with --verbose)' : ''}.`;
}

/** The errors alone, each with its place and hint: all that `--quiet` prints. */
export function errorsOnly(d: Diagnostic[]): string[] {
  return d.filter((x) => x.severity === 'error').map(formatDiagnostic);
}

/**
 * What a rebuild changed in the diagnostics: those that are new, and how
 * many of the previous ones are gone. Diagnostics are compared as printed.
 */
export function diagnosticChanges(before: Diagnostic[], after: Diagnostic[], verbose: boolean): string[] {
  const visible = (list: Diagnostic[]) => (verbose ? list : list.filter((x) => x.severity !== 'info')).map(formatDiagnostic);
  const old = new Set(visible(before));
  const now = visible(after);
  const current = new Set(now);
  const added = now.filter((x) => !old.has(x));
  const gone = [...old].filter((x) => !current.has(x)).length;
  return [...added, ...(gone ? [`${count(gone, 'problem')} of the last build no longer ${gone === 1 ? 'shows' : 'show'}.`] : [])];
}
