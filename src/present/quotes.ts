/** The quotes several reports of an event share, with the outlets whose reports carry them. */
import { shingles } from '../analyse/corpus/events/index.ts';
import type { AnalysedArticle, SharedQuote } from '../model/types.ts';
import { count, listLabel } from './labels.ts';
import { printable } from '../text/printable.ts';
import { oldestFirst } from './order.ts';
import { OUTLETS_NAMED } from './settings.ts';

/**
 * Word shingles of a quote a report's text holds for the report to carry
 * the quote (count): two overlapping six-word shingles, seven words in a
 * row, as the events stage matches quotes; reports trim and retype them.
 */
const CARRIED_SHINGLES = 2;

/**
 * For each quote, the ids of the reports that carry it, oldest first. A
 * report carries a quote when its kept text holds `CARRIED_SHINGLES` of the
 * quote's word shingles (all of them, for a shorter quote), so a quote
 * trimmed or retyped still counts.
 *
 * @param quotes The event's shared quotes, most shared first.
 * @param members The event's reports, syndicated copies included.
 */
export function carryingReports(quotes: readonly string[], members: readonly AnalysedArticle[]): string[][] {
  if (quotes.length === 0) return [];
  const texts = [...members]
    .sort(oldestFirst)
    .map((m) => ({ id: m.id, grams: new Set(shingles(m.blocks.filter((b) => !b.removed).map((b) => b.text).join('\n'))) }));
  return quotes.map((q) => {
    const needle = shingles(q);
    const enough = Math.min(CARRIED_SHINGLES, needle.length);
    return texts.filter((t) => enough > 0 && needle.filter((g) => t.grams.has(g)).length >= enough).map((t) => t.id);
  });
}

/**
 * Each quote with the outlets whose reports carry it, in the order they
 * first published it.
 *
 * @param quotes The event's shared quotes, most shared first.
 * @param members The event's reports, syndicated copies included.
 * @param carrying What `carryingReports` gives for them, when it is known.
 */
export function quoteCarriers(quotes: readonly string[], members: readonly AnalysedArticle[], carrying = carryingReports(quotes, members)): SharedQuote[] {
  const byId = new Map(members.map((m) => [m.id, m]));
  return quotes.map((q, i) => {
    const carriers = (carrying[i] ?? []).map((id) => byId.get(id)).filter((m): m is AnalysedArticle => !!m);
    const outlets = [...new Set(carriers.map((c) => c.source).filter((s): s is string => !!s))];
    const unnamed = carriers.filter((c) => !c.source).length;
    return { text: printable(q), outlets, carriedBy: carriedByLabel(outlets, unnamed) };
  });
}

/** "Carried by A, B and C.", "Carried by 5 outlets.", "Carried by A and 2 reports naming no outlet." */
function carriedByLabel(outlets: string[], unnamed: number): string {
  const named = outlets.length > OUTLETS_NAMED * 2 ? [count(outlets.length, 'outlet')] : outlets;
  const parts = [...named, ...(unnamed ? [`${count(unnamed, 'report')} naming no outlet`] : [])];
  return parts.length ? `Carried by ${listLabel(parts)}.` : '';
}
