import { caveatsByAssignee } from './caveats';
import { Explainer } from './explain';
import { assignmentKey, type PlanModel } from './model';
import type { BodyVerdict, RunEvent } from './verdict';

/** Which assignments can be completed by progress alone, and in what order they first can. */
export interface Reachability {
  /** Assignments that can close by progress: work approved and, where a report is owed, delivered. */
  completable: Set<string>;
  /** Assignments whose work can be approved, in the order they first can. */
  order: string[];
  approvable: Set<string>;
  doneable: Set<string>;
  closable: Set<string>;
}

/**
 * Least fixpoint over completion facts: an assignment's work can be approved when it can act, its approver
 * can approve, every result it needs can exist and every report it collects can be delivered; it can close
 * when, besides, the report it owes can be delivered. Linear in the size of the plan (a worklist of
 * counters), so bodies are never combined into a product of states.
 */
export function computeReachability(model: PlanModel): Reachability {
  const unmet = new Map<string, number>();
  const waitingOnResult = new Map<string, string[]>();
  const waitingOnClosure = new Map<string, string[]>();
  const primaryLeft = new Map<string, number>();
  const allLeft = new Map<string, number>();
  const queue: string[] = [];
  const reach: Reachability = {
    completable: new Set(),
    order: [],
    approvable: new Set(),
    doneable: new Set(),
    closable: new Set(),
  };

  for (const task of model.tasks.values()) {
    primaryLeft.set(task.id, task.primary.length > 0 ? task.primary.length : Infinity);
    allLeft.set(task.id, task.assignees.length > 0 ? task.assignees.length : Infinity);
  }
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const [key, assignment] of model.assignments) {
    const task = model.tasks.get(assignment.taskId);
    if (!task) continue;
    let count = assignment.startBlock || assignment.approveBlock ? 1 : 0;
    for (const dep of task.resultDeps) {
      count++;
      push(waitingOnResult, dep, key);
    }
    for (const dep of task.closureDeps) {
      count++;
      push(waitingOnClosure, dep, key);
    }
    unmet.set(key, count);
    if (count === 0) queue.push(key);
  }

  const release = (keys: string[] | undefined) => {
    for (const key of keys ?? []) {
      const left = (unmet.get(key) ?? 0) - 1;
      unmet.set(key, left);
      if (left === 0) queue.push(key);
    }
  };

  for (let i = 0; i < queue.length; i++) {
    const key = queue[i] as string;
    const assignment = model.assignments.get(key);
    if (!assignment) continue;
    const taskId = assignment.taskId;
    reach.approvable.add(key);
    reach.order.push(key);
    if (assignment.primary) {
      const left = (primaryLeft.get(taskId) ?? 0) - 1;
      primaryLeft.set(taskId, left);
      if (left === 0) {
        reach.doneable.add(taskId);
        release(waitingOnResult.get(taskId));
      }
    }
    if (assignment.deliverBlock) continue;
    reach.completable.add(key);
    const left = (allLeft.get(taskId) ?? 0) - 1;
    allLeft.set(taskId, left);
    if (left === 0) {
      reach.closable.add(taskId);
      release(waitingOnClosure.get(taskId));
    }
  }
  return reach;
}

export function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

/**
 * The run that takes one body as far as it can go: every assignment it can get approved (and deliver),
 * preceded by exactly the work of others that those assignments need, in an order the machines accept.
 */
function witnessFor(model: PlanModel, assigneeId: string, reach: Reachability): RunEvent[] {
  const needed = new Set<string>();
  const stack = (model.assignees.get(assigneeId)?.taskIds ?? []).map((t) => assignmentKey(assigneeId, t));
  while (stack.length > 0) {
    const key = stack.pop() as string;
    if (needed.has(key) || !reach.approvable.has(key)) continue;
    needed.add(key);
    const task = model.tasks.get(splitKey(key)[1]);
    for (const dep of task?.resultDeps ?? []) {
      for (const a of model.tasks.get(dep)?.primary ?? []) stack.push(assignmentKey(a, dep));
    }
    for (const dep of task?.closureDeps ?? []) {
      for (const a of model.tasks.get(dep)?.assignees ?? []) stack.push(assignmentKey(a, dep));
    }
  }
  return reach.order
    .filter((key) => needed.has(key))
    .flatMap((key) => {
      const [a, taskId] = splitKey(key);
      const types =
        reach.completable.has(key) && model.tasks.get(taskId)?.report
          ? (['START', 'REPORT', 'APPROVE', 'DELIVER'] as const)
          : (['START', 'REPORT', 'APPROVE'] as const);
      return types.map((type) => ({ assigneeId: a, taskId, type }));
    });
}

/**
 * For each assigned body: can it always still reach completion, from every state the plan can reach?
 * Cancelling or declining closes an assignment and cascades to the tasks that need its result; closing
 * only ever helps, so a body can always complete exactly when all its assignments are completable by
 * progress from the start. The oracle checks this claim against the full product of the machines.
 */
export function verifyBodies(model: PlanModel, reach = computeReachability(model)): BodyVerdict[] {
  const explainer = new Explainer(model, reach);
  const caveats = caveatsByAssignee(model);
  return [...model.assignees.values()].map((a) => {
    const blockedTasks = a.taskIds.filter((t) => !reach.completable.has(assignmentKey(a.id, t)));
    const completes = blockedTasks.length === 0;
    return {
      assigneeId: a.id,
      name: a.name,
      kind: a.kind,
      completes,
      blocked: blockedTasks.map((t) => explainer.explain(a.id, t)),
      caveats: caveats.get(a.id) ?? [],
      witness: completes ? [] : witnessFor(model, a.id, reach),
    };
  });
}
