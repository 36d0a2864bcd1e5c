import type { AssignmentStatus } from '../../../domain/assignment-status';
import type { TaskNode } from '../../../engine/model';
import type { SimulationSession } from '../../../engine/simulation-session';

/** Where a task stands as a whole: every assignment cancelled or closed, some moved, or none yet. */
export function taskStatusOf(session: SimulationSession, task: TaskNode): AssignmentStatus {
  const statuses = task.assignees.map((a) => session.status(a, task.id));
  if (statuses.length > 0 && statuses.every((s) => s === 'cancelled')) return 'cancelled';
  if (statuses.length > 0 && statuses.every((s) => s === 'completed' || s === 'cancelled'))
    return 'completed';
  if (statuses.every((s) => s === 'notStarted')) return 'notStarted';
  return 'inProgress';
}

/** How many of a task's assignments are in each status, most advanced first. */
export function statusCounts(session: SimulationSession, task: TaskNode): Array<[AssignmentStatus, number]> {
  const counts = new Map<AssignmentStatus, number>();
  for (const a of task.assignees) {
    const s = session.status(a, task.id);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts];
}
