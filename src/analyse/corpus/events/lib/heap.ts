/** A max-heap of candidate merges, for average-link clustering. */

/** A candidate merge of clusters `a` < `b`, at mean similarity `score`. */
export interface Entry {
  score: number;
  a: number;
  b: number;
}

/** Max-heap on score; ties by smaller `a`, then smaller `b`, so the order never depends on insertion. */
export class Heap {
  private readonly items: Entry[] = [];
  /** Number of entries. */
  get size(): number {
    return this.items.length;
  }
  private static before(x: Entry, y: Entry): boolean {
    return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  /** Add an entry. */
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    let k = h.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!Heap.before(h[k] as Entry, h[parent] as Entry)) break;
      [h[k], h[parent]] = [h[parent] as Entry, h[k] as Entry];
      k = parent;
    }
  }
  /** Take the entry of highest score (ties by `a`, then `b`), or undefined when empty. */
  pop(): Entry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < h.length && Heap.before(h[l] as Entry, h[m] as Entry)) m = l;
        if (r < h.length && Heap.before(h[r] as Entry, h[m] as Entry)) m = r;
        if (m === k) break;
        [h[k], h[m]] = [h[m] as Entry, h[k] as Entry];
        k = m;
      }
    }
    return top;
  }
}
