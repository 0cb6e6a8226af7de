/** The build's report: what the summary tells a person about the archive and its problems. */
import type { Article, BuildReport } from '../model/types.ts';
import type { GroupInput } from './input.ts';
import { HEAVY_REMOVAL_SHARE } from './settings.ts';

/** Counts of the archive, the files skipped, the diagnostics, and the articles that lost much of their text. */
export function buildReport(input: GroupInput, found: { topics: number; sources: number }): BuildReport {
  return {
    articles: input.articles.length,
    events: input.events.length,
    topics: found.topics,
    sources: found.sources,
    copies: input.articles.filter((a) => a.duplicateOf).length,
    skipped: input.skipped,
    diagnostics: input.diagnostics,
    heavyRemovals: heavyRemovals(input.articles),
  };
}

/** Articles whose removed furniture is more than the heavy-removal share of their characters, with that share in percent. */
function heavyRemovals(articles: Article[]): BuildReport['heavyRemovals'] {
  return articles
    .map((a) => {
      const total = a.blocks.reduce((n, b) => n + b.text.length, 0);
      const removed = a.blocks.reduce((n, b) => n + (b.removed ? b.text.length : 0), 0);
      return { file: a.file, percent: total ? Math.round((100 * removed) / total) : 0 };
    })
    .filter((h) => h.percent > HEAVY_REMOVAL_SHARE * 100);
}
