/** The build's report: what the summary tells a person about the archive and its problems. */
import { heavyRemovals } from '../analyse/corpus/boilerplate/index.ts';
import type { BuildReport } from '../model/types.ts';
import type { GroupInput } from './input.ts';

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
