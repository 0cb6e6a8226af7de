/**
 * Diagnostics and the build report: what the build tells a person about the
 * content, never thrown.
 */

/** How bad a diagnostic is. Only `error` makes a build or a check exit non-zero. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem in the content, never thrown: attached to the file it concerns,
 * with a place, a permanent rule id and a hint saying what to do.
 */
export interface Diagnostic {
  /** Input path relative to the content folder, `/` separators. */
  file: string;
  /** 1-based line, where the problem has one. */
  line?: number;
  /** 1-based column, where the problem has one. */
  column?: number;
  /** Permanent id of the rule, e.g. `front-matter/invalid-date`. */
  ruleId: string;
  severity: Severity;
  /** What happened, in one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Front-matter field path, for schema problems (`tags.2`). */
  field?: string;
  /** The twin of this problem (the other file with the same slug, …). */
  related?: string;
  /** 1-based line of `related` the problem is about, where it has one. */
  relatedLine?: number;
}

/** A file the build could not turn into an article, and why. */
export interface Skipped {
  file: string;
  reason: string;
}

/** What the build tells a person in its summary and report. */
export interface BuildReport {
  articles: number;
  events: number;
  topics: number;
  sources: number;
  copies: number;
  skipped: Skipped[];
  diagnostics: Diagnostic[];
  /** Articles that lost more than the heavy-removal share of their text. */
  heavyRemovals: { file: string; percent: number }[];
}
