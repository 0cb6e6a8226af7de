/** The rows list pages show for an event and for a report. */
import type { ArchiveArticle, ArchiveEvent, ListItem } from '../model/types.ts';
import { count, listLabel } from './labels.ts';

/** An event as a row: its dates, how many reports and outlets, and its description. */
export function eventItem(e: ArchiveEvent): ListItem {
  return {
    url: e.url,
    title: e.title,
    language: e.language,
    dateLabel: e.rangeLabel,
    date: e.end,
    meta: `${count(e.reportCount, 'report')} · ${e.outlets.length ? count(e.outlets.length, 'outlet') : 'outlet not named'}`,
    description: e.description,
  };
}

/** A report as a row: its date, its outlet, and what it copies or who copied it. */
export function articleItem(a: ArchiveArticle): ListItem {
  const copiedBy = [...new Set(a.copies.map((c) => c.source ?? 'an unnamed outlet'))];
  return {
    url: a.url,
    title: a.title,
    language: a.language,
    dateLabel: a.dateLabel,
    date: a.date,
    meta: [
      a.source ?? 'Outlet not named',
      a.duplicateOf ? `copy of ${a.duplicateOf.source ?? 'an unnamed outlet'}'s report` : '',
      a.copies.length ? `also published by ${listLabel(copiedBy)}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
    description: a.description,
  };
}
