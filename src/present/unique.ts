/**
 * What each report of an event says that the others do not: the sentences
 * of its kept text with content words no other report of the event uses,
 * worded unlike theirs. The event page shows the best of them as one line
 * under the report.
 */
import { shingles } from '../analyse/corpus/events/index.ts';
import { terms } from '../analyse/per-article/enrich/index.ts';
import type { Stemmer } from '../text/stem.ts';
import { bareWords } from '../text/words.ts';
import type { AnalysedArticle, BlockKind } from '../model/types.ts';
import { shorten } from './labels.ts';
import { printable } from '../text/printable.ts';
import { sentencesOf } from './sentences.ts';
import { UNIQUE_CHARS, UNIQUE_MAX_SHARED, UNIQUE_MIN_NEW_TERMS, UNIQUE_MIN_WORDS, UNIQUE_SENTENCES, UNIQUE_SHINGLE_WORDS } from './settings.ts';

/** Blocks whose sentences are compared: running text, not headings, code or tables. */
const PROSE: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'blockquote']);

interface Sentence {
  text: string;
  /** Position in the report. */
  at: number;
  words: number;
  stems: string[];
  grams: number[];
}

/** The sentences of a report's kept prose, with their content stems and shingles, each without repeats. */
function sentencesOfReport(a: AnalysedArticle, stemmer: Stemmer): Sentence[] {
  const out: Sentence[] = [];
  for (const b of a.blocks) {
    if (b.removed || !PROSE.has(b.kind)) continue;
    for (const text of sentencesOf(b.text)) {
      out.push({
        text,
        at: out.length,
        words: bareWords(text).length,
        stems: [...new Set(terms(text, stemmer).map((t) => t.stem))],
        grams: shingles(text, UNIQUE_SHINGLE_WORDS),
      });
    }
  }
  return out;
}

/** How many of the reports use each key (a stem, a shingle). */
function reportCounts<K>(reports: Sentence[][], keys: (s: Sentence) => readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const sentences of reports) {
    const seen = new Set<K>();
    for (const s of sentences) for (const k of keys(s)) seen.add(k);
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * For each report (syndicated copies left out by the caller), up to
 * `UNIQUE_SENTENCES` sentences that say what the other reports do not,
 * the most telling first (the most content words of its own, then the
 * earliest); none for a report that is the event's only one.
 *
 * @param reports The event's original reports.
 * @param stemmer The build's stemmer (its memo is shared by every event).
 */
export function uniqueLines(reports: readonly AnalysedArticle[], stemmer: Stemmer): string[][] {
  if (reports.length < 2) return reports.map(() => []);
  const parsed = reports.map((a) => sentencesOfReport(a, stemmer));
  const stemCounts = reportCounts(parsed, (s) => s.stems);
  const gramCounts = reportCounts(parsed, (s) => s.grams);
  return parsed.map((sentences) =>
    sentences
      .map((s) => ({
        s,
        own: s.stems.filter((t) => stemCounts.get(t) === 1).length,
        shared: s.grams.length ? s.grams.filter((g) => (gramCounts.get(g) ?? 0) > 1).length / s.grams.length : 0,
      }))
      .filter((x) => x.s.words >= UNIQUE_MIN_WORDS && x.own >= UNIQUE_MIN_NEW_TERMS && x.shared <= UNIQUE_MAX_SHARED)
      .sort((x, y) => y.own - x.own || x.s.at - y.s.at)
      .slice(0, UNIQUE_SENTENCES)
      .map((x) => shorten(printable(x.s.text), UNIQUE_CHARS)),
  );
}
