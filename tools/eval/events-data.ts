/**
 * Evaluation data for the events pass: ECB+ records and SemEval-2022 Task 8
 * pairs, and the `Article`s the pipeline would see for them.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalysedArticle, Article, DateSource } from '../../src/model/types.ts';
import { makeArticle } from '../../tests/support/articles.ts';

/** What is needed to make an article from plain text. */
export interface PlainArticle {
  id: string;
  title: string;
  /** Body text; every non-empty line becomes one paragraph block. */
  text: string;
  /** ISO date `yyyy-mm-dd` (default: `null`). */
  date?: string | null;
  /** Where `date` came from (default: `'front-matter'` when a date is given, else `'none'`). */
  dateSource?: DateSource;
  /** Outlet name (default: `null`). */
  source?: string | null;
}

/**
 * A full `Article` from plain fields (`makeArticle`, one paragraph block per
 * non-empty line of `text`, which starts on line 2, after a title line);
 * every other field takes its neutral value (no entities, no keywords, no event).
 */
export function plainArticle(input: PlainArticle): AnalysedArticle {
  const date = input.date ?? null;
  return {
    ...makeArticle({ id: input.id, title: input.title, lines: input.text.split('\n'), source: input.source ?? null, date, firstLine: 2 }),
    hash: createHash('sha256').update(`${input.title}\n${input.text}`).digest('hex'),
    dateSource: input.dateSource ?? (date ? 'front-matter' : 'none'),
  };
}

/** One ECB+ record as stored in `ecbplus-traindev.jsonl`. */
export interface EcbRecord {
  id: string;
  topic_id: string;
  event_id: string;
  split: string;
  title: string;
  text: string;
  date_raw: string | null;
  url: string | null;
  source: string | null;
}

/** One SemEval-2022 Task 8 pair as stored in `semeval2022-task8-en-pairs.jsonl`. */
export interface SemEvalPair {
  pair_id: string;
  split: string;
  text1: string;
  text2: string;
  /** 1 (same story) … 4 (unrelated). */
  Overall: number;
}

async function readJsonl<T>(path: string): Promise<T[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** Read `ecbplus-traindev.jsonl` from a data folder. */
export function readEcbPlus(dataDir: string): Promise<EcbRecord[]> {
  return readJsonl<EcbRecord>(join(dataDir, 'ecbplus-traindev.jsonl'));
}

/** Read `semeval2022-task8-en-pairs.jsonl` from a data folder. */
export function readSemEval(dataDir: string): Promise<SemEvalPair[]> {
  return readJsonl<SemEvalPair>(join(dataDir, 'semeval2022-task8-en-pairs.jsonl'));
}

/**
 * An opaque article id for an ECB+ record. ECB+ ids spell their sub-corpus
 * (`1_10ecb`, `1_10ecbplus`), which would leak the gold event into any
 * tie-break by id; a hash does not.
 */
export function opaqueId(recordId: string): string {
  return `doc-${createHash('sha1').update(recordId).digest('hex').slice(0, 12)}`;
}

/**
 * The article the pipeline would see for an ECB+ record: title and text
 * only. Labels, url, source and `date_raw` are left out; dates are read from
 * the text by the enrich stage.
 */
export function articleFromEcb(record: EcbRecord): Article {
  return plainArticle({ id: opaqueId(record.id), title: record.title, text: record.text });
}

/**
 * The article for one side of a SemEval pair. The stored text is the title
 * followed by the body on one line, so the first sentence stands in for the title.
 *
 * @param id Article id.
 * @param text `text1` or `text2` of a pair.
 */
export function articleFromSemEval(id: string, text: string): Article {
  const t = text.replace(/\s+/gu, ' ').trim();
  const m = /^(.{20,200}?[.!?])\s/u.exec(t);
  const title = m ? (m[1] as string) : t.slice(0, 120);
  return plainArticle({ id, title, text: m ? t.slice(title.length).trim() : t });
}
