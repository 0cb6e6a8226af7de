/**
 * Enrich: dates from datelines, people/places/organisations and
 * keywords for every article.
 */
import type { ItemSentence } from 'wink-nlp';
import type { Article, EnrichedArticle, Entities } from '../../../../model/types.ts';
import { byCodeUnits } from '../../../../text/compare.ts';
import {
  DATE_ORDER_MIN_DATES,
  DATELINE_BLOCKS,
  DATELINE_STAMP_RULES,
  HEAD_STAMP_RULES,
  KEYWORD_COUNT,
  SHORT_ITEM_BLOCKS,
  SUBJECT_NOUN_USES,
  TITLE_CASE_SHARE,
  TITLE_WEIGHT,
} from '../settings.ts';
import { numericDate, readCopyrightYear, readDateline, swapDayMonth, type CopyrightYear, type Dateline } from './dateline.ts';
import { isDatedSentence, orderFromWords, pageStampDate, publicationStampDate, publishedBeforeUpdate } from './page-stamps.ts';
import { extractEntities, type TaggedSentence } from './entities.ts';
import { keywords, termCounts } from './keywords.ts';
import { createStemmer, type Stemmer } from '../../../../text/stem.ts';
import { keptBlocks } from './terms.ts';
import { isolatedNlp, type Nlp } from './nlp.ts';
import { storyProse } from './story-run.ts';

export { isProse } from './story-run.ts';

export type { Nlp } from './nlp.ts';

/** Options of `enrich`. */
export interface EnrichOptions {
  /** Read a date from the dateline of articles that have none (default: `true`). */
  datelines?: boolean;
  /** Keywords per article (default: `KEYWORD_COUNT`, 10); `0` ranks none (a caller ranking them over more articles). */
  keywordCount?: number;
  /** Multiplier on title terms for keywords (default: `TITLE_WEIGHT`, 2). */
  titleWeight?: number;
  /** A wink-nlp instance (default: the one `loadNlp` shares). */
  nlp?: Nlp;
  /** A stemmer to reuse across calls (default: a new one per call). */
  stemmer?: Stemmer;
}

/** What the tagger reads in an article: its names, and the words it uses as common nouns. */
export interface ArticleNames {
  entities: Entities;
  /** Lowercase words tagged as common nouns more often than not, sorted: the words a subject can be. */
  nouns: string[];
}

/**
 * The words of tagged sentences that are used as common nouns more often
 * than not, and that the headline gives or the prose uses as a noun twice
 * or more: a subject is a thing ("election", "vaccine"), never a verb,
 * adverb or adjective that a page happens to repeat ("add", "finally",
 * "old"), nor a word its story names once in passing while the page's
 * menus repeat it ("pricing", "inbox").
 */
export function commonNouns(sentences: readonly TaggedSentence[], title = ''): string[] {
  const uses = new Map<string, { net: number; asNoun: number }>();
  for (const s of sentences) {
    for (const t of s) {
      const w = t.value.toLowerCase();
      if (!/^\p{L}/u.test(w)) continue;
      const u = uses.get(w) ?? { net: 0, asNoun: 0 };
      if (t.pos === 'NOUN') u.asNoun++;
      u.net += t.pos === 'NOUN' ? 1 : -1;
      uses.set(w, u);
    }
  }
  const headline = new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return [...uses]
    .filter(([w, u]) => u.net > 0 && (u.asNoun >= SUBJECT_NOUN_USES || headline.has(w)))
    .map(([w]) => w)
    .sort(byCodeUnits);
}

/** The names and common nouns of an article's title and prose (`tagArticle`). */
export function readNames(article: Article, nlp: Nlp): ArticleNames {
  const sentences = tagArticle(article, nlp);
  return { entities: extractEntities(sentences, article.title), nouns: commonNouns(sentences, article.title) };
}

let shared: Nlp | undefined;

/**
 * wink-nlp with the English lite web model (named entities of its own are not
 * used), loaded once per process: each load decodes the whole model, so
 * loading it per call would exhaust memory over many builds in one process
 * (`dateline serve`, tests). Each text it reads is read as by a fresh load
 * (see `isolatedNlp`).
 */
export function loadNlp(): Nlp {
  shared ??= isolatedNlp();
  return shared;
}

/**
 * Whether a title capitalises most of its longer words ("Bashar Assad Said
 * to Refuse Iran Asylum Offer") or is written in capitals.
 */
export function isTitleCase(title: string): boolean {
  const long = title.split(/\s+/u).filter((w) => /^\p{L}{4,}/u.test(w));
  if (long.length < 3) return false;
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / long.length >= TITLE_CASE_SHARE;
}

/**
 * Tag the title and the prose of an article's story (`storyProse`: its
 * kept blocks that read as prose, in the runs of them that are its story,
 * each block once; never a code block), one block at a time (blocks are paragraphs or lines; tagging
 * them alone keeps a title from running into the first sentence). An item
 * of `SHORT_ITEM_BLOCKS` blocks or fewer (a feed entry, a headline with its
 * one line) is story throughout: all of it is tagged.
 */
export function tagArticle(article: Article, nlp: Nlp): TaggedSentence[] {
  const its = nlp.its;
  const out: TaggedSentence[] = [];
  // A title in title case capitalises every word: its capitals say nothing about names.
  const title = isTitleCase(article.title) ? [] : [article.title];
  const kept = keptBlocks(article);
  // A program's text names no one: what a code block holds is no name or subject of the story.
  const words = article.blocks.filter((b) => !b.removed && b.kind !== 'figure' && b.kind !== 'code').map((b) => b.text);
  for (const text of [...title, ...(kept.length <= SHORT_ITEM_BLOCKS ? kept : storyProse(words))]) {
    if (text.trim() === '') continue;
    const doc = nlp.readDoc(text);
    doc.sentences().each((s: ItemSentence) => {
      const values = s.tokens().out() as string[];
      const pos = s.tokens().out(its.pos) as string[];
      out.push(values.map((value, i) => ({ value, pos: pos[i] ?? 'X' })));
    });
  }
  return out;
}

/**
 * The publication stamp and byline the parse stage set apart by a copied
 * page's headline (`HEAD_STAMP_RULES`), in page order. A byline glued to
 * the end of the page's summary is read from its "By" on ("… beyond the
 * U.S. and Canada. By Lisa Jennings on Dec. 19, 2025"), where its date is.
 */
function headStamps(article: Article): string[] {
  return article.blocks
    .filter((b) => b.removed && HEAD_STAMP_RULES.includes(b.removed.ruleId))
    .map((b) => {
      const by = b.text.search(GLUED_BYLINE);
      return by > 0 && !readDateline(b.text, article.lang) ? b.text.slice(by) : b.text;
    })
    .filter((text) => !isDatedSentence(text, article.lang));
}

/** A byline after the end of a sentence ("… Canada. By Lisa Jennings"). */
const GLUED_BYLINE = /(?<=[.!?]["'’”]?\s+)[Bb]y\s+(?=\p{Lu})/u;

/**
 * The texts a dateline is looked for in, in page order: the title, the first
 * `DATELINE_BLOCKS` kept blocks, and the publication stamps and by-lines
 * among them that the boilerplate stage removed (`DATELINE_STAMP_RULES`): a
 * stamp is furniture to read past, but its date is the article's.
 */
function leadTexts(article: Article): string[] {
  const out = [article.title];
  let kept = 0;
  for (const b of article.blocks) {
    if (kept >= DATELINE_BLOCKS) break;
    if (b.text.trim() === '') continue;
    if (!b.removed) {
      out.push(b.text);
      kept++;
    } else if (DATELINE_STAMP_RULES.some((prefix) => b.removed!.ruleId.startsWith(prefix)) && !isDatedSentence(b.text, article.lang)) {
      out.push(b.text);
    }
  }
  return out;
}

/** The page's last line with a copyright year, kept or removed, as a list of none or one. */
function copyrightLine(article: Article): string[] {
  for (let i = article.blocks.length - 1; i >= 0; i--) {
    const text = article.blocks[i]!.text;
    if (readCopyrightYear(text)) return [text];
  }
  return [];
}

/**
 * Every text an article's date is read from, in the order they are tried:
 * the stamp and byline by its headline, then its title and lead
 * (`leadTexts`), then its copyright line, for the year alone.
 */
export function datelineBlocks(article: Article): string[] {
  return [...headStamps(article), ...leadTexts(article), ...copyrightLine(article)];
}

/** The first date of `texts` whose day and month cannot be swapped, else the first date; null when none states one. */
function firstDate(texts: readonly string[], lang: string | null): Dateline | null {
  let first: Dateline | null = null;
  for (const block of texts) {
    const d = readDateline(block, lang);
    if (!d) continue;
    if (!d.ambiguous) return d;
    first ??= d;
  }
  return first;
}

/**
 * The date an article states about itself: the date of the stamp or byline
 * by its headline, else of a stamp on the page labelled as the publication
 * (`publicationStampDate`: a label says more than a place at the start), else
 * of its dateline (`readDateline` over `leadTexts`);
 * of each, the first one whose day and month cannot be swapped, else the
 * first one; else of a publication stamp elsewhere on the page
 * (`pageStampDate`); a date that reads either way as the page writes it in
 * words (`orderFromWords`). Null when none is stated.
 */
export function statedDate(article: Article): Dateline | null {
  const date =
    firstDate(headStamps(article), article.lang) ??
    publicationStampDate(article) ??
    firstDate(leadTexts(article), article.lang) ??
    pageStampDate(article);
  return date && orderFromWords(article, publishedBeforeUpdate(article, date));
}

/** The year of an article's copyright line (`readCopyrightYear`), or null. */
export function copyrightDate(article: Article): CopyrightYear | null {
  const [line] = copyrightLine(article);
  return line === undefined ? null : readCopyrightYear(line);
}

/**
 * Numeric dates that read either way ("09/04/2007"), read day first where
 * the outlet writes dates of the same shape day first elsewhere in the
 * archive (`DATE_ORDER_MIN_DATES`, `numericDate`): an outlet prints its
 * stamps from one template, so its unambiguous stamps ("25/10/2011 16:39")
 * say how to read the others. Only dates enrich read from the text change;
 * articles are returned as new objects where they do, in the input order.
 *
 * @param articles Articles after enrich, the whole archive.
 */
export function settleDateOrder<A extends Article>(articles: readonly A[]): A[] {
  const evidence = new Map<string, { dayFirst: number; monthFirst: number }>();
  const keyOf = (a: Article) => {
    if (a.dateSource !== 'text' || a.dateText === null || a.source === null || a.date === null) return null;
    const n = numericDate(a.dateText);
    return n && { key: `${a.source}\u0000${n.shape}`, order: n.order };
  };
  const keys = articles.map(keyOf);
  for (const k of keys) {
    if (!k || k.order === 'either') continue;
    const e = evidence.get(k.key) ?? { dayFirst: 0, monthFirst: 0 };
    if (k.order === 'day-first') e.dayFirst++;
    else e.monthFirst++;
    evidence.set(k.key, e);
  }
  return articles.map((a, i) => {
    const k = keys[i];
    if (!k || k.order !== 'either') return a;
    const e = evidence.get(k.key);
    if (!e || e.dayFirst < DATE_ORDER_MIN_DATES || e.monthFirst > 0) return a;
    // A date the page itself already read day first (`orderFromWords`) is not swapped back.
    if (readDateline(a.dateText!, a.lang)?.date !== a.date) return a;
    const swapped = swapDayMonth(a.date!);
    return swapped && swapped !== a.date ? { ...a, date: swapped } : a;
  });
}

/**
 * An undated article given the date of its dateline or publication stamp
 * (`dateSource: 'text'`, `statedDate`), or, when it states none, the year
 * of its copyright line as words only (`dateSource: 'copyright'`, date
 * null). A dated article is returned as it is, an undated one as a new object.
 */
export function datedFromText(article: Article): Article {
  if (article.date !== null) return article;
  const d = statedDate(article);
  if (d) return { ...article, date: d.date, dateSource: 'text', dateText: d.text };
  const year = copyrightDate(article);
  // A copyright year is no day: the article stays undated, and says which year its page gives.
  return year ? { ...article, dateSource: 'copyright', dateText: year.text } : { ...article };
}

/**
 * Enrich articles: read their `entities` (people, places, organisations)
 * and `keywords` (most salient first, TF-IDF over the given articles), and
 * date undated ones from their text (`datedFromText`, then
 * `settleDateOrder`). Articles are returned as new objects, in the input order.
 *
 * @param articles Articles after the boilerplate stage; removed blocks are ignored.
 * @param options See `EnrichOptions`.
 */
export function enrich(articles: readonly Article[], options: EnrichOptions = {}): EnrichedArticle[] {
  const nlp = options.nlp ?? loadNlp();
  const stemmer = options.stemmer ?? createStemmer();
  const datelines = options.datelines ?? true;
  const keywordCount = options.keywordCount ?? KEYWORD_COUNT;
  const read = articles.map((a) => readNames(a, nlp));
  const counted = keywordCount > 0 ? articles.map((a) => termCounts(a, stemmer, options.titleWeight ?? TITLE_WEIGHT)) : [];
  const kws = counted.length > 0 ? keywords(counted, keywordCount, read.map((r) => new Set(r.nouns))) : [];
  const out = articles.map((article, i): EnrichedArticle => ({
    ...(datelines ? datedFromText(article) : article),
    entities: read[i]!.entities,
    keywords: kws[i] ?? [],
  }));
  return settleDateOrder(out);
}
