/** Stemming: English words to their Porter2 stems, so "arrested" and "arrests" are one term. */
import porterStem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';

/** A word stemmer that remembers the words it has seen. */
export interface Stemmer {
  /** The stem of a lowercase word. */
  stem(word: string): string;
}

/**
 * Make a Porter2 stemmer with its own memo. The memo lives in the returned
 * object, so callers decide how long it lasts (one build, one test).
 */
export function createStemmer(): Stemmer {
  const memo = new Map<string, string>();
  return {
    stem(word) {
      let s = memo.get(word);
      if (s === undefined) {
        s = porterStem(word);
        memo.set(word, s);
      }
      return s;
    },
  };
}
