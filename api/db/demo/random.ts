/** A seeded pseudo-random generator for demo data: the same seed always yields the same data. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** A number from `min` (included) to `max` (excluded). */
  real(min: number, max: number): number;
  /** True with the given probability (0–1). */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the keys, each as likely as its weight: `weighted({ a: 3, b: 1 })` is 'a' three times in four. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** `count` decimal digits, e.g. for document numbers. */
  digits(count: number): string;
  /** An instant between `from` and `to`. */
  date(from: Date, to: Date): Date;
  /** An independent generator for one part of the data, so that changing one part leaves the others as they were. */
  fork(label: string): Random;
}

/** mulberry32: tiny, fast and good enough for demo data (not for secrets). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a, to turn a label into a seed. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const random: Random = {
    next,
    int,
    real: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('random.pick: nothing to pick from');
      return items[int(0, items.length - 1)]!;
    },
    weighted: (weights) => {
      const choices = Object.entries(weights) as [keyof typeof weights, number][];
      let rest = next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [choice, weight] of choices) {
        rest -= weight;
        if (rest < 0) return choice;
      }
      return choices.at(-1)![0];
    },
    sample: (items, count) => {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      return pool.slice(0, count);
    },
    digits: (count) => Array.from({ length: count }, () => String(int(0, 9))).join(''),
    date: (from, to) => new Date(from.getTime() + Math.floor(next() * (to.getTime() - from.getTime()))),
    fork: (label) => createRandom(seed ^ hashLabel(label)),
  };
  return random;
}
