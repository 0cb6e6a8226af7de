import matter from 'gray-matter';
import { diagnose } from '../../../model/messages.ts';
import type { Diagnostic } from '../../../model/types.ts';
import { plainYamlError } from '../../../model/yaml-errors.ts';
import { frontMatterSchema, knownFields, type FrontMatter } from '../../../model/schema.ts';

export interface FrontMatterResult {
  /** Checked fields; a field that failed the schema is left out (with a warning). */
  data: FrontMatter;
  /** Whether the file had a front-matter block at all. */
  present: boolean;
  /** The body after the front matter. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
  /** 1-based line of each field given, for messages about a field's value. */
  fieldLines: Record<string, number>;
  /** Set when the front matter is unusable: the file is skipped with this diagnostic. */
  fatal?: Diagnostic;
}

const FENCE = /^---[ \t]*\n/;

/**
 * Splits and checks front matter. A broken YAML block or one that is not a
 * mapping is fatal for the file; a bad field is dropped with a warning naming
 * its line, and the article is kept.
 */
export function readFrontMatter(file: string, source: string): FrontMatterResult {
  if (!FENCE.test(source)) return { data: {}, present: false, body: source, bodyLine: 1, diagnostics: [], fieldLines: {} };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's process-wide cache.
    parsed = matter(source, { excerpt: false });
  } catch (error) {
    const e = error as { reason?: string; message?: string; mark?: { line?: number; column?: number } };
    // The parser counts from 0 within the text after `---`, which starts with the rest of the fence's line, file line 1.
    const line = e.mark?.line !== undefined ? e.mark.line + 1 : 1;
    const column = e.mark?.column !== undefined ? e.mark.column + 1 : undefined;
    const why = plainYamlError(e.reason ?? e.message ?? String(error), source.split('\n')[line - 1]);
    const fatal = diagnose('frontMatterSyntax', file, [why], { line, ...(column ? { column } : {}) });
    return { data: {}, present: true, body: '', bodyLine: 1, diagnostics: [fatal], fieldLines: {}, fatal };
  }
  const matterLines = parsed.matter.replace(/^\n/, '').split('\n');
  const bodyLine = source.split('\n').length - parsed.content.split('\n').length + 1;
  const raw: unknown = parsed.data;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const kind = Array.isArray(raw) ? 'a list' : raw === null ? 'empty' : `a single ${typeof raw}`;
    if (raw === null || (typeof raw === 'object' && Object.keys(raw as object).length === 0)) {
      return { data: {}, present: true, body: parsed.content, bodyLine, diagnostics: [], fieldLines: {} };
    }
    const fatal = diagnose('frontMatterNotMapping', file, [kind], { line: 2 });
    return { data: {}, present: true, body: parsed.content, bodyLine, diagnostics: [fatal], fieldLines: {}, fatal };
  }
  const record = raw as Record<string, unknown>;
  const lineOf = (field: string): number => {
    const i = matterLines.findIndex((l) => l.startsWith(`${field}:`) || l.startsWith(`"${field}":`));
    return i >= 0 ? i + 2 : 1;
  };
  const diagnostics: Diagnostic[] = [];
  const data: Record<string, unknown> = {};
  // YAML reads years below 100 as 19xx (`0044-03-15` becomes 1944): keep the date as written.
  if (record.date instanceof Date) {
    const written = matterLines.find((l) => l.startsWith('date:'))?.slice(5).trim().replace(/^["']|["']$/g, '');
    if (written && /^\d{4}-\d{2}-\d{2}/.test(written)) record.date = written;
  }
  for (const key of Object.keys(record).sort()) {
    if (!(knownFields as string[]).includes(key)) {
      diagnostics.push(diagnose('frontMatterUnknown', file, [key], { line: lineOf(key), field: key }));
      continue;
    }
    const fieldSchema = frontMatterSchema.shape[key as keyof FrontMatter];
    const value = record[key];
    if (value === null || value === undefined) continue;
    const r = fieldSchema.safeParse(value);
    if (r.success) {
      data[key] = r.data;
    } else {
      const issue = r.error.issues[0];
      const sub = issue && issue.path.length ? `${key}.${issue.path.join('.')}` : key;
      const why = issue ? describeIssue(issue, value) : 'invalid value';
      diagnostics.push(diagnose('frontMatterField', file, [sub, why], { line: lineOf(key), field: sub }));
    }
  }
  const fieldLines = Object.fromEntries(Object.keys(record).sort().map((k) => [k, lineOf(k)]));
  return { data: data as FrontMatter, present: true, body: parsed.content, bodyLine, diagnostics, fieldLines };
}

function describeIssue(issue: { code: string; message: string }, value: unknown): string {
  if (issue.code === 'invalid_union' || issue.code === 'invalid_type') {
    const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : Array.isArray(value) ? 'a list' : String(value);
    return `${shown} is not a valid value`;
  }
  return issue.message;
}
