/**
 * Features of the furniture model: a line's shape (`shape.ts`) and where it
 * stands: inside, before or after the page's densest run of story-like text
 * (its story core), next to what, in a run of short lines, set apart by blank
 * lines or not, and repeated where. Pure functions of the page.
 */
import { CONTEXT_FEATURES, contextRows } from './context.ts';
import { lineShape, SHAPE_FEATURES } from './shape.ts';

export { CONTEXT_FEATURES, contextRows } from './context.ts';
export { storyCore } from './layout.ts';

/** What the model reads of one article. */
export interface FurniturePage {
  /** Block texts, in order. */
  texts: readonly string[];
  /** Block kinds (`paragraph`, `heading`, `list-item`, …). */
  kinds: readonly string[];
  /** 1-based source line of each block: blank lines between blocks show in the gaps. */
  lines: readonly number[];
  /** Whether blank lines carry meaning (see `gapsMeaningful`). */
  gapsMeaningful: boolean;
  /** Blocks a sure rule removed already: furniture for the neighbours' sake. */
  removed: readonly boolean[];
  /** Distinct other stories of the article's outlet that carry the block (0 when none or no outlet). */
  outletRepeats: readonly number[];
  /** Other articles of the archive (of other stories) that carry the block. */
  archiveRepeats: readonly number[];
  /** The article's title. */
  title: string;
}

/**
 * Whether the blank lines between blocks tell anything: in text pasted from
 * a browser, paragraphs are set apart by blank lines and menu items are not;
 * in markdown every block has one, and some pasted text has none at all.
 *
 * @param format The article's format.
 * @param lines 1-based source line of each block.
 */
export function gapsMeaningful(format: string, lines: readonly number[]): boolean {
  if (format !== 'text') return false;
  let gaps = 0;
  for (let b = 1; b < lines.length; b++) if (lines[b]! - lines[b - 1]! > 1) gaps++;
  return gaps > 0 && gaps < lines.length - 1;
}

/** Logistic weights by feature name, and the intercept. */
export interface LogisticWeights {
  bias: number;
  weights: Record<string, number>;
}

/** Where a line stands, crossed with what it looks like: a short line means one thing inside the story and another before it. */
const CROSS_PLACES: readonly string[] = ['core:before', 'core:inside', 'core:after', 'segment:main'];
const CROSS_TRAITS: readonly string[] = [
  'words:0-1', 'words:2-3', 'words:4-7', 'words:8-15', 'words:16-30', 'words:31+', 'ends:sentence', 'ends:none',
  'cap-share', 'stop-share', 'list-run', 'gap:like-core', 'p:logit', 'headline-shaped', 'has:date',
];
const CROSSES: readonly (readonly [number, number])[] = CROSS_PLACES.flatMap((place) =>
  CROSS_TRAITS.map((trait) => [indexIn(place), indexIn(trait)] as const),
);

function indexIn(name: string): number {
  const s = SHAPE_FEATURES.indexOf(name);
  return s >= 0 ? s : SHAPE_FEATURES.length + CONTEXT_FEATURES.indexOf(name);
}

/** All features of the later passes: shape, context, then the crosses of place and trait. */
export const ALL_FEATURES: readonly string[] = [
  ...SHAPE_FEATURES,
  ...CONTEXT_FEATURES,
  ...CROSS_PLACES.flatMap((place) => CROSS_TRAITS.map((trait) => `${place}×${trait}`)),
];

/** A full row of a later pass from a line's shape and context row. */
export function fullRow(shape: readonly number[], context: readonly number[]): number[] {
  const row = [...shape, ...context];
  for (const [a, b] of CROSSES) row.push(row[a]! * row[b]!);
  return row;
}

/** First-pass probability given to a block a rule removed. */
const REMOVED_P = 0.02;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The probability a logistic model gives a row of features named `names`. */
export function logistic(model: LogisticWeights, names: readonly string[], row: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < names.length; i++) z += (model.weights[names[i]!] ?? 0) * row[i]!;
  return sigmoid(z);
}

/** Shape rows of every block. */
export function shapeRows(page: FurniturePage): number[][] {
  return page.texts.map((t, b) => lineShape(t, page.kinds[b] ?? 'paragraph'));
}

/**
 * Story probabilities of every block under the model's passes: the first
 * reads the shape alone, each later one the shape and the context measured
 * with the probabilities of the pass before. Blocks a rule removed count as
 * furniture for their neighbours.
 */
export function passProbabilities(page: FurniturePage, passes: readonly LogisticWeights[]): { p: number[]; rows: number[][]; core: [number, number] } {
  const shapes = shapeRows(page);
  let p = shapes.map((row, b) => (page.removed[b] ? REMOVED_P : logistic(passes[0]!, SHAPE_FEATURES, row)));
  let rows = shapes;
  let core: [number, number] = [0, -1];
  for (const pass of passes.slice(1)) {
    const context = contextRows(page, p);
    rows = shapes.map((shape, b) => fullRow(shape, context.rows[b]!));
    core = context.core;
    p = rows.map((row, b) => (page.removed[b] ? REMOVED_P : logistic(pass, ALL_FEATURES, row)));
  }
  return { p, rows, core };
}

