import type { Plan } from '../../../domain/plan';
import type { LiveReport } from '../verify-protocol';

/**
 * The tasks that leave a body unable to complete, each with the names of the bodies it leaves stuck: the
 * blocked assignment's task, every task on its chain of waiting, and the task its root cause names.
 */
export function blockingTasks(report: LiveReport | null): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  const mark = (taskId: string, name: string) => {
    const names = blocks.get(taskId) ?? [];
    if (!names.includes(name)) blocks.set(taskId, [...names, name]);
  };
  for (const verdict of report?.bodies ?? []) {
    for (const blocked of verdict.blocked) {
      mark(blocked.taskId, verdict.name);
      for (const step of blocked.chain) {
        mark(step.taskId, verdict.name);
        mark(step.waitsFor.taskId, verdict.name);
      }
      if ('taskId' in blocked.cause) mark(blocked.cause.taskId, verdict.name);
    }
  }
  return blocks;
}

/** The tasks a body takes part in: as lead or participant, itself or through a group it belongs to. */
export function tasksOfBody(
  tasks: Plan['tasks'],
  groups: Plan['groups'],
  bodyId: string | null,
): Set<string> {
  if (bodyId === null) return new Set();
  const via = new Set([bodyId, ...groups.filter((g) => g.memberIds.includes(bodyId)).map((g) => g.id)]);
  return new Set(
    tasks
      .filter((t) => (t.leadId !== null && via.has(t.leadId)) || t.participantIds.some((p) => via.has(p)))
      .map((t) => t.id),
  );
}

/** Names of the plan's bodies and groups by id, for the canvas's labels. */
export function namesById(bodies: Plan['bodies'], groups: Plan['groups']): Map<string, string> {
  return new Map([
    ...bodies.map((b) => [b.id, b.name] as const),
    ...groups.map((g) => [g.id, g.name] as const),
  ]);
}
