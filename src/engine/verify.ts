import { assignmentKey, type PlanModel } from './model';
import { explainBlocked } from './explain';
import type { BodyVerdict, RunEvent } from './verdict';

/** Which assignments can be completed by progress alone, and in what order they first can. */
export interface Reachability {
  completable: Set<string>;
  order: string[];
  doneable: Set<string>;
  closable: Set<string>;
}

/**
 * Least fixpoint over completion facts: an assignment can complete when its body is active, every result
 * it needs can exist and every report it collects can close. Linear in the size of the plan (a worklist
 * of counters), so bodies are never combined into a product of states.
 */
export function computeReachability(model: PlanModel): Reachability {
  const unmet = new Map<string, number>();
  const waitingOnResult = new Map<string, string[]>();
  const waitingOnClosure = new Map<string, string[]>();
  const primaryLeft = new Map<string, number>();
  const allLeft = new Map<string, number>();
  const queue: string[] = [];
  const completable = new Set<string>();
  const order: string[] = [];
  const doneable = new Set<string>();
  const closable = new Set<string>();

  for (const task of model.tasks.values()) {
    primaryLeft.set(task.id, task.primary.length > 0 ? task.primary.length : Infinity);
    allLeft.set(task.id, task.assignees.length > 0 ? task.assignees.length : Infinity);
  }
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const a of model.assignees.values()) {
    for (const taskId of a.taskIds) {
      const key = assignmentKey(a.id, taskId);
      const task = model.tasks.get(taskId);
      if (!task) continue;
      let count = a.active ? 0 : 1;
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
    completable.add(key);
    order.push(key);
    const [assigneeId, taskId] = splitKey(key);
    const task = model.tasks.get(taskId);
    if (!task) continue;
    if (task.primary.includes(assigneeId)) {
      const left = (primaryLeft.get(taskId) ?? 0) - 1;
      primaryLeft.set(taskId, left);
      if (left === 0) {
        doneable.add(taskId);
        release(waitingOnResult.get(taskId));
      }
    }
    const left = (allLeft.get(taskId) ?? 0) - 1;
    allLeft.set(taskId, left);
    if (left === 0) {
      closable.add(taskId);
      release(waitingOnClosure.get(taskId));
    }
  }
  return { completable, order, doneable, closable };
}

export function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

/**
 * The run that takes one body as far as it can go: every assignment it can complete, preceded by
 * exactly the work of others that those assignments need, in an order the machines accept.
 */
function witnessFor(model: PlanModel, assigneeId: string, reach: Reachability): RunEvent[] {
  const needed = new Set<string>();
  const visit = (key: string) => {
    if (needed.has(key) || !reach.completable.has(key)) return;
    needed.add(key);
    const task = model.tasks.get(splitKey(key)[1]);
    for (const dep of task?.resultDeps ?? []) {
      for (const a of model.tasks.get(dep)?.primary ?? []) visit(assignmentKey(a, dep));
    }
    for (const dep of task?.closureDeps ?? []) {
      for (const a of model.tasks.get(dep)?.assignees ?? []) visit(assignmentKey(a, dep));
    }
  };
  for (const taskId of model.assignees.get(assigneeId)?.taskIds ?? [])
    visit(assignmentKey(assigneeId, taskId));
  return reach.order
    .filter((key) => needed.has(key))
    .flatMap((key) => {
      const [a, taskId] = splitKey(key);
      return (['START', 'REPORT', 'APPROVE'] as const).map((type) => ({ assigneeId: a, taskId, type }));
    });
}

/**
 * For each assigned body: can it always still reach completion, from every state the plan can reach?
 * Cancellation closes an assignment and cascades to the tasks that need its result; closing only ever
 * helps, so a body can always complete exactly when all its assignments are completable by progress
 * from the start. The oracle checks this claim against the full product of the machines.
 */
export function verifyBodies(model: PlanModel, reach = computeReachability(model)): BodyVerdict[] {
  return [...model.assignees.values()].map((a) => {
    const blockedTasks = a.taskIds.filter((t) => !reach.completable.has(assignmentKey(a.id, t)));
    const completes = blockedTasks.length === 0;
    return {
      assigneeId: a.id,
      name: a.name,
      kind: a.kind,
      completes,
      blocked: blockedTasks.map((t) => explainBlocked(model, reach, a.id, t)),
      witness: completes ? [] : witnessFor(model, a.id, reach),
    };
  });
}
