/**
 * A wink-nlp reader whose every `readDoc` reads its text as a newly loaded
 * one would, whatever it read before.
 *
 * wink-nlp adds each word its model does not know (an out-of-vocabulary
 * lexeme) to the model, and its tokenizer keeps a word whole when it is
 * already there: once "Reid's," has been read ("Reid's" split from its
 * comma, kept whole), "Tara Reid's representative" gives the token "Reid's",
 * where a fresh reader gives "Reid" and "'s". The tags of a text then
 * depended on the texts read before it in the same thread, so worker
 * threads, the cache and the order of the articles changed the people an
 * article names. Here the words that earlier texts added are hidden from the
 * tokenizer; a word met again is looked up as a new one would be.
 *
 * Loading a new reader per text would do the same, but a load decodes the
 * whole model (hundreds of milliseconds); this keeps one reader and its
 * tables, which only grow by the words not seen before.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A loaded wink-nlp pipeline. */
export type Nlp = ReturnType<typeof winkNLP>;

/** The parts of wink-nlp's lexeme cache this module uses (wink-nlp 2.x, `src/cache.js`). */
interface LexemeCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  property(index: number, name: string): unknown;
}

/** The parts of the model's core this module uses (wink-eng-lite-web-model 1.x, `load-core-model.js`). */
interface CoreModel {
  features: {
    lexeme: { hash: Record<string, number>; intrinsicSize: number };
    tokenType: { list: string[] };
  };
}

type FeatureFn = (config: unknown) => Record<string, (word: string, category: number, cache: LexemeCache) => unknown>;

/** A word the model surely does not know, read once at load so that the reader hands over its lexeme cache. */
const UNKNOWN_WORD = 'qxzqxzq';

/**
 * A wink-nlp reader with the English lite web model, sentence boundaries
 * and parts of speech, whose `readDoc` gives the same tokens and tags for
 * the same text whatever was read before (see the module comment).
 */
export function isolatedNlp(): Nlp {
  let core: CoreModel | undefined;
  let cache: LexemeCache | undefined;
  const features = model.featureFn as unknown as FeatureFn;
  const watched = {
    ...model,
    core: () => (core = (model.core as () => CoreModel)()),
    // The cache passes itself to the feature functions of each new word: that is the one way to reach it.
    featureFn: (config: unknown) =>
      Object.fromEntries(
        Object.entries(features(config)).map(([name, f]) => [name, (word: string, category: number, c: LexemeCache) => f(word, category, (cache ??= c))]),
      ),
  } as unknown as Parameters<typeof winkNLP>[0];
  const nlp = winkNLP(watched, ['sbd', 'pos']);
  nlp.readDoc(UNKNOWN_WORD);
  if (!core || !cache) throw new Error('wink-nlp did not load its model as expected: the reader cannot be isolated.');
  const seen = isolate(core, cache);
  const read = nlp.readDoc.bind(nlp);
  nlp.readDoc = (text: string) => {
    seen.clear();
    return read(text);
  };
  return nlp;
}

/**
 * Hides from `cache` the words added before the current text: `seen`, which
 * the caller clears before each text, holds the words this text added or
 * met. A word hidden and met again keeps its entry, unless the entry was
 * made for another kind of token (its features depend on the kind): then a
 * new entry is made, as a fresh reader would.
 */
function isolate(core: CoreModel, cache: LexemeCache): Set<string> {
  const { hash, intrinsicSize } = core.features.lexeme;
  const kinds = core.features.tokenType.list;
  const seen = new Set<string>();
  const hidden = (text: string) => {
    const index = hash[text];
    return index !== undefined && index >= intrinsicSize && !seen.has(text);
  };
  const lookup = cache.lookup;
  const add = cache.add;
  cache.lookup = (text) => (hidden(text) ? null : lookup(text));
  cache.add = (text, category) => {
    for (const t of [text, text.toLowerCase()]) {
      if (hidden(t) && cache.property(hash[t]!, 'tokenType') !== kinds[category]) delete hash[t];
      seen.add(t);
    }
    return add(text, category);
  };
  return seen;
}
