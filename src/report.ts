/** The build summary on the terminal: counts, skipped files, diagnostics counted by rule. */
import { formatDiagnostic } from './model/messages.ts';
import type { BuildReport, Diagnostic } from './model/types.ts';

/** Diagnostics listed one by one before they are only counted (the rest with --verbose). */
const LISTED_PER_RULE = 5;

export function summarise(report: BuildReport, options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  const d = report.diagnostics;
  const errors = d.filter((x) => x.severity === 'error').length;
  const warnings = d.filter((x) => x.severity === 'warning').length;
  const notes = d.filter((x) => x.severity === 'info').length;
  lines.push(
    `${report.articles} articles (${report.copies} syndicated copies) in ${report.events} events, ` +
      `${report.topics} topics, ${report.sources} outlets; ${report.skipped.length} files skipped.`,
  );
  if (report.skipped.length) {
    lines.push('Skipped:');
    for (const s of report.skipped) lines.push(`  ${s.file}: ${s.reason}`);
  }
  const shown = options.verbose ? d : d.filter((x) => x.severity !== 'info');
  const byRule = new Map<string, Diagnostic[]>();
  for (const x of shown) byRule.set(x.ruleId, [...(byRule.get(x.ruleId) ?? []), x]);
  for (const [rule, list] of [...byRule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const listed = options.verbose ? list : list.slice(0, LISTED_PER_RULE);
    for (const x of listed) lines.push(formatDiagnostic(x));
    if (listed.length < list.length) lines.push(`  … and ${list.length - listed.length} more [${rule}] (all with --verbose)`);
  }
  lines.push(`${errors} errors, ${warnings} warnings, ${notes} notes${!options.verbose && notes ? ' (notes with --verbose)' : ''}.`);
  return lines.join('\n');
}
