/**
 * The gated figures, in groups: each group runs one evaluation the way the
 * eval tests run it (`tests/eval/floors/`) and names its figures as
 * `baseline.json` does. The gate (`tools/eval-gate.ts`) measures the groups
 * through the same functions, so a floor it pins is the floor a test checks.
 */
import type { Figures } from './baseline.ts';
import type { EventsReport, SplitScores } from './events.ts';
import type { FurnitureReport, SeedsReport } from './events-furniture.ts';
import type { HeadlinesReport } from './events-headlines.ts';
import type { CorpusReport, ExtractionReport } from './extraction.ts';
import { HELD_OUT_SPLIT, evaluateRealPages, realPageFigures } from './real-pages.ts';

/** Sizes of the synthetic-outlet corpora in the gated run: smaller than `npm run eval`'s, to keep the test short. */
export const EXTRACTION_GATE_SIZES = { tunedArticles: 600, heldOutArticles: 300 } as const;

/** Figures of the extraction run on synthetic outlets (`synthetic-outlets.…`). */
export function extractionFigures(report: ExtractionReport): Figures {
  const part = (name: string, r: CorpusReport): Figures => ({
    [`synthetic-outlets.${name}.text.precision`]: r.text.precision,
    [`synthetic-outlets.${name}.text.recall`]: r.text.recall,
    [`synthetic-outlets.${name}.articles-with-furniture`]: r.text.articlesWithFurniture,
    [`synthetic-outlets.${name}.copies.precision`]: r.syndication.precision,
    [`synthetic-outlets.${name}.copies.recall`]: r.syndication.recall,
  });
  return { ...part('tuned', report.tuned), ...part('held-out', report.heldOut) };
}

/** Pairwise and B-cubed figures of a clustering, per split, under `prefix`. */
function clusteringFigures(prefix: string, s: SplitScores): Figures {
  const figures: Figures = {};
  for (const split of ['all', 'train', 'dev'] as const) {
    for (const metric of ['pairwise', 'bcubed'] as const) {
      for (const m of ['precision', 'recall', 'f1'] as const) figures[`${prefix}.${split}.${metric}.${m}`] = s[split][metric][m];
    }
  }
  return figures;
}

/** Figures of the events run on plain ECB+ and on SemEval (`ecbplus.…`, `semeval.…`). */
export function eventsFigures(report: EventsReport): Figures {
  const e = report.ecbplus;
  return {
    ...clusteringFigures('ecbplus', e.system),
    'ecbplus.candidate-share': e.candidatePairs / e.allPairs,
    'ecbplus.candidate-recall': e.candidateRecall,
    'semeval.pearson': report.semeval.pearson,
    'semeval.spearman': report.semeval.spearman,
    'semeval.accuracy': report.semeval.accuracy,
  };
}

/** Figures of the events run on ECB+ wrapped in synthetic outlet furniture (`ecbplus-wrapped.…`). */
export function wrappedEventsFigures(report: FurnitureReport): Figures {
  return {
    ...clusteringFigures('ecbplus-wrapped', report.system),
    ...clusteringFigures('ecbplus-wrapped.ceiling', report.ceiling),
    'ecbplus-wrapped.story-stamps': report.storyStamps,
    'ecbplus-wrapped.dated': report.dated,
    'ecbplus-wrapped.misdated': report.misdated,
  };
}

/** Figures of the wrapped run over the draws of synthetic outlets (`ecbplus-wrapped-draws.…`). */
export function wrappedDrawsFigures(report: SeedsReport): Figures {
  return {
    'ecbplus-wrapped-draws.pairwise.f1.mean': report.pairwiseF1.mean,
    'ecbplus-wrapped-draws.bcubed.f1.mean': report.bcubedF1.mean,
    'ecbplus-wrapped-draws.bcubed.f1.min': report.bcubedF1.min,
    'ecbplus-wrapped-draws.misdated': report.seeds.reduce((n, s) => n + s.misdated, 0),
  };
}

/** Figures of the events run on headline-only items (`headlines-ecbplus.…`, `headlines-ecbplus-crowded.…`, `headlines-semeval.…`). */
export function headlinesFigures(report: HeadlinesReport): Figures {
  return {
    ...clusteringFigures('headlines-ecbplus', report.ecbplus),
    ...clusteringFigures('headlines-ecbplus-crowded', report.crowded),
    ...clusteringFigures('headlines-ecbplus-week', report.week),
    'headlines-semeval.pearson': report.semeval.pearson,
    'headlines-semeval.spearman': report.semeval.spearman,
    'headlines-ecbplus.title-faults': report.titleFaults.length,
  };
}

/** One evaluation whose figures the baseline gates. */
export interface FigureGroup {
  name: string;
  /** What the figures of this group are named with. */
  prefixes: readonly string[];
  measure(dataDir: string): Promise<Figures>;
}

/**
 * The gated groups, real pages first. The evaluations are imported when a
 * group is measured, so that reading the figures' names loads no pipeline.
 */
export const FIGURE_GROUPS: readonly FigureGroup[] = [
  {
    name: 'real-pages',
    prefixes: ['wcxb-copied.', 'wcxb-html.'],
    measure: async () => realPageFigures(evaluateRealPages({ split: HELD_OUT_SPLIT })),
  },
  {
    name: 'events',
    prefixes: ['ecbplus.', 'semeval.'],
    measure: async (data) => eventsFigures(await (await import('./events.ts')).evaluateEvents(data, { skipBaseline: true })),
  },
  {
    name: 'events-headlines',
    prefixes: ['headlines-ecbplus.', 'headlines-ecbplus-crowded.', 'headlines-ecbplus-week.', 'headlines-semeval.'],
    measure: async (data) => headlinesFigures(await (await import('./events-headlines.ts')).evaluateHeadlines(data)),
  },
  {
    name: 'extraction',
    prefixes: ['synthetic-outlets.'],
    measure: async (data) => extractionFigures(await (await import('./extraction.ts')).evaluateExtraction(data, EXTRACTION_GATE_SIZES)),
  },
  {
    name: 'events-wrapped',
    prefixes: ['ecbplus-wrapped.'],
    measure: async (data) => wrappedEventsFigures(await (await import('./events-furniture.ts')).evaluateEventsInFurniture(data)),
  },
  {
    name: 'events-wrapped-draws',
    prefixes: ['ecbplus-wrapped-draws.'],
    measure: async (data) => wrappedDrawsFigures(await (await import('./events-furniture.ts')).evaluateFurnitureSeeds(data)),
  },
];

/** The group a figure belongs to, by its name. */
export function groupOf(name: string): FigureGroup | undefined {
  return FIGURE_GROUPS.find((g) => g.prefixes.some((p) => name.startsWith(p)));
}
