/**
 * The evaluation's floors, all in one file (`tools/eval/baseline.json`), and
 * the rules of the gate that moves them (trafilatura's `eval_baseline.json`
 * and `eval_gate.py`): a fresh run raises a floor freely, and may lower one
 * only when asked to by name. A figure where lower is better (a count of
 * misdated articles, a correlation that should be negative) has a ceiling
 * instead of a floor; "lowering a floor" then means raising its ceiling.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The baseline file. */
export const BASELINE_FILE = fileURLToPath(new URL('./baseline.json', import.meta.url));

/** Distance kept between a measured figure and the floor pinned from it, unless an entry sets its own. */
export const DEFAULT_MARGIN = 0.01;

/** Decimals a pinned floor or ceiling keeps. */
const DECIMALS = 3;

/** Figures, by name, as the baseline names them. */
export type Figures = Record<string, number>;

/** One pinned figure: a `floor` (higher is better) or a `ceiling` (lower is better), and what it measures. */
export type BaselineEntry = ({ floor: number; ceiling?: never } | { ceiling: number; floor?: never }) & {
  /** What the figure measures and on which data. */
  note: string;
  /** Distance between the measured figure and the limit the gate pins (default `DEFAULT_MARGIN`). */
  margin?: number;
};

/** The baseline file's content. */
export interface Baseline {
  about: string;
  figures: Record<string, BaselineEntry>;
}

/** A figure that does not meet its limit. */
export interface Miss {
  name: string;
  limit: number;
  /** The measured figure, or `null` when the run did not measure it. */
  value: number | null;
}

/** A limit the gate moved. */
export interface Move {
  name: string;
  from: number;
  to: number;
}

/** A limit the gate would have to loosen, and did not. */
export interface Refusal {
  name: string;
  from: number;
  /** The limit a fresh run would pin, or `null` when the figure was not measured. */
  to: number | null;
  /** How far the limit would move (positive), or `null` when the figure was not measured. */
  by: number | null;
}

/** What `updateBaseline` decided. */
export interface GateResult {
  /** The new baseline; entries in `refused` keep their old limit. */
  baseline: Baseline;
  raised: Move[];
  lowered: Move[];
  /** Entries dropped because their figure is no longer measured and `--allow-lower` named them. */
  removed: string[];
  refused: Refusal[];
  /** Measured figures that have no entry yet (pinning one is adding it, with its note, by hand). */
  notGated: string[];
  /** Names given to `--allow-lower` that need no lowering or are not in the baseline. */
  unusedAllowances: string[];
}

/** Read the baseline file. */
export function readBaseline(file = BASELINE_FILE): Baseline {
  return JSON.parse(readFileSync(file, 'utf8')) as Baseline;
}

/** Write the baseline file, two-space indented, one entry per figure. */
export function writeBaseline(baseline: Baseline, file = BASELINE_FILE): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

const isCeiling = (entry: BaselineEntry): entry is BaselineEntry & { ceiling: number } => typeof entry.ceiling === 'number';
const limitOf = (entry: BaselineEntry): number => (isCeiling(entry) ? entry.ceiling : (entry.floor as number));
const scale = 10 ** DECIMALS;
// Rounded through a finer grid first so 0.93 - 0.01 stays 0.92 and does not become 0.919.
const roundDown = (x: number): number => Math.floor(Math.round(x * scale * 1000) / 1000) / scale;
const roundUp = (x: number): number => Math.ceil(Math.round(x * scale * 1000) / 1000) / scale;

/** Whether `value` meets the entry's floor or ceiling. */
export function meets(entry: BaselineEntry, value: number): boolean {
  return isCeiling(entry) ? value <= entry.ceiling : value >= limitOf(entry);
}

/** The limit a fresh run pins for an entry: the measured figure minus its margin (plus, for a ceiling). */
export function pinnedLimit(entry: BaselineEntry, value: number): number {
  const margin = entry.margin ?? DEFAULT_MARGIN;
  return isCeiling(entry) ? roundUp(value + margin) : roundDown(value - margin);
}

/**
 * The figures of `names` (default: every entry) that miss their limit, or
 * that the run did not measure.
 */
export function checkFigures(baseline: Baseline, figures: Figures, names = Object.keys(baseline.figures)): Miss[] {
  const misses: Miss[] = [];
  for (const name of names) {
    const entry = baseline.figures[name];
    if (!entry) throw new Error(`No figure named ${name} in the baseline.`);
    const value = figures[name];
    if (value === undefined || !meets(entry, value)) misses.push({ name, limit: limitOf(entry), value: value ?? null });
  }
  return misses;
}

/**
 * Move the limits of the entries in `scope` (default: all) to a fresh run's
 * figures. A limit is tightened whenever the run allows it; one whose
 * figure misses it is loosened only when `allowLower` names it, and is
 * otherwise refused. A pure function: the caller writes the result, and
 * writes nothing when anything was refused.
 */
export function updateBaseline(
  baseline: Baseline,
  measured: Figures,
  allowLower: ReadonlySet<string> = new Set(),
  scope: (name: string) => boolean = () => true,
): GateResult {
  const result: GateResult = { baseline: { ...baseline, figures: {} }, raised: [], lowered: [], removed: [], refused: [], notGated: [], unusedAllowances: [] };
  const used = new Set<string>();
  for (const [name, entry] of Object.entries(baseline.figures)) {
    const value = measured[name];
    const from = limitOf(entry);
    let to = from;
    if (!scope(name)) {
      // Not measured in this run: left as it is.
    } else if (value === undefined) {
      if (allowLower.has(name)) {
        used.add(name);
        result.removed.push(name);
        continue;
      }
      result.refused.push({ name, from, to: null, by: null });
    } else if (meets(entry, value)) {
      const pinned = pinnedLimit(entry, value);
      to = isCeiling(entry) ? Math.min(from, pinned) : Math.max(from, pinned);
      if (to !== from) result.raised.push({ name, from, to });
    } else {
      const pinned = pinnedLimit(entry, value);
      if (allowLower.has(name)) {
        used.add(name);
        to = pinned;
        result.lowered.push({ name, from, to });
      } else {
        result.refused.push({ name, from, to: pinned, by: roundUp(Math.abs(from - pinned)) });
      }
    }
    result.baseline.figures[name] = isCeiling(entry) ? { ...entry, ceiling: to } : { ...entry, floor: to };
  }
  result.notGated = Object.keys(measured).filter((name) => !(name in baseline.figures) && scope(name));
  result.unusedAllowances = [...allowLower].filter((name) => !used.has(name));
  return result;
}
