import { formatDateVi } from '../domain/date';
import { assignmentKey, type PlanModel } from './model';
import type { BlockCause, BlockedAssignment, WaitStep } from './verdict';
import type { Reachability } from './verify';

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

const q = (s: string) => `«${s}»`;

function taskLabel(model: PlanModel, taskId: string): string {
  const t = model.tasks.get(taskId);
  return t ? `nhiệm vụ ${t.code} ${q(t.title)}` : `nhiệm vụ ${q(taskId)}`;
}

function bodyLabel(model: PlanModel, id: string): string {
  return q(model.assignees.get(id)?.name ?? id);
}

function describeStep(model: PlanModel, step: WaitStep): string {
  const code = model.tasks.get(step.taskId)?.code ?? step.taskId;
  const other = step.waitsFor.assigneeId ? ` của ${bodyLabel(model, step.waitsFor.assigneeId)}` : '';
  const what =
    step.waitsFor.kind === 'result'
      ? `chờ kết quả ${taskLabel(model, step.waitsFor.taskId)}${other}`
      : `chờ báo cáo của ${taskLabel(model, step.waitsFor.taskId)}${other}`;
  return `${code} của ${bodyLabel(model, step.assigneeId)} ${what}`;
}

function describeCause(model: PlanModel, cause: BlockCause): string {
  switch (cause.kind) {
    case 'inactive': {
      const body = model.plan.bodies.find((b) => b.id === cause.assigneeId);
      const until = body?.validTo ? ` (chỉ tồn tại đến ${formatDateVi(body.validTo)})` : '';
      const at = model.asOf ? ` vào ngày ${formatDateVi(model.asOf)} của kế hoạch` : '';
      return `${bodyLabel(model, cause.assigneeId)} không còn hiệu lực${at}${until} nên không thể bắt đầu`;
    }
    case 'no-assignee':
      return `${taskLabel(model, cause.taskId)} không có cơ quan chủ trì hay tham gia nào thực hiện`;
    case 'undefined-task':
      return `${taskLabel(model, cause.taskId)} được tham chiếu nhưng không có trong kế hoạch`;
    case 'undefined-assignee':
      return `${taskLabel(model, cause.taskId)} giao cho ${cause.refs.map(q).join(', ')} nhưng cơ quan này không có trong danh mục`;
    case 'cycle':
      return `vòng chờ lẫn nhau: ${cause.loop.map((s) => describeStep(model, s)).join('; ')}`;
  }
}

export function describeBlock(
  model: PlanModel,
  assigneeId: string,
  taskId: string,
  chain: WaitStep[],
  cause: BlockCause,
): string {
  const head = `${bodyLabel(model, assigneeId)} không thể hoàn thành ${taskLabel(model, taskId)}`;
  const steps = chain.map((s) => describeStep(model, s));
  return [head + ':', ...steps.map((s) => s + ';'), describeCause(model, cause) + '.'].join(' ');
}
