import type { Group } from '../domain/body';
import type { PlanModel, TaskNode } from './model';
import type { Caveat, CaveatKind } from './verdict';

const KINDS: readonly CaveatKind[] = ['open-group', 'request', 'child-plan-unlinked'];

/**
 * The caveats a task carries itself: its result rests on an open group (a primary assignee or the adopter),
 * it is a request that may be declined, or it waits for a child plan not linked or not found.
 */
export function ownCaveats(task: TaskNode, groups: ReadonlyMap<string, Group>): CaveatKind[] {
  const open = (id: string | null) => id !== null && groups.get(id)?.open === true;
  const kinds: CaveatKind[] = [];
  if (task.primary.some(open) || open(task.adoptedById)) kinds.push('open-group');
  if (task.mode === 'request') kinds.push('request');
  if (task.childPlan?.status === 'unlinked' || task.childPlan?.status === 'missing') {
    kinds.push('child-plan-unlinked');
  }
  return kinds;
}

/**
 * Per task and kind, the nearest task it needs (itself included, through results and collected reports,
 * transitively) that carries the caveat: one breadth-first search per kind from every task carrying it,
 * backwards along the dependencies, so linear in the plan.
 */
function nearestOrigins(model: PlanModel): Map<CaveatKind, Map<string, string>> {
  const dependants = new Map<string, string[]>();
  for (const t of model.tasks.values()) {
    for (const d of [...t.resultDeps, ...t.closureDeps]) {
      const list = dependants.get(d);
      if (list) list.push(t.id);
      else dependants.set(d, [t.id]);
    }
  }
  const result = new Map<CaveatKind, Map<string, string>>();
  for (const kind of KINDS) {
    const origin = new Map<string, string>();
    const queue: string[] = [];
    for (const t of model.tasks.values()) {
      if (t.caveats.includes(kind)) {
        origin.set(t.id, t.id);
        queue.push(t.id);
      }
    }
    for (let i = 0; i < queue.length; i++) {
      const from = queue[i] as string;
      for (const next of dependants.get(from) ?? []) {
        if (origin.has(next)) continue;
        origin.set(next, origin.get(from) as string);
        queue.push(next);
      }
    }
    result.set(kind, origin);
  }
  return result;
}

/** Each assignee's caveats, one per kind, naming the task it comes from; an open group carries its own. */
export function caveatsByAssignee(model: PlanModel): Map<string, Caveat[]> {
  const origins = nearestOrigins(model);
  const byAssignee = new Map<string, Caveat[]>();
  for (const a of model.assignees.values()) {
    const caveats: Caveat[] = [];
    for (const kind of KINDS) {
      const origin = origins.get(kind) as Map<string, string>;
      const from = a.taskIds.find((t) => origin.has(t));
      if (from !== undefined) caveats.push({ kind, taskId: origin.get(from) as string });
      else if (kind === 'open-group' && a.kind === 'open-group' && a.taskIds[0] !== undefined) {
        caveats.push({ kind, taskId: a.taskIds[0] });
      }
    }
    byAssignee.set(a.id, caveats);
  }
  return byAssignee;
}
