import type { PlanModel } from './model';
import { watchListsOf } from './watchers';
import { factsFor, updateTaskFacts, type FactSets, type Facts, type StatusOf } from './status';

/**
 * After an event changed some tasks' statuses, update the completion facts of those tasks and tell the
 * bodies that wait for them; a body told may cancel in cascade, which changes more tasks. Facts only
 * grow, so this ends. `deliver` sends the facts to one body and returns the tasks whose status changed.
 * Returns the tasks changed by cascade.
 */
export function settleFacts(
  model: PlanModel,
  sets: FactSets,
  dirtyTasks: Iterable<string>,
  statusOf: StatusOf,
  deliver: (assigneeId: string, facts: Facts) => string[],
): string[] {
  const cascaded: string[] = [];
  let dirty = new Set(dirtyTasks);
  while (dirty.size > 0) {
    const notify = new Set<string>();
    for (const taskId of dirty) {
      const task = model.tasks.get(taskId);
      if (task && updateTaskFacts(sets, task, statusOf)) {
        for (const a of watchListsOf(model).watchers.get(taskId) ?? []) notify.add(a);
      }
    }
    dirty = new Set();
    for (const a of notify) for (const t of deliver(a, factsFor(model, sets, a))) dirty.add(t);
    for (const t of dirty) cascaded.push(t);
  }
  return cascaded;
}
