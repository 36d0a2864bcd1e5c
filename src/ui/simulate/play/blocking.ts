import type { BlockCause, BodyVerdict } from '../../../engine/verdict';

function causeTasks(cause: BlockCause): string[] {
  return cause.kind === 'cycle' ? cause.loop.map((s) => s.taskId) : [cause.taskId];
}

/** The tasks a stuck body's reasons name: its blocked tasks, what they wait for, and the root causes. */
export function blockingTasks(verdict: BodyVerdict | null): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const b of verdict?.blocked ?? []) {
    ids.add(b.taskId);
    for (const step of b.chain) ids.add(step.waitsFor.taskId);
    for (const id of causeTasks(b.cause)) ids.add(id);
  }
  return ids;
}
