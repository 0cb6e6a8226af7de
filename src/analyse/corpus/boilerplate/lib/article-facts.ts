/**
 * What the decisions on one article read of the corpus, and nothing more:
 * the outcome of its outlet's counts for each of its blocks, the recurrence
 * counts the model tells apart, and the few other articles its block rules
 * can meet. Two builds that give an article the same facts decide it alike,
 * so the facts with the article are the key its decisions are kept under.
 */
import type { Article } from '../../../../model/types.ts';
import { REPEAT_CAP } from '../model/context.ts';
import type { CorpusFacts } from './corpus.ts';
import { repeatedReasons } from './repetition.ts';
import { hasQuote } from './shape.ts';
import type { CorpusIndex } from './types.ts';

/** What the decisions read of an article itself. */
export type ArticleText = Pick<Article, 'title' | 'format' | 'blocks'>;

/**
 * The corpus index cut down to one article (index 0) and the articles its
 * block rules can meet, as plain data: the other articles are numbered from
 * 1 and their groups only say that they are other stories.
 */
export interface LocalCorpus {
  /** Normalised title → local indices, for the article's own block keys. */
  titles: [string, number[]][];
  leads: string[][];
  /** Normalised lead → local indices, for the article's own block keys. */
  leadOwners: [string, number[]][];
  group: string[];
  realTitle: boolean[];
}

/** The corpus facts of one article. */
export interface ArticleFacts {
  /** Normalised text of each block. */
  keys: string[];
  /** Words of each block. */
  words: number[];
  /** Why each block is its outlet's repeated furniture, or null. */
  repeated: (string | null)[];
  corpus: LocalCorpus;
  /** Other stories of its outlet carrying each block, up to `REPEAT_CAP` (the most the model tells apart). */
  outletRepeats: number[];
  /** Other stories of the archive carrying each block, up to `REPEAT_CAP`. */
  archiveRepeats: number[];
}

/** The group of the article itself in a local corpus, and of any other story. */
const SELF_GROUP = 's';
const OTHER_GROUP = 'o';

/** Builds a local corpus: other articles are added as the rules' lookups meet them. */
class LocalCorpusBuilder {
  readonly corpus: LocalCorpus;
  readonly #local = new Map<number, number>();

  constructor(
    private readonly index: CorpusIndex,
    private readonly self: number,
  ) {
    this.corpus = { titles: [], leads: [[]], leadOwners: [], group: [SELF_GROUP], realTitle: [index.realTitle[self] === true] };
  }

  /** Is article `o` of another story than the article itself? */
  other(o: number): boolean {
    return o !== this.self && this.index.group[o] !== this.index.group[this.self];
  }

  /** The local index of article `o`, added with its lead and its title's kind on first use. */
  localOf(o: number): number {
    let at = this.#local.get(o);
    if (at === undefined) {
      at = this.corpus.group.length;
      this.#local.set(o, at);
      this.corpus.group.push(OTHER_GROUP);
      this.corpus.leads.push(this.index.leads[o]!);
      this.corpus.realTitle.push(this.index.realTitle[o] === true);
    }
    return at;
  }
}

/**
 * The local corpus of article `self`: for each of its block keys, the first
 * article of another story titled so and the first such with a headline of
 * its own (the two a block rule can pick, with their leads), and whether
 * the key opens another story's article.
 */
function localCorpus(index: CorpusIndex, self: number, keys: readonly string[]): LocalCorpus {
  const local = new LocalCorpusBuilder(index, self);
  for (const key of new Set(keys)) {
    if (!key) continue;
    const titled = index.titles.get(key) ?? [];
    const first = titled.find((o) => local.other(o));
    const published = titled.find((o) => local.other(o) && index.realTitle[o]);
    const picked = [...new Set([first, published])].filter((o): o is number => o !== undefined).sort((x, y) => x - y);
    if (picked.length) local.corpus.titles.push([key, picked.map((o) => local.localOf(o))]);
    const opener = index.leadOwners.get(key)?.find((o) => local.other(o));
    if (opener !== undefined) local.corpus.leadOwners.push([key, [local.localOf(opener)]]);
  }
  return local.corpus;
}

/**
 * The corpus facts of article `i`.
 *
 * @param archive Other stories of the archive carrying each block of each article.
 */
export function articleFacts(facts: CorpusFacts, archive: readonly (readonly number[])[], article: ArticleText, i: number): ArticleFacts {
  const keys = facts.keys[i]!;
  const words = facts.words[i]!;
  const texts = article.blocks.map((b) => b.text);
  const outlet = facts.outlet[i] ?? null;
  const frequent = outlet ? facts.repeats.frequent.get(outlet) : undefined;
  return {
    keys,
    words,
    repeated: repeatedReasons(facts.repeats, outlet, texts, keys, words).map((r) => r ?? null),
    corpus: localCorpus(facts.index, i, keys),
    // A quotation counts 0, as repetition never removes one.
    outletRepeats: keys.map((key, b) => (hasQuote(texts[b]!) ? 0 : Math.min(REPEAT_CAP, Math.max(0, (frequent?.get(key) ?? 1) - 1)))),
    archiveRepeats: archive[i]!.map((n) => Math.min(REPEAT_CAP, n)),
  };
}

/** The corpus index the block rules read, from a local corpus. */
export function corpusIndex(local: LocalCorpus): CorpusIndex {
  return {
    titles: new Map(local.titles),
    leads: local.leads,
    leadOwners: new Map(local.leadOwners),
    group: local.group,
    realTitle: local.realTitle,
  };
}
