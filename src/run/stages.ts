/**
 * The per-article stages with the cache in front of them and the worker
 * pool behind: an article whose input is unchanged is not parsed,
 * fingerprinted, enriched or rendered again.
 *
 *   stages 2–3   parseFiles        key: file path, format and content hash
 *   stage 6      enrichArticles    key: the article after stage 5 (title,
 *                + body HTML                undated or not, kept blocks)
 *
 * The corpus-wide parts stay corpus-wide: slug collisions are settled over
 * every file (`assignArticleIds`) and keywords are ranked over every article
 * (`keywordsOfLists`), whatever came from the cache.
 */
import { datelineBlocks, keywordsOfLists, settleDateOrder } from '../analyse/per-article/enrich/index.ts';
import type { ProfileBase } from '../analyse/corpus/events/index.ts';
import type { Fingerprints } from '../analyse/per-article/fingerprint/index.ts';
import { SIGNATURE_SIZE, SHINGLE_SIZE } from '../analyse/per-article/fingerprint/settings.ts';
import { assignArticleIds, type ParseResult } from '../analyse/per-article/parse/index.ts';
import type { Article, Entities, SourceFile } from '../model/types.ts';
import { MIN_ITEMS_FOR_WORKERS, WorkerPool, type Each, type Progress } from './workers/pool.ts';
import {
  articleTaskBytes,
  articleTools,
  entitiesFrom,
  interner,
  fileTaskBytes,
  fingerprintFromJson,
  profileFrom,
  type ArticleResult,
  type ArticleTools,
  type FileResult,
  type StoredFile,
  type StoredFingerprint,
} from './workers/tasks.ts';
import { cacheKey, fromEntryBytes, type CacheStore } from './cache.ts';

/** Where the per-article work is looked up and done. */
export interface ArticleWork {
  /** The persistent cache, or null to compute everything. */
  cache: CacheStore | null;
  /** Worker threads to use (0: the main thread does the work). */
  workers: number;
  /**
   * A pool shared by the stages of one build, so that its threads start once
   * (default: each stage starts and closes a pool of its own when it needs one).
   */
  pool?: ArticlePool;
  /** Told how many of the articles to compute are done (default: not told). */
  progress?: (stage: string, done: number, total: number) => void;
}

/** Articles done on the main thread between two progress reports. */
const PROGRESS_EVERY = 100;

/** `f` over `items`, telling `progress` every `PROGRESS_EVERY` items. */
function mapWithProgress<I, O>(items: readonly I[], f: (item: I) => O, progress?: Progress): O[] {
  return items.map((item, i) => {
    const r = f(item);
    if (progress && ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === items.length)) progress(i + 1, items.length);
    return r;
  });
}

/** A pool when there is enough to do; started lazily, closed by the caller through `done`. */
export class ArticlePool {
  #pool: WorkerPool | null = null;
  #tools: ArticleTools | null = null;
  constructor(readonly size: number) {}

  /** The file task over `items`, each result as the bytes the cache stores (see `resultBytes`). */
  async files(items: SourceFile[], progress?: Progress): Promise<Uint8Array[]> {
    if (items.length === 0) return [];
    if (this.size > 0 && items.length >= MIN_ITEMS_FOR_WORKERS) return (this.#pool ??= new WorkerPool(this.size)).files(items, progress);
    return mapWithProgress(items, fileTaskBytes, progress);
  }

  /** The article task over `items`, each result (as bytes, see `resultBytes`) handed to `each` as it comes (see `WorkerPool`). */
  async articles(items: Article[], progress: Progress | undefined, each: Each<Uint8Array>): Promise<void> {
    if (items.length === 0) return;
    if (this.size > 0 && items.length >= MIN_ITEMS_FOR_WORKERS) {
      await (this.#pool ??= new WorkerPool(this.size)).articles(items, progress, each);
      return;
    }
    const tools = (this.#tools ??= articleTools());
    for (let i = 0; i < items.length; i++) {
      await each(i, [articleTaskBytes(items[i]!, tools)]);
      if (progress && ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === items.length)) progress(i + 1, items.length);
    }
  }

  async done(): Promise<void> {
    await this.#pool?.close();
    this.#pool = null;
  }
}

/** A stored file result, as the rest of the build uses it. */
function fileResult(s: StoredFile): FileResult {
  return { parse: s.parse, fingerprint: s.fingerprint && fingerprintFromJson(s.fingerprint) };
}

/** Output of stages 2 and 3. */
export interface ParsedFiles {
  parsed: ParseResult;
  fingerprints: Fingerprints;
}

/** Stages 2 and 3: every file parsed and its article fingerprinted, from the cache where the file is unchanged. */
export async function parseFiles(files: readonly SourceFile[], work: ArticleWork, previousIds?: ReadonlyMap<string, string>): Promise<ParsedFiles> {
  const { cache } = work;
  const workers = work.pool ?? new ArticlePool(work.workers);
  try {
    const keys = files.map((f) => cacheKey('file', f.file, f.format, f.hash));
    const results: (FileResult | undefined)[] = cache
      ? await Promise.all(keys.map(async (k) => {
          const s = await cache.get<StoredFile>('file', k);
          return s && fileResult(s);
        }))
      : new Array(files.length).fill(undefined);
    const missing = files.filter((_, i) => !results[i]);
    const computed = await workers.files(missing, work.progress && ((done, total) => work.progress!('parse', done, total)));
    let m = 0;
    for (let i = 0; i < files.length; i++) {
      if (results[i]) continue;
      const bytes = computed[m++]!;
      results[i] = fileResult(fromEntryBytes<StoredFile>(bytes));
      await cache?.setBytes('file', keys[i]!, bytes);
    }
    const byFile = new Map<string, StoredFingerprint>();
    for (const r of results) if (r!.parse.article && r!.fingerprint) byFile.set(r!.parse.article.file, r!.fingerprint);
    const parsed = assignArticleIds(results.map((r) => r!.parse), previousIds);
    const byId = new Map<string, Fingerprints['byId'] extends Map<string, infer V> ? V : never>();
    for (const a of parsed.articles) byId.set(a.id, { id: a.id, ...byFile.get(a.file)! });
    return { parsed, fingerprints: { shingleSize: SHINGLE_SIZE, signatureSize: SIGNATURE_SIZE, byId } };
  } finally {
    if (!work.pool) await workers.done();
  }
}

/** Cache entries read at once by stage 6 (entries). */
const READ_BATCH = 1000;

/** What stage 6 keeps of an article's result until the keywords are ranked. */
interface KeptResult {
  entities: Entities;
  date: string | null;
  dateSource: Article['dateSource'];
  dateText: string | null;
  html: string;
  profile: ProfileBase;
  /** The word each of `profile.stems` was most often written as. */
  surface: string[];
}

/** Output of stage 6 with the articles' body HTML. */
export interface EnrichedArticles {
  articles: Article[];
  /** Body HTML by article id, for `group`. */
  bodies: Map<string, string>;
  /** Each article's cache key (a digest of its kept blocks, from which its body HTML and text are made), by article id. */
  contentKeys: Map<string, string>;
  /** The base of each article's event profile, in the order of `articles`, for stage 7. */
  profiles: ProfileBase[];
}

/**
 * Whether a block's syntax tree is a paragraph of its text and nothing else
 * (most blocks are): its text then says all the tree does, and the key
 * writes a mark in its place, not the text a second time.
 */
function plainNode(b: Article['blocks'][number]): boolean {
  const n = b.node as { type?: string; children?: { type?: string; value?: unknown }[] } | undefined;
  if (!n || n.type !== 'paragraph' || n.children?.length !== 1 || Object.keys(n).length !== 2) return false;
  const c = n.children[0]!;
  return c.type === 'text' && c.value === b.text && Object.keys(c).length === 2;
}

/**
 * The inputs of an article's enrichment and body HTML: its title, whether it
 * is dated, its kept blocks, and when it is undated the blocks its date is
 * read from (`datelineBlocks`, removed stamps included). Syndicated copies with the same text share an
 * entry, so nothing in the entry may depend on anything else (its own date is
 * kept from the article, see `enrichArticles`).
 */
function articleKey(a: Article): string {
  const kept = a.blocks.filter((b) => !b.removed).map((b) => [b.kind, b.text, plainNode(b) ? 1 : b.node, b.list ?? null]);
  // An undated article may take its date from a removed publication stamp.
  const stamps = a.date === null ? datelineBlocks(a) : [];
  return cacheKey('article', a.format, a.title, a.date === null, JSON.stringify(kept), JSON.stringify(stamps));
}

/**
 * Stage 6 and the body HTML: entities and dateline dates per article (from
 * the cache where the article after stage 5 is unchanged), then keywords
 * ranked over the whole archive — the same result as `enrich(articles)`.
 */
export async function enrichArticles(articles: readonly Article[], work: ArticleWork): Promise<EnrichedArticles> {
  const { cache } = work;
  const workers = work.pool ?? new ArticlePool(work.workers);
  try {
    const keys = articles.map(articleKey);
    // Each result, from the cache or a worker, is cut down to what the
    // build keeps of it as soon as it arrives, its words shared: at 50,000
    // articles the results as they come weigh gigabytes.
    const intern = interner();
    const kept: (KeptResult | undefined)[] = new Array(articles.length);
    const keep = (i: number, r: ArticleResult) => {
      kept[i] = {
        entities: entitiesFrom(r.entities, intern),
        date: r.date,
        dateSource: r.dateSource,
        dateText: r.dateText,
        html: r.html,
        profile: profileFrom(r.profile, r.terms, intern),
        surface: r.terms.map((t) => intern(t[2])),
      };
    };
    const missing: number[] = [];
    for (let at = 0; at < articles.length; at += READ_BATCH) {
      const slice = keys.slice(at, at + READ_BATCH);
      const stored = cache ? await Promise.all(slice.map((k) => cache.get<ArticleResult>('article', k))) : [];
      slice.forEach((_, j) => {
        const r = stored[j];
        if (r) keep(at + j, r);
        else missing.push(at + j);
      });
    }
    await workers.articles(
      missing.map((i) => articles[i]!),
      work.progress && ((done, total) => work.progress!('enrich', done, total)),
      async (at, results) => {
        for (let k = 0; k < results.length; k++) {
          const i = missing[at + k]!;
          await cache?.setBytes('article', keys[i]!, results[k]!);
          keep(i, fromEntryBytes<ArticleResult>(results[k]!));
        }
      },
    );
    const ranked = keywordsOfLists(kept.map((r) => ({ stems: r!.profile.stems, tf: r!.profile.tf, surface: r!.surface })));
    const bodies = new Map<string, string>();
    const contentKeys = new Map<string, string>();
    const out = articles.map((a, i) => {
      const r = kept[i]!;
      bodies.set(a.id, r.html);
      contentKeys.set(a.id, keys[i]!);
      const enriched: Article = { ...a, entities: r.entities, keywords: ranked[i] ?? [] };
      // Stage 6 dates only undated articles; the key says whether the article was dated, not its date (two copies share an entry).
      if (a.date === null) Object.assign(enriched, { date: r.date, dateSource: r.dateSource, dateText: r.dateText });
      return enriched;
    });
    const profiles = kept.map((r) => r!.profile);
    return { articles: settleDateOrder(out), bodies, contentKeys, profiles };
  } finally {
    if (!work.pool) await workers.done();
  }
}
