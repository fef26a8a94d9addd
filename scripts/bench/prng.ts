/**
 * A small seeded pseudo-random generator (mulberry32), so the same seed always gives the same
 * corpus: benchmark runs on different days compare like with like.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items (fewer if the list is shorter), in the order drawn. */
  some<T>(items: readonly T[], count: number): T[];
  /** One item, where earlier items are drawn far more often (Zipf-like, exponent ~1). */
  skewed<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** A generator seeded with a 32-bit integer. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick() fra en tom liste');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    pick,
    some<T>(items: readonly T[], count: number): T[] {
      const pool = [...items];
      const out: T[] = [];
      while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
      return out;
    },
    skewed<T>(items: readonly T[]): T {
      // Inverse-CDF of a continuous 1/x law: index = n^u - 1 favours the head of the list.
      const index = Math.floor(Math.pow(items.length + 1, next())) - 1;
      return items[Math.min(index, items.length - 1)] as T;
    },
    chance: (p: number) => next() < p,
  };
}
