/**
 * The pipeline of DESIGN.md, stage by stage:
 *
 *   1 load → 2 parse → 3 fingerprint → 4 syndication → 5 boilerplate
 *   → 6 enrich → 7 events → 8 group
 *
 * Only stage 1 touches the disk. Every stage is a function of its input.
 */
import { stripBoilerplate } from './boilerplate/index.ts';
import { enrich } from './enrich/index.ts';
import { clusterEvents } from './events/index.ts';
import { fingerprint } from './fingerprint/index.ts';
import { group } from './group/index.ts';
import { load, type LoadOptions } from './load/index.ts';
import { diagnose } from './messages.ts';
import { parse } from './parse/index.ts';
import { findSyndication } from './syndication/index.ts';
import type { Archive, SiteSettings } from './types.ts';

export interface PipelineOptions extends LoadOptions {
  /** Site title, address and language. */
  site?: Partial<SiteSettings>;
  /** Article id → event id from the previous build, so event ids stay stable. */
  previousEvents?: Map<string, string>;
  /** Told when each stage starts, for a progress display. */
  onStage?: (stage: string, detail?: string) => void;
}

/** Defaults of the site settings. */
export const DEFAULT_SITE: SiteSettings = {
  title: 'Dateline',
  description: 'A news archive: every report of an event on one page, filed by topic, outlet and date.',
  url: null,
  lang: 'en',
};

/** Runs stages 1 to 8 over a content folder and returns the Archive. */
export async function runPipeline(contentDir: string, options: PipelineOptions = {}): Promise<Archive> {
  const stage = options.onStage ?? (() => {});
  const site: SiteSettings = { ...DEFAULT_SITE, ...options.site };

  stage('load', contentDir);
  const loaded = await load(contentDir, options);

  stage('parse', `${loaded.files.length} files`);
  const parsed = parse(loaded.files);

  stage('fingerprint', `${parsed.articles.length} articles`);
  const fingerprints = fingerprint(parsed.articles);

  stage('syndication');
  const syndication = findSyndication(parsed.articles, fingerprints);

  stage('boilerplate');
  const stripped = stripBoilerplate(syndication.articles, syndication);

  stage('enrich');
  const enriched = enrich(stripped.articles);

  stage('events');
  const clustered = clusterEvents(enriched, options.previousEvents ? { previous: options.previousEvents } : {});

  stage('group');
  const differences = new Map(
    [...stripped.syndication.copies].map(([id, d]) => [id, { added: d.added, dropped: d.dropped }]),
  );
  const archive = group(
    {
      articles: clustered.articles,
      events: clustered.events,
      redirects: clustered.redirects,
      skipped: [...loaded.skipped, ...parsed.skipped].sort((a, b) => (a.file < b.file ? -1 : 1)),
      diagnostics: [...loaded.diagnostics, ...parsed.diagnostics],
      differences,
    },
    site,
  );
  for (const h of archive.report.heavyRemovals) {
    archive.report.diagnostics.push(diagnose('heavyRemoval', h.file, [h.percent]));
  }
  archive.report.diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return archive;
}
