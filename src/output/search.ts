/**
 * The search index: Pagefind, fed the articles straight from the Archive
 * (`addCustomRecord`: title, clean text, outlet, topic keys, year, date)
 * rather than by reading the written pages back.
 *
 * Pagefind cannot update an index, so a large archive is indexed in shards,
 * one per year of publication (undated articles in a shard of their own),
 * and only the shards whose articles' records changed are indexed again. A
 * year of more than `SHARD_MAX_ARTICLES` articles is split into quarters,
 * and such a quarter into months, so that a rebuild indexes a few small
 * bundles again, not whole years. Many bundles cost the full build a little
 * more and the search page more merges. The newest shard is the main
 * bundle, at `/pagefind/`; the others are bundles at
 * `/pagefind/shards/<key>/`, listed in `/pagefind/dateline-shards.json`:
 *
 *   { "merge": ["shards/2023/", "shards/2022-10-12/", …] }   (paths relative to /pagefind/)
 *
 * The search page merges them at search time with Pagefind's `mergeIndex`.
 * Pagefind indexes on one core per service, so the stale shards are indexed
 * side by side on worker threads, each with a service of its own
 * (`indexer.ts`); a bundle's bytes depend on its records alone.
 * An archive of fewer than `SHARD_MIN_ARTICLES` articles gets one bundle
 * and an empty `merge` list.
 *
 * A record holds only what moves with its article and the article's own
 * event, so that new articles leave the records of old ones, and their
 * bundles, as they were. Which names and keywords are topics is decided
 * over the whole archive (a subject is a keyword several events share), so
 * a record's topic filter holds keys (`ArchiveArticle.topicKeys`: the slugs
 * of the topics its story names and its event shares, topics or not yet),
 * and the archive's current topics are listed apart, in `/search/topics.json`,
 * written with every build:
 *
 *   {"topics": [["health", "Health", 12], …]}   (key, name, reports filed under it)
 *
 * The search page offers those topics alone; filtering by a topic's key
 * gives the articles filed under it (its reports on the topic's events
 * that name it, copies included), as the article pages list their topics.
 * A key made from a keyword still moves when the article's keywords do
 * (their document frequencies count every article of the archive).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomRecord } from 'pagefind';
import type { Archive, ArchiveArticle } from '../model/types.ts';
import { PACKAGE_ROOT } from './eleventy.ts';
import { closeIndexer, indexRecords, type IndexFile } from './indexer.ts';

/**
 * Fewest articles for which the index is split by year: below it, indexing
 * everything again takes a few seconds at most, and one bundle searches faster.
 */
export const SHARD_MIN_ARTICLES = 2000;
/**
 * Most articles of a shard before its year is split into quarters, and a
 * quarter into months (a month is never split). Undated articles are split
 * into as many buckets (by a hash of their id) as it takes.
 */
export const SHARD_MAX_ARTICLES = 1000;
/** Folder of the search bundles in the site. */
export const BUNDLE_DIR = 'pagefind';
/** The list of shard bundles the search page merges, in the main bundle. */
export const SHARD_LIST = 'dateline-shards.json';
/** The archive's current topics, which the search page offers and filters by (their keys). */
export const TOPIC_LIST = 'search/topics.json';

export interface SearchShard {
  /** `all`, a year (`2016`), a quarter (`2016-04-06`), a month (`2016-05`), `undated` or `undated-<n>`. */
  key: string;
  /** Folder of the bundle in the site (`pagefind`, `pagefind/shards/2016`). */
  dir: string;
  /** The shard's articles; their records are made when the shard is indexed. */
  articles: ArchiveArticle[];
  /** Hash of the records and of Pagefind's version: an unchanged shard is carried over. */
  input: string;
}

/**
 * The record Pagefind indexes for an article: what its page marks with
 * data-pagefind-body (the headline and the story text, never the page's
 * furniture, sidebars or provenance), -meta, -filter and -sort. Pagefind
 * searches the meta too, so they hold only what describes the story (its
 * headline, date, outlet, author and event's title) and a bare count; the
 * event's id, which the search page links and groups results by, is a
 * filter, which is not searched.
 */
export function searchRecord(a: ArchiveArticle): CustomRecord {
  const filters: Record<string, string[]> = {};
  if (a.source) filters.outlet = [a.source];
  if (a.date) filters.year = [a.date.slice(0, 4)];
  if (a.topicKeys.length) filters.topic = a.topicKeys;
  if (a.event) filters.event = [a.event.url.split('/')[2]!];
  const meta: Record<string, string> = { title: a.title, date_label: a.dateLabel };
  if (a.date) meta.date = a.date;
  if (a.source) meta.outlet = a.source;
  if (a.author) meta.author = a.author;
  if (a.language) meta.lang = a.language.lang;
  if (a.event) Object.assign(meta, { event: a.event.title, event_reports: String(a.eventReports) });
  return {
    url: a.url,
    content: `${a.title}\n\n${a.text}`,
    language: a.lang.split('-')[0]!.toLowerCase(),
    meta,
    filters,
    ...(a.date ? { sort: { date: a.date } } : {}),
  };
}

/** One topic as the search page offers it: its key (the records' filter value), its name, and how many reports are filed under it. */
export type SearchTopic = [key: string, label: string, reports: number];

/** `/search/topics.json`: the archive's topics by key, each with the reports filed under it, one a line. */
export function topicList(archive: Archive): string {
  const reports = new Map<string, number>();
  for (const a of archive.articles) for (const t of a.topics) reports.set(t.url, (reports.get(t.url) ?? 0) + 1);
  const topics: SearchTopic[] = archive.topics
    .map((t): SearchTopic => [t.slug, t.label, reports.get(`/topics/${t.kind}/${t.slug}/`) ?? 0])
    .filter((t) => t[2] > 0)
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return `{"topics": [\n${topics.map((t) => JSON.stringify(t)).join(',\n')}\n]}\n`;
}

/**
 * What an article's search record is made from, as a string to hash: the
 * record as JSON, its text given by its digest (`contentKey`) when it has one.
 */
function recordInput(a: ArchiveArticle): string {
  if (typeof a.contentKey !== 'string') return JSON.stringify(searchRecord(a));
  return `${JSON.stringify(searchRecord({ ...a, text: '' }))}\u0000${a.contentKey}`;
}

/**
 * The articles by shard key (see `SearchShard.key`), each list in archive
 * order: one shard when `split` is false, else by year, a year of more than
 * `max` articles by quarter, such a quarter by month.
 */
export function shardGroups(articles: readonly ArchiveArticle[], split: boolean, max = SHARD_MAX_ARTICLES): Map<string, ArchiveArticle[]> {
  const push = (m: Map<string, ArchiveArticle[]>, key: string, a: ArchiveArticle) => {
    let g = m.get(key);
    if (!g) m.set(key, (g = []));
    g.push(a);
  };
  const groups = new Map<string, ArchiveArticle[]>();
  const add = (key: string, a: ArchiveArticle) => push(groups, key, a);
  if (!split) {
    for (const a of articles) add('all', a);
    return groups;
  }
  const two = (n: number) => String(n).padStart(2, '0');
  const byYear = new Map<string, ArchiveArticle[]>();
  for (const a of articles) push(byYear, a.date ? a.date.slice(0, 4) : 'undated', a);
  for (const [year, list] of byYear) {
    if (list.length <= max) {
      for (const a of list) add(year, a);
    } else if (year === 'undated') {
      const buckets = 2 ** Math.ceil(Math.log2(list.length / max));
      for (const a of list) add(`undated-${Number.parseInt(createHash('sha256').update(a.id).digest('hex').slice(0, 8), 16) % buckets}`, a);
    } else {
      const quarterOf = (a: ArchiveArticle) => Math.floor((Number(a.date!.slice(5, 7)) - 1) / 3);
      const perQuarter = [0, 0, 0, 0];
      for (const a of list) perQuarter[quarterOf(a)]!++;
      for (const a of list) {
        const q = quarterOf(a);
        add(perQuarter[q]! <= max ? `${year}-${two(3 * q + 1)}-${two(3 * q + 3)}` : a.date!.slice(0, 7), a);
      }
    }
  }
  return groups;
}

/** The articles split into shards (by date when `split`, see `shardGroups`), the newest first. */
export async function searchShards(archive: Archive, split = archive.articles.length >= SHARD_MIN_ARTICLES, max = SHARD_MAX_ARTICLES): Promise<SearchShard[]> {
  const version = JSON.parse(await readFile(path.join(PACKAGE_ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8').catch(() => '{}')).version ?? '';
  const groups = shardGroups(archive.articles, split, max);
  if (groups.size === 0) groups.set('all', []);
  // Newest first (a key starts with its first month, so the order of the strings is the order in time); undated last.
  const undated = (k: string) => k.startsWith('undated');
  const keys = [...groups.keys()].sort((x, y) => (undated(x) !== undated(y) ? (undated(x) ? 1 : -1) : x < y ? 1 : x > y ? -1 : 0));
  return keys.map((key, i) => {
    const articles = groups.get(key)!;
    const dir = i === 0 ? BUNDLE_DIR : `${BUNDLE_DIR}/shards/${key}`;
    const h = createHash('sha256').update(`${version}\u0000${dir}\u0000${i === 0 ? keys.join(',') : ''}\u0000`);
    for (const a of articles) h.update(recordInput(a));
    return { key, dir, articles, input: h.digest('hex').slice(0, 32) };
  });
}

/** A file of a bundle: path relative to the site root. */
export interface BundleFile {
  path: string;
  content: Uint8Array | string;
}

/** Indexes shards on other threads: records in, each shard's bundle files out, in the order given. */
export type ShardIndexer = (records: CustomRecord[][]) => Promise<IndexFile[][]>;

/**
 * Indexes the shards given and returns their bundles' files. `all` holds
 * every shard, for the main bundle's list. Pagefind indexes on one core per
 * service, so with `indexer` (worker threads, each with a service of its
 * own) the shards are indexed side by side; without it, one after another.
 * Either way each bundle's bytes depend on its records alone.
 */
export async function indexShards(shards: readonly SearchShard[], all: readonly SearchShard[], indexer?: ShardIndexer): Promise<BundleFile[]> {
  const out: BundleFile[] = [];
  let bundles: IndexFile[][];
  if (indexer && shards.length > 1) bundles = await indexer(shards.map((s) => s.articles.map(searchRecord)));
  else {
    bundles = [];
    try {
      for (const shard of shards) bundles.push(await indexRecords(shard.articles.map(searchRecord)));
    } finally {
      await closeIndexer();
    }
  }
  shards.forEach((shard, i) => {
    for (const f of bundles[i]!) out.push({ path: `${shard.dir}/${f.path}`, content: f.content });
    if (shard.dir === BUNDLE_DIR) {
      const merge = all.filter((s) => s.dir !== BUNDLE_DIR).map((s) => `${s.dir.slice(BUNDLE_DIR.length + 1)}/`);
      out.push({ path: `${BUNDLE_DIR}/${SHARD_LIST}`, content: `${JSON.stringify({ merge }, null, 1)}\n` });
    }
  });
  return out;
}
