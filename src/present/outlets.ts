/** Outlet pages: the list of outlets, and each outlet's reports with the furniture removed from them. */
import type { ArchiveArticle, ListItem, ListPage } from '../model/types.ts';
import type { Catalogue } from './catalogue.ts';
import { articleItem } from './items.ts';
import { count } from './labels.ts';
import { newestFirst, pushTo } from './order.ts';
import { byCodeUnits } from '../text/compare.ts';
import { paginate, paginateFromOldest } from './paginate.ts';
import { MAX_REMOVALS_SHOWN } from './settings.ts';
import { HOME } from './urls.ts';

/** A removed text and how many of an outlet's reports it was removed from. */
interface Removal {
  text: string;
  reason: string;
  count: number;
}

/** The outlets' index, A to Z, then each outlet's pages, in the same order. */
export function outletPages(articles: ArchiveArticle[], cat: Catalogue): ListPage[] {
  const bySource = new Map<string, ArchiveArticle[]>();
  for (const a of articles) if (a.source) pushTo(bySource, a.source, a);
  const sources = [...cat.sourceSlugs.keys()].sort((a, b) => byCodeUnits(a.toLowerCase(), b.toLowerCase()) || byCodeUnits(a, b));
  const row = (s: string): ListItem => ({
    url: cat.sourceLink(s)!.url,
    title: s,
    language: null,
    dateLabel: '',
    date: null,
    meta: count(bySource.get(s)?.length ?? 0, 'report'),
    description: '',
  });
  const index = paginate(
    {
      url: '/sources/',
      kind: 'sources',
      title: 'Outlets',
      heading: 'Outlets',
      intro: 'Every outlet in the archive, with its reports and the page furniture removed from them.',
      breadcrumbs: [HOME],
      empty: 'No article names its outlet yet.',
    },
    'Outlets',
    sources.map(row),
    true,
  );
  return [...index, ...sources.flatMap((s) => outletPage(s, bySource.get(s) ?? [], cat))];
}

/** One outlet's reports, newest first, with its facts and its table of removed furniture. */
function outletPage(source: string, reports: ArchiveArticle[], cat: Catalogue): ListPage[] {
  const own = [...reports].sort(newestFirst);
  const table = removalsOf(own);
  const copies = own.filter((a) => a.duplicateOf).length;
  return paginateFromOldest(
    {
      url: cat.sourceLink(source)!.url,
      kind: 'source',
      title: source,
      heading: source,
      intro: `${count(own.length, 'report')} in the archive, newest first.`,
      breadcrumbs: [HOME, { url: '/sources/', title: 'Outlets' }],
      facts: [
        { label: 'Reports', value: String(own.length) },
        { label: 'Syndicated copies', value: String(copies) },
        { label: 'Removed blocks', value: String(table.reduce((n, r) => n + r.count, 0)) },
      ],
      removals: table.slice(0, MAX_REMOVALS_SHOWN),
      removalsNote: table.length > MAX_REMOVALS_SHOWN ? `The ${MAX_REMOVALS_SHOWN} most frequent of ${table.length} removed texts.` : '',
    },
    'Reports',
    own.map(articleItem),
  );
}

/** The texts removed from the reports, once per rule and text, the most frequent first. */
function removalsOf(reports: ArchiveArticle[]): Removal[] {
  const removals = new Map<string, Removal>();
  for (const a of reports) {
    for (const r of a.removed) {
      const key = `${r.ruleId}\u0000${r.text}`;
      const seen = removals.get(key);
      if (seen) seen.count++;
      else removals.set(key, { text: r.text, reason: r.reason, count: 1 });
    }
  }
  return [...removals.values()].sort((a, b) => b.count - a.count || byCodeUnits(a.text, b.text));
}
