import { z } from 'zod';
import type { Body } from './body';
import { breaks } from './problems';
import type { Stage } from './stage';
import type { Task } from './task';

/**
 * An estimate of a task's effort in working days (ngày làm việc): the least it can take, the most likely,
 * and the most it can take. The forecast samples a triangular distribution over the three.
 */
export const EffortSchema = z
  .object({
    optimistic: z.number().min(0),
    likely: z.number().min(0),
    pessimistic: z.number().min(0),
  })
  .refine((e) => e.optimistic <= e.likely && e.likely <= e.pessimistic, breaks({ rule: 'effort-order' }));
export type Effort = z.infer<typeof EffortSchema>;

const days = (optimistic: number, likely: number, pessimistic: number): Effort => ({
  optimistic,
  likely,
  pessimistic,
});

/**
 * Default efforts by stage for finite work (one-off tasks) and for the preparation of an event whose day
 * is not fixed. Ongoing and recurring duties have none: they are bands over the plan's period, not work
 * that ends. A planner's estimate on the task overrides these.
 */
export const DEFAULT_EFFORTS: Readonly<Record<Stage, { oneOff: Effort; event: Effort }>> = {
  drafting: { oneOff: days(5, 10, 20), event: days(3, 5, 10) },
  disseminating: { oneOff: days(3, 5, 10), event: days(3, 5, 10) },
  studying: { oneOff: days(5, 10, 20), event: days(5, 10, 15) },
  implementing: { oneOff: days(20, 40, 80), event: days(5, 10, 15) },
  reviewing: { oneOff: days(5, 10, 20), event: days(3, 5, 10) },
};

/** Whether a task is a duty without an end (thường xuyên, hằng năm, định kỳ): drawn as a band. */
export function isBandKind(kind: Task['kind']): boolean {
  return kind === 'ongoing' || kind === 'recurring';
}

/** The task's effort: the planner's estimate, else the default of its stage and kind (null for a band). */
export function effortOf(task: Pick<Task, 'stage' | 'kind' | 'effort'>): Effort | null {
  if (task.effort) return task.effort;
  if (isBandKind(task.kind)) return null;
  const defaults = DEFAULT_EFFORTS[task.stage];
  return task.kind === 'event' ? defaults.event : defaults.oneOff;
}

/** How many tasks a body runs at once when the plan does not say. */
export const DEFAULT_BODY_CAPACITY = 3;

export function capacityOf(body: Pick<Body, 'capacity'>): number {
  return body.capacity ?? DEFAULT_BODY_CAPACITY;
}
