import type { Plan } from '../../../domain/plan';
import type { PlanCommand } from '../../../domain/plan-edit';
import type { Task } from '../../../domain/task';
import type { Point } from './geometry';

/** How far each paste lands from the previous one. */
export const PASTE_OFFSET = 40;

/** Tasks copied with Ctrl+C, kept for the whole app (so they paste into another plan too). */
let copied: Task[] = [];

/** Copy the chosen tasks with the positions they are shown at. */
export function copyTasks(plan: Plan, ids: readonly string[], placeOf: (task: Task) => Point): number {
  const chosen = new Set(ids);
  copied = plan.tasks.filter((t) => chosen.has(t.id)).map((t) => ({ ...t, position: placeOf(t) }));
  return copied.length;
}

/**
 * Paste the copied tasks, offset from the last paste. A copy keeps only the dependencies it can meet in
 * this plan: on tasks copied with it (which `pasteTasks` points at their copies) or on tasks of the plan.
 */
export function pasteCommand(plan: Plan): PlanCommand | null {
  if (copied.length === 0) return null;
  copied = copied.map((t) => ({
    ...t,
    position: t.position && { x: t.position.x + PASTE_OFFSET, y: t.position.y + PASTE_OFFSET },
  }));
  const known = new Set([...copied.map((t) => t.id), ...plan.tasks.map((t) => t.id)]);
  return {
    type: 'pasteTasks',
    tasks: copied.map((t) => ({ ...t, prerequisiteIds: t.prerequisiteIds.filter((p) => known.has(p)) })),
  };
}
