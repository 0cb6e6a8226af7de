/**
 * The state a build keeps from the published site, so that a rebuild keeps
 * event and article ids and URLs, and old URLs keep leading somewhere: what
 * a build records of its ids for the next one, and how the next one reads
 * it back.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PreviousBuild } from '../analyse/index.ts';
import type { ArchiveJson } from './export.ts';
import type { BuildRecord } from './publish.ts';

/** The part of a build record that the next build reads its ids from (see `BuildRecord`). */
export type IdRecord = Required<Pick<BuildRecord, 'eventOf' | 'redirects' | 'idOf' | 'articleRedirects'>>;

/** What a build records of its ids and redirects, out of its archive.json. */
export function idRecord(exported: ArchiveJson): IdRecord {
  return {
    eventOf: exported.articles.flatMap((a): [string, string][] => (a.event ? [[a.id, a.event]] : [])),
    redirects: exported.redirects,
    idOf: exported.articles.map((a): [string, string] => [a.file, a.id]),
    articleRedirects: exported.articleRedirects,
  };
}

/**
 * Article → event ids, the redirects and the file → article ids of the
 * published site: from the published tree's build record when it has them
 * (a few MB at 50,000 articles), else from its archive.json (a site built by
 * an older version, or copied without its manifest). Undefined when there is
 * no published site, or its archive.json is damaged.
 *
 * @param outDir The output folder (the published site).
 * @param record The published tree's build record (default: none, archive.json is read).
 */
export async function readPublished(outDir: string, record?: BuildRecord | null): Promise<PreviousBuild | undefined> {
  if (record && Array.isArray(record.eventOf) && Array.isArray(record.redirects)) {
    const files = Array.isArray(record.idOf) ? record.idOf.map((pair) => ({ file: pair?.[0], id: pair?.[1] })) : [];
    return previousFrom([...record.eventOf.map((pair) => ({ id: pair?.[0], event: pair?.[1] })), ...files], record.redirects, record.articleRedirects);
  }
  let text: string;
  try {
    text = await readFile(path.join(outDir, 'archive.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const json = JSON.parse(text) as { articles?: unknown; redirects?: unknown; articleRedirects?: unknown };
    return previousFrom(json.articles, json.redirects, json.articleRedirects);
  } catch {
    // A damaged archive.json from an older build is not trusted; ids start afresh.
    return undefined;
  }
}

/** The `{ from, to }` pairs of strings out of an untrusted list; entries of another shape are left out. */
function fromTo(list: unknown): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const r of Array.isArray(list) ? (list as { from?: unknown; to?: unknown }[]) : []) {
    if (typeof r?.from === 'string' && typeof r.to === 'string') out.push({ from: r.from, to: r.to });
  }
  return out;
}

/**
 * The article → event map, the file → article id map and the redirects out
 * of untrusted JSON: entries of the wrong shape are left out.
 */
function previousFrom(articles: unknown, redirects: unknown, articleRedirects?: unknown): PreviousBuild {
  const events = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const a of Array.isArray(articles) ? (articles as { id?: unknown; event?: unknown; file?: unknown }[]) : []) {
    if (typeof a?.id === 'string' && typeof a.event === 'string') events.set(a.id, a.event);
    if (typeof a?.id === 'string' && typeof a.file === 'string') ids.set(a.file, a.id);
  }
  return { events, redirects: fromTo(redirects), ids, articleRedirects: fromTo(articleRedirects) };
}
