/** Word sets of reports, as ids into one dictionary the archive's reports share. */

/**
 * The distinct words of one report, as ids into a word list the archive's
 * reports share: `has` as a set of the words would answer it, in a tenth
 * of the memory (an archive of 50,000 reports holds twenty million of
 * them, and a set per report is most of the events stage's heap).
 */
export class WordIds {
  /** The ids of the words, sorted ascending, each once. */
  readonly ids: Int32Array;
  readonly #dictionary: ReadonlyMap<string, number>;

  /**
   * @param ids The ids of the words, sorted ascending, each once.
   * @param dictionary Word → id, shared by the reports.
   */
  constructor(ids: Int32Array, dictionary: ReadonlyMap<string, number>) {
    this.ids = ids;
    this.#dictionary = dictionary;
  }

  /** Number of distinct words. */
  get size(): number {
    return this.ids.length;
  }

  /** Whether the report writes `word` (lowercase, as `words` gives it). */
  has(word: string): boolean {
    const id = this.#dictionary.get(word);
    if (id === undefined) return false;
    const ids = this.ids;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid] as number;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/**
 * The word lists of reports as `WordIds` over one dictionary, and the
 * number of reports that write each word (document frequency, by id).
 */
export function wordIdSets(lists: readonly (readonly string[])[]): { sets: WordIds[]; dictionary: Map<string, number>; df: number[] } {
  const dictionary = new Map<string, number>();
  const df: number[] = [];
  const sets = lists.map((list) => {
    const ids = new Int32Array(list.length);
    let n = 0;
    for (const w of list) {
      let id = dictionary.get(w);
      if (id === undefined) {
        dictionary.set(w, (id = df.length));
        df.push(0);
      }
      ids[n++] = id;
    }
    ids.sort();
    // A list may repeat a word: each is kept and counted once.
    let w = 0;
    for (let i = 0; i < n; i++) {
      if (w > 0 && ids[w - 1] === ids[i]) continue;
      ids[w++] = ids[i] as number;
      df[ids[i] as number]!++;
    }
    return new WordIds(w === n ? ids : ids.slice(0, w), dictionary);
  });
  return { sets, dictionary, df };
}
