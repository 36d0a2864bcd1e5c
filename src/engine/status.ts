import type { AssignmentStatus } from '../domain/assignment-status';
import type { PlanModel, TaskNode } from './model';
import { watchListsOf } from './watchers';

export type { AssignmentStatus };

export function isClosed(status: AssignmentStatus): boolean {
  return status === 'completed' || status === 'cancelled';
}

/** The assignee's work is approved: its part of the task's result exists (a report may still be owed). */
export function isApproved(status: AssignmentStatus): boolean {
  return status === 'approved' || status === 'completed';
}

/**
 * Completion facts about tasks. They only ever become true (they rest on final states), so a guard that
 * reads them can never be falsified later.
 * - done: the task's result exists (every primary assignee approved or cancelled, at least one approved);
 * - void: the task's result will never exist (every primary assignee cancelled or declined);
 * - closed: every assignment of the task is closed (its reports delivered, or cancelled).
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
  const settled = (s: AssignmentStatus) => isApproved(s) || s === 'cancelled';
  if (primary.length > 0 && primary.every(settled) && primary.some(isApproved)) sets.done.add(task.id);
  if (primary.length > 0 && primary.every((s) => s === 'cancelled')) sets.void.add(task.id);
  if (task.assignees.length > 0 && task.assignees.every((a) => isClosed(statusOf(a, task.id)))) {
    sets.closed.add(task.id);
  }
  return sets.done.size + sets.void.size + sets.closed.size !== before;
}

/** The facts one body needs: those about the tasks its own tasks wait for. */
export function factsFor(model: PlanModel, sets: FactSets, assigneeId: string): Facts {
  const watched = watchListsOf(model).watchedBy.get(assigneeId) ?? [];
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
