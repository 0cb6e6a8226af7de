import { mulberry32 } from '../../../src/text/hash.ts';

/** A seeded pseudo-random generator (mulberry32): deterministic across runs and machines. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** `n` distinct elements (fewer if the list is shorter), in random order. */
  sample<T>(list: readonly T[], n: number): T[];
  /** A new generator derived from this one and a label, independent of later draws here. */
  fork(label: string): Random;
}

function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A generator seeded with `seed` (an integer). */
export function createRandom(seed: number): Random {
  const bits = mulberry32(seed);
  const next = (): number => bits() / 4294967296;
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error('pick: empty list');
      return list[Math.floor(next() * list.length)]!;
    },
    sample: (list, n) => {
      const copy = [...list];
      const out: (typeof list)[number][] = [];
      while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
      return out;
    },
    fork: (label) => createRandom((Math.floor(next() * 4294967296) ^ hashLabel(label)) >>> 0),
  };
  return random;
}
