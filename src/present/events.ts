/** Event pages: each event as its page shows it, its stories day by day. */
import type { Stemmer } from '../text/stem.ts';
import type { AnalysedArticle, ArchiveEvent, CoverageDay, Event, Link, StoryGroup, TopicLink } from '../model/types.ts';
import type { Catalogue } from './catalogue.ts';
import { coverageFacts } from './coverage.ts';
import { count, dateLabel, listLabel, monthLabel, rangeLabel } from './labels.ts';
import { printable } from '../text/printable.ts';
import { oldestFirst } from './order.ts';
import { byCodeUnits } from '../text/compare.ts';
import { quoteCarriers } from './quotes.ts';
import { OUTLETS_NAMED } from './settings.ts';
import { uniqueLines } from './unique.ts';
import { eventUrl, HOME, TIMELINE } from './urls.ts';

/** What an event page needs besides the event. */
export interface EventContext {
  catalogue: Catalogue;
  /** Links to each event's topics, by event id. */
  topicLinksOfEvent: Map<string, TopicLink[]>;
  /** What each report says that the other reports of its event do not, by article id (default: computed here). */
  unique?: Map<string, string[]>;
  /** The ids of the reports carrying each shared quote, by event id (default: computed here). */
  carrying?: Map<string, string[][]>;
  /** The build's stemmer, for comparing the reports' words (its memo is shared by every event). */
  stemmer: Stemmer;
}

/** An event as its page shows it: its stories oldest first, with their copies, day by day. */
export function presentEvent(e: Event, context: EventContext): ArchiveEvent {
  const cat = context.catalogue;
  const members = e.articles.map((id) => cat.articleById.get(id)).filter((m): m is AnalysedArticle => !!m);
  const stories = storiesOf(e, members, context);
  const outlets = [...new Set(members.map((m) => m.source).filter((s): s is string => !!s))].sort(byCodeUnits);
  const leadId = stories[0]?.report.id ?? '';
  const lead = cat.articleById.get(leadId);
  const coverage = coverageOf(stories);
  const facts = coverageFacts({ members, sourceLink: cat.sourceLink, listedDays: new Set(coverage.map((d) => d.date)) });
  return {
    id: e.id,
    url: eventUrl(e.id),
    title: e.title,
    language: lead ? cat.languageOf(lead) : null,
    start: e.start,
    end: e.end,
    rangeLabel: rangeLabel(e.start, e.end),
    articleIds: e.articles,
    stories,
    coverage,
    reportCount: members.length,
    outlets,
    summary: eventSummary(members.length, outlets),
    ...facts,
    firstReport: stories.find((st) => st.report.date !== null)?.report ?? null,
    sharedQuotes: e.sharedQuotes.map(printable),
    quotes: quoteCarriers(e.sharedQuotes, members, context.carrying?.get(e.id)),
    related: e.related.map((id) => cat.eventLink(id)).filter((l): l is Link => l !== null),
    topics: context.topicLinksOfEvent.get(e.id) ?? [],
    description: printable(e.description),
    breadcrumbs: breadcrumbsOf(e.start),
  };
}

/** The event's stories, oldest first: each original report with its copies; a copy of a report outside the event is a story of its own. */
function storiesOf(e: Event, members: AnalysedArticle[], context: EventContext): StoryGroup[] {
  const cat = context.catalogue;
  const originals = originalReports(e, members);
  const unique = context.unique ? originals.map((m) => context.unique!.get(m.id) ?? []) : uniqueLines(originals, context.stemmer);
  return originals.map((m, i) => {
    const copies = (cat.copiesOf.get(m.id) ?? []).map(cat.reportLink);
    return {
      report: cat.reportLink(m),
      copies,
      copiesLabel: copies.length ? `${count(copies.length, 'syndicated copy', 'syndicated copies')}` : '',
      unique: unique[i]!,
    };
  });
}

/** The reports of an event that are not syndicated copies of another of its reports, oldest first: the stories its page lists. */
export function originalReports(e: Event, members: readonly AnalysedArticle[]): AnalysedArticle[] {
  const memberIds = new Set(e.articles);
  return members.filter((m) => !m.duplicateOf || !memberIds.has(m.duplicateOf)).sort(oldestFirst);
}

/** The stories grouped by day, in their order. */
function coverageOf(stories: StoryGroup[]): CoverageDay[] {
  const coverage: CoverageDay[] = [];
  for (const s of stories) {
    const last = coverage[coverage.length - 1];
    if (last && last.date === s.report.date) last.stories.push(s);
    else coverage.push({ date: s.report.date, label: dateLabel(s.report.date), anchor: s.report.date ? `d-${s.report.date}` : 'undated', stories: [s] });
  }
  return coverage;
}

/** Home, then the timeline, year and month the event started in; home alone for an undated event. */
function breadcrumbsOf(start: string | null): Link[] {
  if (!start) return [HOME];
  const year = start.slice(0, 4);
  const month = start.slice(5, 7);
  return [HOME, TIMELINE, { url: `/${year}/`, title: year }, { url: `/${year}/${month}/`, title: monthLabel(Number(year), Number(month)) }];
}

/** "3 reports from Example Times and Other Post", "3 reports from 5 outlets", "1 report; no outlet named". */
function eventSummary(reports: number, outlets: string[]): string {
  const r = count(reports, 'report');
  if (outlets.length === 0) return `${r}; no outlet named.`;
  if (outlets.length <= OUTLETS_NAMED) return `${r} from ${listLabel(outlets)}.`;
  return `${r} from ${count(outlets.length, 'outlet')}.`;
}
