import { formatDateVi } from '../domain/date';
import type { Localized } from '../domain/localized';
import { assignmentKey, type PlanModel } from './model';
import type { BlockCause, BlockedAssignment, WaitStep } from './verdict';
import type { Reachability } from './verify';
import { say, type EngineWording } from './wording';

/** The first requirement of a blocked assignment that can never be met, as one step or a root cause. */
function firstUnmet(
  model: PlanModel,
  reach: Reachability,
  assigneeId: string,
  taskId: string,
): { step: WaitStep; next: string } | { cause: BlockCause } {
  const assignee = model.assignees.get(assigneeId);
  if (assignee && !assignee.active) return { cause: { kind: 'inactive', assigneeId } };
  const task = model.tasks.get(taskId);
  const deps = [
    ...(task?.resultDeps ?? []).map((id) => ({ kind: 'result' as const, id })),
    ...(task?.closureDeps ?? []).map((id) => ({ kind: 'closure' as const, id })),
  ];
  for (const dep of deps) {
    const ok = dep.kind === 'result' ? reach.doneable.has(dep.id) : reach.closable.has(dep.id);
    if (ok) continue;
    const depTask = model.tasks.get(dep.id);
    if (!depTask) return { cause: { kind: 'undefined-task', taskId: dep.id } };
    const owners = dep.kind === 'result' ? depTask.primary : depTask.assignees;
    if (owners.length === 0) {
      return depTask.undefinedRefs.length > 0
        ? { cause: { kind: 'undefined-assignee', taskId: dep.id, refs: depTask.undefinedRefs } }
        : { cause: { kind: 'no-assignee', taskId: dep.id } };
    }
    const owner = owners.find((o) => !reach.completable.has(assignmentKey(o, dep.id))) ?? null;
    return {
      step: { assigneeId, taskId, waitsFor: { kind: dep.kind, taskId: dep.id, assigneeId: owner } },
      next: assignmentKey(owner ?? '', dep.id),
    };
  }
  return { cause: { kind: 'no-assignee', taskId } };
}

/** Follow the chain of waiting from a blocked assignment to its root cause (a cycle counts as one). */
export function explainBlocked(
  model: PlanModel,
  reach: Reachability,
  assigneeId: string,
  taskId: string,
): BlockedAssignment {
  const chain: WaitStep[] = [];
  const onPath = new Map<string, number>();
  let key = assignmentKey(assigneeId, taskId);
  let current: [string, string] = [assigneeId, taskId];
  for (;;) {
    onPath.set(key, chain.length);
    const r = firstUnmet(model, reach, current[0], current[1]);
    if ('cause' in r) return finish(model, assigneeId, taskId, chain, r.cause);
    chain.push(r.step);
    const seenAt = onPath.get(r.next);
    if (seenAt !== undefined) {
      const loop = chain.slice(seenAt);
      return finish(model, assigneeId, taskId, chain.slice(0, seenAt), { kind: 'cycle', loop });
    }
    key = r.next;
    current = [r.step.waitsFor.assigneeId ?? '', r.step.waitsFor.taskId];
  }
}

function finish(
  model: PlanModel,
  assigneeId: string,
  taskId: string,
  chain: WaitStep[],
  cause: BlockCause,
): BlockedAssignment {
  return { taskId, chain, cause, message: describeBlock(model, assigneeId, taskId, chain, cause) };
}

function taskLabel(w: EngineWording, model: PlanModel, taskId: string): string {
  const t = model.tasks.get(taskId);
  return t ? w.task(t.code, t.title) : w.missingTask(taskId);
}

function bodyLabel(w: EngineWording, model: PlanModel, id: string): string {
  return w.body(model.assignees.get(id)?.name ?? id);
}

function describeStep(w: EngineWording, model: PlanModel, step: WaitStep): string {
  const code = model.tasks.get(step.taskId)?.code ?? step.taskId;
  const owner = step.waitsFor.assigneeId ? bodyLabel(w, model, step.waitsFor.assigneeId) : null;
  const task = taskLabel(w, model, step.waitsFor.taskId);
  const waits =
    step.waitsFor.kind === 'result' ? w.waitsForResult(task, owner) : w.waitsForReport(task, owner);
  return w.step(code, bodyLabel(w, model, step.assigneeId), waits);
}

function describeCause(w: EngineWording, model: PlanModel, cause: BlockCause): string {
  switch (cause.kind) {
    case 'inactive': {
      const body = model.plan.bodies.find((b) => b.id === cause.assigneeId);
      return w.inactive(
        bodyLabel(w, model, cause.assigneeId),
        model.asOf ? formatDateVi(model.asOf) : null,
        body?.validTo ? formatDateVi(body.validTo) : null,
      );
    }
    case 'no-assignee':
      return w.noAssignee(taskLabel(w, model, cause.taskId));
    case 'undefined-task':
      return w.undefinedTask(taskLabel(w, model, cause.taskId));
    case 'undefined-assignee':
      return w.undefinedAssignee(taskLabel(w, model, cause.taskId), cause.refs);
    case 'cycle':
      return w.waitCycle(cause.loop.map((s) => describeStep(w, model, s)));
  }
}

/** "«body» cannot complete task X: step; step; root cause." in every language. */
export function describeBlock(
  model: PlanModel,
  assigneeId: string,
  taskId: string,
  chain: WaitStep[],
  cause: BlockCause,
): Localized {
  return say((w) => {
    const head = w.cannotComplete(bodyLabel(w, model, assigneeId), taskLabel(w, model, taskId));
    const steps = chain.map((s) => describeStep(w, model, s) + ';');
    return [head + ':', ...steps, describeCause(w, model, cause) + '.'].join(' ');
  });
}
