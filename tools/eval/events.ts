/**
 * Evaluation of the events pass on the shared tuning data:
 *
 * - ECB+ (train and dev together, 772 articles clustered in one run):
 *   pairwise and B-cubed precision/recall/F1 against the gold `event_id`,
 *   for all articles and per split, and the same for a plain TF-IDF
 *   average-link baseline;
 * - SemEval-2022 Task 8: correlation of the pair probability with the human
 *   `Overall` score (1 same story … 4 unrelated, so a good score correlates
 *   negatively), and the accuracy of the same-event decision against
 *   `Overall ≤ 1.5`.
 *
 * Labels, urls and sources are read only here, to score; the algorithm sees
 * titles and texts.
 */
import { enrich, loadNlp } from '../../src/analyse/per-article/enrich/index.ts';
import { createStemmer } from '../../src/text/stem.ts';
import {
  averageLink,
  buildProfiles,
  clusterEvents,
  cosine,
  FEATURE_NAMES,
  foldLine,
  pairFeatures,
  pairProbability,
  scorePairs,
  type ClusterEventsResult,
  type PairFeatures,
  type Profile,
  type Weights,
} from '../../src/analyse/corpus/events/index.ts';
import { MERGE_THRESHOLD, WEIGHTS } from '../../src/analyse/corpus/events/settings.ts';
import type { EnrichedArticle } from '../../src/model/types.ts';
import { headlineItem } from './events-headlines.ts';
import { articleFromEcb, articleFromSemEval, readEcbPlus, readSemEval, type EcbRecord } from './events-data.ts';
import { bcubed, pairwise, pearson, spearman, type PRF } from './events-metrics.ts';

/** Pairwise and B-cubed scores of one clustering on one set of articles. */
export interface ClusteringScores {
  articles: number;
  goldEvents: number;
  predictedEvents: number;
  pairwise: PRF;
  bcubed: PRF;
}

/** Scores on all articles and on each split. */
export interface SplitScores {
  all: ClusteringScores;
  train: ClusteringScores;
  dev: ClusteringScores;
}

/** What `evaluateEvents` measures. */
export interface EventsReport {
  ecbplus: {
    system: SplitScores;
    /** Plain TF-IDF cosine (titles twice), average link over all pairs, threshold tuned on train. */
    baseline: SplitScores & { threshold: number };
    /** Candidate pairs the system scored, and all pairs for comparison. */
    candidatePairs: number;
    allPairs: number;
    /** Share of gold same-event pairs among the candidates (0…1). */
    candidateRecall: number;
  };
  semeval: {
    pairs: number;
    /** Correlation of the pair probability with `Overall` (negative is good). */
    pearson: number;
    spearman: number;
    /** Share of pairs where `probability ≥ threshold` agrees with `Overall ≤ 1.5`. */
    accuracy: number;
    threshold: number;
  };
  /** Event titles that are cut with an ellipsis (see `titleFaults`). */
  titleFaults: string[];
  /**
   * Milliseconds of each step, wall clock and CPU time of this process (not
   * deterministic; for information: on a loaded machine the wall clock
   * grows, the CPU time does not).
   */
  timings: Record<'enrich' | 'cluster' | 'baseline' | 'semeval', { wallMs: number; cpuMs: number }>;
}

/** Options of `evaluateEvents`. */
export interface EvaluateEventsOptions {
  /** Weights of the same-event score (default: the settings' `WEIGHTS`). */
  weights?: Weights;
  /** Skip the TF-IDF baseline (default: `false`). */
  skipBaseline?: boolean;
  /** Lowest mean probability that merges two clusters (default: the settings' `MERGE_THRESHOLD`). */
  threshold?: number;
}

/** A point in time: wall clock and CPU time, milliseconds. */
export function clock(): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  return { wall: performance.now(), cpu: (c.user + c.system) / 1000 };
}

/** Time since `start`, milliseconds. */
export function lap(start: { wall: number; cpu: number }): { wallMs: number; cpuMs: number } {
  const now = clock();
  return { wallMs: now.wall - start.wall, cpuMs: now.cpu - start.cpu };
}

function scores(gold: readonly string[], predicted: readonly string[], keep: (i: number) => boolean): ClusteringScores {
  const idx = gold.map((_, i) => i).filter(keep);
  const g = idx.map((i) => gold[i] as string);
  const p = idx.map((i) => predicted[i] as string);
  return {
    articles: idx.length,
    goldEvents: new Set(g).size,
    predictedEvents: new Set(p).size,
    pairwise: pairwise(g, p),
    bcubed: bcubed(g, p),
  };
}

/** Scores of a clustering against the gold `event_id` of ECB+ records: all, split=train, split=dev. */
export function splitScores(records: readonly EcbRecord[], predicted: readonly string[]): SplitScores {
  const gold = records.map((r) => r.event_id);
  return {
    all: scores(gold, predicted, () => true),
    train: scores(gold, predicted, (i) => records[i]?.split === 'train'),
    dev: scores(gold, predicted, (i) => records[i]?.split === 'dev'),
  };
}

/** The event id of each article a clustering was given, in its order. */
export function eventsOf(result: Pick<ClusterEventsResult, 'articles' | 'eventOf'>): string[] {
  return result.articles.map((a) => result.eventOf.get(a.id)!);
}

/** Thresholds tried for the baseline (cosine). */
const BASELINE_THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3];

/**
 * The baseline of the data README: TF-IDF cosine with titles counted twice,
 * average link over all pairs; the threshold with the best B-cubed F1 on
 * split=train is kept.
 */
export function baseline(articles: readonly EnrichedArticle[], records: readonly EcbRecord[]): SplitScores & { threshold: number } {
  const { profiles } = buildProfiles(articles);
  const edges: { i: number; j: number; w: number }[] = [];
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const w = cosine((profiles[i] as Profile).text, (profiles[j] as Profile).text);
      if (w > 0) edges.push({ i, j, w });
    }
  }
  let best: (SplitScores & { threshold: number }) | null = null;
  for (const t of BASELINE_THRESHOLDS) {
    const labels = averageLink(articles.length, edges, t).map(String);
    const s = splitScores(records, labels);
    if (!best || s.train.bcubed.f1 > best.train.bcubed.f1) best = { ...s, threshold: t };
  }
  return best as SplitScores & { threshold: number };
}

/** The articles of ECB+ as the pipeline sees them after enrich. */
export function ecbArticles(records: readonly EcbRecord[]): EnrichedArticle[] {
  return enrich(records.map(articleFromEcb), { nlp: loadNlp() });
}

/**
 * Run the events evaluation on a data folder (`../shared/data`): returns the
 * figures, prints nothing.
 *
 * @param dataDir Folder holding `ecbplus-traindev.jsonl` and `semeval2022-task8-en-pairs.jsonl`.
 * @param options See `EvaluateEventsOptions`.
 */
export async function evaluateEvents(dataDir: string, options: EvaluateEventsOptions = {}): Promise<EventsReport> {
  const records = await readEcbPlus(dataDir);
  let t = clock();
  const articles = ecbArticles(records);
  const enrich = lap(t);

  t = clock();
  let edges: readonly { i: number; j: number }[] = [];
  const result = clusterEvents(articles, new Map(), {
    ...(options.weights ? { weights: options.weights } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    onScored: (scored) => {
      edges = scored.edges;
    },
  });
  const cluster = lap(t);
  const predicted = eventsOf(result);
  const system = splitScores(records, predicted);

  // How many gold pairs blocking keeps.
  let goldPairs = 0;
  const byEvent = new Map<string, number>();
  for (const r of records) byEvent.set(r.event_id, (byEvent.get(r.event_id) ?? 0) + 1);
  for (const n of byEvent.values()) goldPairs += (n * (n - 1)) / 2;
  const kept = edges.filter((e) => records[e.i]?.event_id === records[e.j]?.event_id).length;

  t = clock();
  const base = options.skipBaseline ? { ...system, threshold: Number.NaN } : baseline(articles, records);
  const baselineTime = lap(t);

  t = clock();
  const semeval = await evaluateSemEval(dataDir, options.weights);
  const semevalTime = lap(t);

  return {
    ecbplus: {
      system,
      baseline: base,
      candidatePairs: result.stats.candidatePairs,
      allPairs: (articles.length * (articles.length - 1)) / 2,
      candidateRecall: goldPairs === 0 ? 1 : kept / goldPairs,
    },
    semeval,
    titleFaults: titleFaults(result.events.map((e) => e.title), new Set()),
    timings: { enrich, cluster, baseline: baselineTime, semeval: semevalTime },
  };
}

/**
 * The event titles that are not headlines: cut with an ellipsis, or one of
 * `furniture` (lines folded with `foldLine`).
 */
export function titleFaults(titles: readonly string[], furniture: ReadonlySet<string>): string[] {
  return titles.filter((t) => /(?:…|\.\.\.)["'’”)]*$/u.test(t.trim()) || furniture.has(foldLine(t)));
}

/**
 * SemEval-2022 Task 8 pairs: the same-event probability of each pair (over
 * profiles of all pair texts together, for the IDF), its correlation with
 * `Overall`, and the accuracy of `probability ≥ MERGE_THRESHOLD` as a
 * same-story decision (`Overall ≤ 1.5`).
 */
export async function evaluateSemEval(dataDir: string, weights?: Weights): Promise<EventsReport['semeval']> {
  const pairs = await readSemEval(dataDir);
  const raw = pairs.flatMap((p, k) => [articleFromSemEval(`p${k}a`, p.text1), articleFromSemEval(`p${k}b`, p.text2)]);
  const articles = enrich(raw, { nlp: loadNlp() });
  const { profiles } = buildProfiles(articles, { stemmer: createStemmer() });
  const probs = pairs.map((_, k) => pairProbability(pairFeatures(profiles[2 * k] as Profile, profiles[2 * k + 1] as Profile), weights));
  const overall = pairs.map((p) => p.Overall);
  let agree = 0;
  probs.forEach((p, k) => {
    if (p >= MERGE_THRESHOLD === (overall[k] as number) <= 1.5) agree++;
  });
  return {
    pairs: pairs.length,
    pearson: pearson(probs, overall),
    spearman: spearman(probs, overall),
    accuracy: pairs.length === 0 ? 0 : agree / pairs.length,
    threshold: MERGE_THRESHOLD,
  };
}

/**
 * Fit the weights of the same-event score by logistic regression on the
 * candidate pairs of one ECB+ split (label: same gold event), by batch
 * gradient descent (deterministic). With `only`, just those weights are
 * fitted, from their values in `WEIGHTS`, and the others are held there:
 * how a feature added later is weighted without moving the rest.
 *
 * @param dataDir Data folder.
 * @param split Split to fit on (default: `'train'`).
 * @param iterations Gradient steps (default: `4000`).
 * @param only Weights to fit, by name (`'bias'` or a feature name; default: all, from zero).
 */
export async function fitWeights(dataDir: string, split = 'train', iterations = 4000, only?: readonly string[], withHeadlines = false): Promise<Weights> {
  const records = await readEcbPlus(dataDir);
  const versions = [ecbArticles(records)];
  if (withHeadlines) versions.push(enrich(records.map((r) => headlineItem(r)), { nlp: loadNlp() }));
  const names = ['bias', ...FEATURE_NAMES] as const;
  const free = names.map((name) => !only || only.includes(name));
  const rows: { x: number[]; y: number }[] = [];
  for (const articles of versions) {
    const { profiles, edges } = scorePairs(articles);
    for (const e of edges) {
      if (records[e.i]?.split !== split || records[e.j]?.split !== split) continue;
      const f: PairFeatures = pairFeatures(profiles[e.i] as Profile, profiles[e.j] as Profile);
      rows.push({ x: [1, ...FEATURE_NAMES.map((k) => f[k])], y: records[e.i]?.event_id === records[e.j]?.event_id ? 1 : 0 });
    }
  }
  const k = names.length;
  const w = names.map((name): number => (only ? WEIGHTS[name] : 0));
  const rate = 0.5;
  const l2 = 1e-3;
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(k).fill(0);
    for (const { x, y } of rows) {
      let z = 0;
      for (let d = 0; d < k; d++) z += (w[d] as number) * (x[d] as number);
      const p = 1 / (1 + Math.exp(-z));
      for (let d = 0; d < k; d++) g[d] = (g[d] as number) + (p - y) * (x[d] as number);
    }
    for (let d = 0; d < k; d++) {
      if (free[d]) w[d] = (w[d] as number) - rate * ((g[d] as number) / rows.length + (d > 0 ? l2 * (w[d] as number) : 0));
    }
  }
  const out = { bias: w[0] as number } as Weights;
  FEATURE_NAMES.forEach((name, d) => {
    out[name] = w[d + 1] as number;
  });
  return out;
}
