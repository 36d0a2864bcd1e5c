import type { Effort } from '../../src/domain/effort';
import type { Plan } from '../../src/domain/plan';
import { makePlan } from './plan-builder';

/** A fixed effort: optimistic = likely = pessimistic. */
export const fixed = (d: number): Effort => ({ optimistic: d, likely: d, pessimistic: d });

/** A plan starting on Monday 3 June 2024 (no holiday near). */
export function planFrom(
  tasks: Parameters<typeof makePlan>[0],
  date = '2024-06-03',
  extra: Parameters<typeof makePlan>[1] = {},
): Plan {
  return makePlan(tasks, { date, ...extra });
}
