import type { AssignmentStatus } from '../domain/assignment-status';
import type { PlanModel, TaskNode } from './model';

export type { AssignmentStatus };

export function isClosed(status: AssignmentStatus): boolean {
  return status === 'completed' || status === 'cancelled';
}

/**
 * Completion facts about tasks. They only ever become true (they rest on final states), so a guard that
 * reads them can never be falsified later.
 * - done: the task's result exists (every primary assignee closed, at least one completed);
 * - void: the task's result will never exist (every primary assignee cancelled);
 * - closed: every assignment of the task is closed.
 * A body is told only the facts about the tasks it waits for, so bodies' data stay disjoint.
 */
export interface Facts {
  done: string[];
  void: string[];
  closed: string[];
}

export const NO_FACTS: Facts = { done: [], void: [], closed: [] };

export interface FactSets {
  done: Set<string>;
  void: Set<string>;
  closed: Set<string>;
}

export type StatusOf = (assigneeId: string, taskId: string) => AssignmentStatus;

export function emptyFactSets(): FactSets {
  return { done: new Set(), void: new Set(), closed: new Set() };
}

/** Record the facts one task has now; returns whether any became newly true. */
export function updateTaskFacts(sets: FactSets, task: TaskNode, statusOf: StatusOf): boolean {
  const before = sets.done.size + sets.void.size + sets.closed.size;
  const primary = task.primary.map((a) => statusOf(a, task.id));
  if (primary.length > 0 && primary.every(isClosed) && primary.includes('completed')) sets.done.add(task.id);
  if (primary.length > 0 && primary.every((s) => s === 'cancelled')) sets.void.add(task.id);
  if (task.assignees.length > 0 && task.assignees.every((a) => isClosed(statusOf(a, task.id)))) {
    sets.closed.add(task.id);
  }
  return sets.done.size + sets.void.size + sets.closed.size !== before;
}

/** The facts one body needs: those about the tasks its own tasks wait for. */
export function factsFor(model: PlanModel, sets: FactSets, assigneeId: string): Facts {
  const watched = model.watchedBy.get(assigneeId) ?? [];
  return {
    done: watched.filter((t) => sets.done.has(t)),
    void: watched.filter((t) => sets.void.has(t)),
    closed: watched.filter((t) => sets.closed.has(t)),
  };
}

export function changedTasks(
  before: Record<string, AssignmentStatus>,
  after: Record<string, AssignmentStatus>,
): string[] {
  return Object.keys(after).filter((k) => before[k] !== after[k]);
}
