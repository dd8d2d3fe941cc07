// Seeded randomness: the seed must produce the same rows on every run, so nothing here reads
// Math.random or the clock. Each stream is keyed by a name, so adding a locality or an indicator
// does not shift the values generated for the others.

const SEED = 20240403;

/** mulberry32: a small 32-bit generator, uniform on [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn a stream name into a 32-bit seed. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (const char of name) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface Random {
  /** Uniform on [min, max). */
  between(min: number, max: number): number;
  /** Uniform integer on [min, max], both inclusive. */
  integer(min: number, max: number): number;
  chance(probability: number): boolean;
}

export function randomFor(streamName: string): Random {
  const next = mulberry32(SEED ^ hashName(streamName));
  const between = (min: number, max: number) => min + (max - min) * next();
  return {
    between,
    integer: (min, max) => Math.floor(between(min, max + 1)),
    chance: (probability) => next() < probability,
  };
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
