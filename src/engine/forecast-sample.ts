import type { Effort } from '../domain/effort';
import { firstRandom } from './random';

/** The effort at quantile `u` of the triangular distribution over (optimistic, likely, pessimistic). */
export function triangularQuantile(effort: Effort, u: number): number {
  const { optimistic: a, likely: c, pessimistic: b } = effort;
  if (b <= a) return a;
  const split = (c - a) / (b - a);
  return u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/** The seed of run `run` of a forecast seeded with `seed`. */
export function runKey(seed: number, run: number): number {
  return (Math.imul(seed + 1, 0x9e3779b1) + Math.imul(run + 1, 0x85ebca6b)) >>> 0;
}

/**
 * A task's uniform draw in a run: it depends on the run and the task's id only, so a what-if that changes
 * other tasks leaves this draw as it was (common random numbers: the difference shows the change, not noise).
 */
export function taskDraw(key: number, taskHash: number): number {
  return firstRandom((key ^ taskHash) >>> 0);
}
