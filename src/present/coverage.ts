/**
 * Coverage at a glance: which outlet reported an event on which day (the
 * event page's strip), who reported it first, how coverage grew and which
 * outlets covered it.
 */
import type { AnalysedArticle, CoverageColumn, CoverageRow, CoverageStrip, GrowthDay, Link } from '../model/types.ts';
import { count, dateLabel, listLabel, monthLabel, shortMonth } from './labels.ts';
import { pushTo } from './order.ts';
import { byCodeUnits } from '../text/compare.ts';
import { COVERED_BY_NAMED, OUTLETS_NAMED, STRIP_COLUMNS, STRIP_OUTLETS } from './settings.ts';

/** What the coverage lines and strip are made from. */
export interface CoverageInput {
  /** The event's reports, syndicated copies included. */
  members: readonly AnalysedArticle[];
  /** The link to an outlet's page. */
  sourceLink: (name: string | null) => Link | null;
  /** The days the event page lists reports under (null: the undated ones); a column links the first of them it holds. */
  listedDays: ReadonlySet<string | null>;
}

/** The event page's lines about its coverage, and its strip. */
export interface CoverageFacts {
  firstReported: string;
  growth: string;
  coveredBy: string;
  strip: CoverageStrip | null;
  growthDays: GrowthDay[];
}

/** How a strip's columns group the days: each unit is tried in turn until the columns fit. */
type Unit = 'day' | 'week' | 'month' | 'year';

const UNITS: Unit[] = ['day', 'week', 'month', 'year'];

/** The Monday of an ISO date's week, as an ISO date. */
function weekStart(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** The column key of a date in a unit: the day, the week's Monday, `2024-12`, `2024`. */
function keyOf(iso: string, unit: Unit): string {
  if (unit === 'day') return iso;
  if (unit === 'week') return weekStart(iso);
  return unit === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** A column's head: short label and full title. */
function columnHead(key: string, unit: Unit): Pick<CoverageColumn, 'label' | 'title'> {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  if (unit === 'day') return { label: `${d} ${shortMonth(m)}`, title: dateLabel(key) };
  if (unit === 'week') return { label: `Week of ${d} ${shortMonth(m)}`, title: `Week of ${dateLabel(key)}` };
  if (unit === 'month') return { label: `${shortMonth(m)} ${y}`, title: monthLabel(y, m) };
  return { label: key, title: key };
}

/** The coarsest-needed unit: the first whose distinct keys over the dates fit the strip. */
function unitFor(dates: readonly string[]): Unit {
  for (const unit of UNITS) if (new Set(dates.map((d) => keyOf(d, unit))).size <= STRIP_COLUMNS) return unit;
  return 'year';
}

/** "First reported by A on 9 December 2024.", "… by A and B …", "… by 4 outlets …". */
function firstReportedLine(members: readonly AnalysedArticle[], first: string): string {
  const day = members.filter((m) => m.date === first);
  const outlets = [...new Set(day.map((m) => m.source).filter((s): s is string => !!s))].sort(byCodeUnits);
  const unnamed = day.some((m) => !m.source);
  const who = outlets.length === 0 ? '' : outlets.length <= OUTLETS_NAMED ? listLabel(outlets) : count(outlets.length, 'outlet');
  if (!who) return `First reported on ${dateLabel(first)}, by a report naming no outlet.`;
  return `First reported by ${who}${unnamed ? ' and a report naming no outlet' : ''} on ${dateLabel(first)}.`;
}

/** "Coverage grew from 2 reports on 9 December 2024 to 14 by 12 December 2024.", or `''` for one day. */
function growthLine(dated: readonly AnalysedArticle[], first: string, last: string): string {
  if (first === last) return '';
  const opening = dated.filter((m) => m.date === first).length;
  return `Coverage grew from ${count(opening, 'report')} on ${dateLabel(first)} to ${dated.length} by ${dateLabel(last)}.`;
}

/**
 * How coverage grew day by day: for each day with dated reports, oldest
 * first, its reports, the count so far and the outlets whose first report
 * it brought. Empty when the dated reports all fall on one day.
 */
function growthDays(dated: readonly (AnalysedArticle & { date: string })[], listedDays: ReadonlySet<string | null>): GrowthDay[] {
  const days = [...new Set(dated.map((m) => m.date))].sort(byCodeUnits);
  if (days.length < 2) return [];
  const seen = new Set<string>();
  let total = 0;
  return days.map((date) => {
    const today = dated.filter((m) => m.date === date);
    total += today.length;
    const joined = [...new Set(today.map((m) => m.source).filter((s): s is string => !!s && !seen.has(s)))].sort(byCodeUnits);
    for (const o of joined) seen.add(o);
    const who = joined.length === 0 ? '' : joined.length <= OUTLETS_NAMED ? listLabel(joined) : count(joined.length, 'outlet');
    const line = `${count(today.length, 'report')}, ${total} in all${who ? `; first from ${who}` : ''}.`;
    return { date, label: dateLabel(date), anchor: listedDays.has(date) ? `#d-${date}` : null, line };
  });
}

/** "Covered by A, B and C.", "Covered by 30 outlets.", or `''`. */
function coveredByLine(outlets: readonly string[]): string {
  if (outlets.length === 0) return '';
  return `Covered by ${outlets.length <= COVERED_BY_NAMED ? listLabel(outlets) : count(outlets.length, 'outlet')}.`;
}

/** The outlets in the order they first reported the event (then A to Z); undated reports count last. */
function outletsInOrder(members: readonly AnalysedArticle[]): string[] {
  const first = new Map<string, string>();
  for (const m of members) {
    if (!m.source) continue;
    const d = m.date ?? '\uffff';
    const seen = first.get(m.source);
    if (seen === undefined || d < seen) first.set(m.source, d);
  }
  return [...first].sort((a, b) => byCodeUnits(a[1], b[1]) || byCodeUnits(a[0], b[0])).map(([s]) => s);
}

/** Counts as cells: `'2'`, `''` for none. */
const cellsOf = (counts: number[]): string[] => counts.map((n) => (n ? String(n) : ''));

/**
 * The strip: a row per outlet (in the order they first reported), a column
 * per day (or week, month, year when the coverage runs long), undated
 * reports in a column of their own; the outlets beyond `STRIP_OUTLETS`
 * with fewest reports are counted together in one row. Null for one row
 * and one column.
 */
function stripOf(input: CoverageInput, outlets: readonly string[]): CoverageStrip | null {
  const { members, sourceLink, listedDays } = input;
  const dates = [...new Set(members.map((m) => m.date).filter((d): d is string => !!d))].sort(byCodeUnits);
  const unit = unitFor(dates);
  const keys = [...new Set(dates.map((d) => keyOf(d, unit)))];
  const columns: CoverageColumn[] = keys.map((k) => {
    const listed = dates.find((d) => keyOf(d, unit) === k && listedDays.has(d));
    return { ...columnHead(k, unit), anchor: listed ? `#d-${listed}` : null };
  });
  const undated = members.some((m) => !m.date);
  if (undated) columns.push({ label: 'Undated', title: 'Undated reports', anchor: listedDays.has(null) ? '#undated' : null });
  const column = new Map(keys.map((k, i) => [k, i]));
  const columnOf = (m: AnalysedArticle) => (m.date ? column.get(keyOf(m.date, unit))! : keys.length);
  const countsOf = (list: readonly AnalysedArticle[]) => {
    const counts = columns.map(() => 0);
    for (const m of list) counts[columnOf(m)]!++;
    return counts;
  };
  const byOutlet = new Map<string | null, AnalysedArticle[]>();
  for (const m of members) pushTo(byOutlet, m.source, m);
  // The outlets shown by name: those with most reports, when there are too many for the strip.
  const named = outlets.length <= STRIP_OUTLETS ? new Set(outlets) : new Set(
    [...outlets].sort((a, b) => byOutlet.get(b)!.length - byOutlet.get(a)!.length).slice(0, STRIP_OUTLETS - 1),
  );
  const rows: CoverageRow[] = outlets
    .filter((o) => named.has(o))
    .map((o) => ({ outlet: o, link: sourceLink(o), cells: cellsOf(countsOf(byOutlet.get(o)!)), total: byOutlet.get(o)!.length }));
  const folded = outlets.filter((o) => !named.has(o));
  const foldedReports = folded.flatMap((o) => byOutlet.get(o)!);
  const foldedLabel = count(folded.length, 'other outlet');
  if (folded.length) rows.push({ outlet: foldedLabel, link: null, cells: cellsOf(countsOf(foldedReports)), total: foldedReports.length });
  const unnamed = byOutlet.get(null) ?? [];
  if (unnamed.length) rows.push({ outlet: 'Outlet not named', link: null, cells: cellsOf(countsOf(unnamed)), total: unnamed.length });
  const totals = countsOf(members);
  let running = 0;
  // One outlet on one day: the lines above say it all.
  if (rows.length < 2 && columns.length < 2) return null;
  return {
    caption: `Reports by outlet and ${unit}`,
    columns,
    rows,
    totals: totals.map(String),
    cumulative: totals.map((n) => String((running += n))),
    note: folded.length ? `The outlets with fewest reports are counted together in the row “${foldedLabel}”.` : '',
  };
}

/** Who reported the event first, how its coverage grew, who covered it, and the strip (for two reports or more). */
export function coverageFacts(input: CoverageInput): CoverageFacts {
  const { members } = input;
  const dated = members.filter((m): m is AnalysedArticle & { date: string } => !!m.date);
  const first = dated.reduce<string | null>((d, m) => (d === null || m.date < d ? m.date : d), null);
  const last = dated.reduce<string | null>((d, m) => (d === null || m.date > d ? m.date : d), null);
  const outlets = outletsInOrder(members);
  return {
    firstReported: first ? firstReportedLine(members, first) : '',
    growth: first && last ? growthLine(dated, first, last) : '',
    coveredBy: coveredByLine(outlets),
    strip: members.length >= 2 ? stripOf(input, outlets) : null,
    growthDays: growthDays(dated, input.listedDays),
  };
}
