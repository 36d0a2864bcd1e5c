/** Scramble a seed so that neighbouring seeds (1, 2, 3…) start far apart (murmur3's finaliser). */
function mixSeed(seed: number): number {
  let h = seed >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32's output for the state `a`, in [0, 1). */
function output(a: number): number {
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A small seeded generator (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = mixSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    return output(a);
  };
}

/** The first number `seededRandom(seed)` gives, without making a generator (for one draw per key). */
export function firstRandom(seed: number): number {
  return output((mixSeed(seed) + 0x6d2b79f5) >>> 0);
}
