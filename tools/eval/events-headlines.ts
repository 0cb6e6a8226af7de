/**
 * Evaluation of events on headline-only items, as link blogs, feed archives
 * and aggregator exports give them (a title and a one-line body), made from
 * the shared tuning data:
 *
 * - ECB+ train+dev: each article reduced to its title line and the first
 *   sentence of its text, all 772 clustered in one run, scored against the
 *   gold `event_id` like the full texts;
 * - the same items blocked as an archive of events eight times larger
 *   (`CROWDED_BLOCKING`);
 * - the same items dated as a week's feed export gives them (`weekDate`):
 *   every report within seven days of every other, whatever its event;
 * - SemEval-2022 Task 8: each side of a pair reduced to its title (the first
 *   sentence of the stored text), the same-event probability correlated with
 *   the human `Overall` score.
 */
import { createHash } from 'node:crypto';
import { enrich, loadNlp } from '../../src/analyse/per-article/enrich/index.ts';
import { buildProfiles, clusterEvents, pairFeatures, pairProbability, type Profile, type Weights } from '../../src/analyse/corpus/events/index.ts';
import { createStemmer } from '../../src/text/stem.ts';
import { opaqueId, plainArticle, readEcbPlus, readSemEval, type EcbRecord } from './events-data.ts';
import { pearson, spearman } from './events-metrics.ts';
import { eventsOf, splitScores, titleFaults, type SplitScores } from './events.ts';

/** What `evaluateHeadlines` measures. */
export interface HeadlinesReport {
  ecbplus: SplitScores;
  /**
   * The same items with blocking posting lists eight times shorter
   * (`CROWDED_BLOCKING`): how an archive whose events have eight times as
   * many reports (an aggregator's large stories) is blocked.
   */
  crowded: SplitScores;
  /** The same items, each dated on one of seven days (`weekDate`): an archive where a close date tells nothing. */
  week: SplitScores;
  semeval: { pairs: number; pearson: number; spearman: number };
  /** Event titles cut with an ellipsis (see `titleFaults`). */
  titleFaults: string[];
}

/**
 * Blocking of the crowded run: posting lists of 10 articles (the default
 * holds 80) and rare keys of 4 (the default 32). ECB+ events have about a
 * dozen reports; with lists an eighth as long, their keys are as common,
 * for blocking, as those of events of a hundred reports.
 */
export const CROWDED_BLOCKING = { maxPosting: 10, rarePosting: 4 } as const;

/** The first sentence of a text (the whole first line when it has no stop). */
export function firstSentence(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const t = line.replace(/\s+/gu, ' ').trim();
  const m = /^(.{20,}?[.!?]["”’]?)\s+["“‘]?\p{Lu}/u.exec(t);
  return m ? (m[1] as string) : t;
}

/** An ECB+ record as a headline-only item: its title line, and the first sentence of its text as the body. */
export function headlineItem(record: EcbRecord, date: string | null = null) {
  const title = record.title.replace(/\s+/gu, ' ').trim();
  const lead = firstSentence(record.text);
  return plainArticle({ id: opaqueId(record.id), title: title || lead, text: lead, date });
}

/**
 * A day of one week for a record, drawn from its id: the dates a feed export
 * of a week gives, unrelated to the event (ECB+ reports of one event are
 * days apart and of two events of a topic years apart, which an export of
 * one week does not show).
 */
export function weekDate(record: EcbRecord): string {
  const day = createHash('sha256').update(record.id).digest()[0]! % 7;
  return `2024-03-0${day + 1}`;
}

/**
 * Run the headline-only evaluation on a data folder (`../shared/data`):
 * returns the figures, prints nothing.
 *
 * @param weights Weights of the same-event score (default: the settings' `WEIGHTS`).
 */
export async function evaluateHeadlines(dataDir: string, weights?: Weights): Promise<HeadlinesReport> {
  const nlp = loadNlp();
  const records = await readEcbPlus(dataDir);
  const items = enrich(records.map((r) => headlineItem(r)), { nlp });
  const result = clusterEvents(items, new Map(), weights ? { weights } : {});
  const ecbplus = splitScores(records, eventsOf(result));
  const crowdedRun = clusterEvents(items, new Map(), { ...(weights ? { weights } : {}), candidates: CROWDED_BLOCKING });
  const crowded = splitScores(records, eventsOf(crowdedRun));
  const weekItems = enrich(records.map((r) => headlineItem(r, weekDate(r))), { nlp });
  const week = splitScores(records, eventsOf(clusterEvents(weekItems, new Map(), weights ? { weights } : {})));

  const pairs = await readSemEval(dataDir);
  const side = (id: string, text: string) => plainArticle({ id, title: firstSentence(text), text: '' });
  const articles = enrich(
    pairs.flatMap((p, k) => [side(`p${k}a`, p.text1), side(`p${k}b`, p.text2)]),
    { nlp },
  );
  const { profiles } = buildProfiles(articles, { stemmer: createStemmer() });
  const probs = pairs.map((_, k) => pairProbability(pairFeatures(profiles[2 * k] as Profile, profiles[2 * k + 1] as Profile), weights));
  const overall = pairs.map((p) => p.Overall);
  return {
    ecbplus,
    crowded,
    week,
    semeval: { pairs: pairs.length, pearson: pearson(probs, overall), spearman: spearman(probs, overall) },
    titleFaults: titleFaults(result.events.map((e) => e.title), new Set()),
  };
}
