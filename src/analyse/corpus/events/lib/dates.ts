/** Where a report sits in time: its date as a day number, the years it writes out, and the median of such numbers. */

/** Days since 1970-01-01 of an ISO date, or null. */
export function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!m) return null;
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

const YEAR = /(?<![\p{L}\p{N}.,/:-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** The four-digit years (1800…2099) written in some texts, ascending, distinct. */
export function writtenYears(texts: readonly string[]): number[] {
  const found = new Set<number>();
  for (const t of texts) for (const m of t.matchAll(YEAR)) found.add(Number(m[1]));
  return [...found].sort((a, b) => a - b);
}

/**
 * The latest of the written `years` up to the year of `date`, or the year of
 * `date` when later or when none is written; null when neither. Years after
 * the date are left out (a plan "by 2030" is not when the story happened).
 */
export function latestOf(years: readonly number[], date: string | null): number | null {
  const dated = date ? Number(date.slice(0, 4)) : null;
  let latest: number | null = null;
  for (const y of years) if (dated === null || y <= dated) latest = y;
  if (dated !== null && (latest === null || dated > latest)) return dated;
  return latest;
}

/** The latest four-digit year written in some texts, up to the year of `date`; see `latestOf`. */
export function latestYear(texts: readonly string[], date: string | null): number | null {
  return latestOf(writtenYears(texts), date);
}

/** The median of a non-empty ascending list: its middle value, or the mean of its two middle values. */
export function median(ascending: readonly number[]): number {
  const m = ascending.length >> 1;
  return ascending.length % 2 ? (ascending[m] as number) : ((ascending[m - 1] as number) + (ascending[m] as number)) / 2;
}

/** Pairs of the dated reports, and how many of them are within `closeDays` of each other. */
export function closeDatePairs(days: readonly number[], closeDays: number): { pairs: number; close: number } {
  const n = days.length;
  const sorted = [...days].sort((a, b) => a - b);
  let close = 0;
  let from = 0;
  // Each report is paired with the earlier ones within the window, which a sliding start finds in one pass.
  for (let i = 0; i < n; i++) {
    while ((sorted[i] as number) - (sorted[from] as number) > closeDays) from++;
    close += i - from;
  }
  return { pairs: (n * (n - 1)) / 2, close };
}

/** How sure the weight of a close date is of an archive's own chance: see `closeDateWeight`. */
export interface ChancePrior {
  /** The chance before any report is seen (share of pairs). */
  chance: number;
  /** As many pairs as that guess counts for. */
  pairs: number;
}

/**
 * The weight of "both dated within a few days" in an archive (logit units):
 * the log of how much likelier two reports of one event are close in time
 * than two reports taken at random, at most `fitted`, rounded down to a
 * `step` so that adding a few reports seldom moves it. The chance is the
 * archive's share of close pairs, drawn towards the `prior` while the
 * archive has few dated pairs (the reports of a small archive of one event
 * are close because they are one event, not by chance). In an archive
 * spread over years a close date is strong evidence; in a week's feed
 * export every pair is close, and it is none.
 */
export function closeDateWeight(days: readonly number[], closeDays: number, sameEventShare: number, prior: ChancePrior, fitted: number, step: number): number {
  const { pairs, close } = closeDatePairs(days, closeDays);
  const chance = (close + prior.chance * prior.pairs) / (pairs + prior.pairs);
  if (chance <= 0) return fitted;
  const told = Math.log(sameEventShare / chance);
  return Math.max(0, Math.min(fitted, Math.floor(told / step) * step));
}
