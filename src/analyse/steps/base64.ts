/** Typed arrays in JSON: the steps' results keep their number arrays as base64 of their bytes. */

/** The bytes of `a` as base64. */
export function toBase64(a: Uint32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/** The numbers `toBase64` wrote. */
export function fromBase64(s: string): Uint32Array {
  const b = Buffer.from(s, 'base64');
  // Copied, not viewed: a small decoded buffer lies in a shared pool, which a view would keep alive whole.
  const out = new Uint32Array(b.length / 4);
  Buffer.from(out.buffer).set(b);
  return out;
}
