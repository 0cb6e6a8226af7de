/**
 * Small, fast, deterministic 32-bit hashing for words, shingles and MinHash,
 * the same on every machine. No module-level mutable state: the hash family
 * and the random stream are built from a seed.
 */

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * FNV-1a over the UTF-16 code units of `text`, finished with a murmur mix:
 * FNV-1a alone leaves its low bits poorly spread, which the MinHash family
 * multiplies.
 */
export function hashString(text: string): number {
  return mix32(fnv1a(text));
}

/** Murmur3's 32-bit finaliser: spreads every input bit over the output. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combine two 32-bit hashes, order-sensitive. */
export function combine(a: number, b: number): number {
  return mix32(Math.imul(a ^ 0x9e3779b9, 0x01000193) ^ b);
}

/** A family of `size` hash functions `x ↦ a·x + b (mod 2^32)`, `a` odd. */
export interface HashFamily {
  readonly a: Uint32Array;
  readonly b: Uint32Array;
}

/** mulberry32: a seeded stream of 32-bit unsigned integers, the same on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Build a deterministic hash family from a seed. */
export function hashFamily(size: number, seed: number): HashFamily {
  const a = new Uint32Array(size);
  const b = new Uint32Array(size);
  const next = mulberry32(seed);
  for (let i = 0; i < size; i++) {
    a[i] = next() | 1;
    b[i] = next();
  }
  return { a, b };
}
