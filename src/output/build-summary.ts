/**
 * The summary of a tree's build, kept beside its manifest: what a rebuild
 * reads to find the site up to date, and what it then prints, without
 * reading the manifest, which lists every file of the site (tens of
 * megabytes at 50,000 articles).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { BuildRecord, Manifest } from './publish.ts';

/** Version of the summary file: another version is not read. */
const SUMMARY_FORMAT = 1;

/** A build record without the ids the next build reads (see `BuildRecord`), with the number of files of the site. */
export type BuildSummary = Pick<BuildRecord, 'key' | 'report' | 'articles' | 'events' | 'listPages' | 'indexed' | 'shards'> & { files: number };

/** The summary of the build that made a tree, out of its manifest; null for a tree of an older build, which records none. */
export function summaryOf(manifest: Manifest): BuildSummary | null {
  const b = manifest.build;
  if (!b) return null;
  const { key, report, articles, events, listPages, indexed, shards } = b;
  return { key, report, articles, events, listPages, indexed, shards, files: Object.keys(manifest.files).length };
}

/** Writes the summary of `manifest` whole, then puts it in place: a reader sees the old one, the new one or none. */
export async function writeSummary(file: string, manifest: Manifest): Promise<void> {
  const summary = summaryOf(manifest);
  if (!summary) return;
  await writeFile(`${file}.tmp`, JSON.stringify({ format: SUMMARY_FORMAT, ...summary }));
  await rename(`${file}.tmp`, file);
}

/** The summary in `file`; null when it is missing, damaged or of another version. */
export async function readSummary(file: string): Promise<BuildSummary | null> {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
  const counts = ['articles', 'events', 'listPages', 'indexed', 'shards', 'files'] as const;
  const report = json?.report as { diagnostics?: unknown } | undefined;
  if (json?.format !== SUMMARY_FORMAT || typeof json.key !== 'string' || !Array.isArray(report?.diagnostics)) return null;
  if (!counts.every((c) => typeof json[c] === 'number')) return null;
  const { format: _format, ...summary } = json;
  return summary as unknown as BuildSummary;
}
