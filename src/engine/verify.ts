import { caveatsByAssignee } from './caveats';
import { Explainer } from './explain';
import type { AssignmentNode, PlanModel, TaskNode } from './model';
import type { ModelIndex, Rows } from './model-index';
import type { BlockedAssignment, BodyVerdict } from './verdict';

/**
 * Which assignments can be completed by progress alone, and in what order they first can; by the numbers
 * of `modelIndex` (1 = yes).
 */
export interface Reachability {
  index: ModelIndex;
  /** Per assignment: it can close by progress (work approved and, where a report is owed, delivered). */
  completable: Uint8Array;
  /** Per assignment: its work can be approved. */
  approvable: Uint8Array;
  /** Assignments whose work can be approved, in the order they first can. */
  order: number[];
  /** Per assignment: its place in `order`, or -1. */
  position: Int32Array;
  /** Per task: its result can exist; every report of it can be delivered. */
  doneable: Uint8Array;
  closable: Uint8Array;
}

/** Per task, the assignments that wait for it through `deps`: rows of assignment numbers. */
function waitingOn(index: ModelIndex, deps: Rows): Rows {
  const tasks = index.tasks.length;
  const size = index.assignments.length;
  const start = new Int32Array(tasks + 1);
  const forEachWait = (visit: (dep: number, slot: number) => void) => {
    for (let slot = 0; slot < size; slot++) {
      const task = index.taskOf[slot] as number;
      const end = deps.start[task + 1] as number;
      for (let k = deps.start[task] as number; k < end; k++) {
        const dep = deps.items[k] as number;
        if (dep >= 0) visit(dep, slot);
      }
    }
  };
  forEachWait((dep) => (start[dep + 1] = (start[dep + 1] as number) + 1));
  for (let t = 0; t < tasks; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
  const items = new Int32Array(start[tasks] as number);
  const fill = start.slice(0, tasks);
  forEachWait((dep, slot) => {
    const at = fill[dep] as number;
    items[at] = slot;
    fill[dep] = at + 1;
  });
  return { start, items };
}

const rowLength = (rows: Rows, i: number) => (rows.start[i + 1] as number) - (rows.start[i] as number);

/**
 * Least fixpoint over completion facts: an assignment's work can be approved when it can act, its approver
 * can approve, every result it needs can exist and every report it collects can be delivered; it can close
 * when, besides, the report it owes can be delivered. Linear in the size of the plan (a worklist of
 * counters over interned numbers), so bodies are never combined into a product of states.
 */
export function computeReachability(model: PlanModel): Reachability {
  const { index } = model;
  const size = index.assignments.length;
  const tasks = index.tasks.length;
  const unmet = new Int32Array(size);
  const primaryLeft = new Int32Array(tasks);
  const allLeft = new Int32Array(tasks);
  const never = 0x7fffffff;
  for (let i = 0; i < tasks; i++) {
    const t = index.tasks[i] as TaskNode;
    primaryLeft[i] = t.primary.length > 0 ? t.primary.length : never;
    allLeft[i] = t.assignees.length > 0 ? t.assignees.length : never;
  }
  const waitingOnResult = waitingOn(index, index.resultDeps);
  const waitingOnClosure = waitingOn(index, index.closureDeps);
  const queue: number[] = [];
  for (let slot = 0; slot < size; slot++) {
    const assignment = index.assignments[slot] as AssignmentNode;
    const task = index.taskOf[slot] as number;
    const count =
      (assignment.startBlock || assignment.approveBlock ? 1 : 0) +
      rowLength(index.resultDeps, task) +
      rowLength(index.closureDeps, task);
    unmet[slot] = count;
    if (count === 0) queue.push(slot);
  }
  const reach: Reachability = {
    index,
    completable: new Uint8Array(size),
    approvable: new Uint8Array(size),
    order: queue,
    position: new Int32Array(size).fill(-1),
    doneable: new Uint8Array(tasks),
    closable: new Uint8Array(tasks),
  };
  const release = (rows: Rows, task: number) => {
    const end = rows.start[task + 1] as number;
    for (let k = rows.start[task] as number; k < end; k++) {
      const slot = rows.items[k] as number;
      if (--(unmet[slot] as number) === 0) queue.push(slot);
    }
  };
  for (let i = 0; i < queue.length; i++) {
    const slot = queue[i] as number;
    const assignment = index.assignments[slot] as AssignmentNode;
    const task = index.taskOf[slot] as number;
    reach.approvable[slot] = 1;
    reach.position[slot] = i;
    if (assignment.primary && --(primaryLeft[task] as number) === 0) {
      reach.doneable[task] = 1;
      release(waitingOnResult, task);
    }
    if (assignment.deliverBlock) continue;
    reach.completable[slot] = 1;
    if (--(allLeft[task] as number) === 0) {
      reach.closable[task] = 1;
      release(waitingOnClosure, task);
    }
  }
  return reach;
}

export function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

/** Shared by every body that completes (verdicts are never changed). */
const NOTHING_BLOCKED: BlockedAssignment[] = [];

/**
 * For each assigned body: can it always still reach completion, from every state the plan can reach?
 * Cancelling or declining closes an assignment and cascades to the tasks that need its result; closing
 * only ever helps, so a body can always complete exactly when all its assignments are completable by
 * progress from the start. The oracle checks this claim against the full product of the machines.
 */
export function verifyBodies(model: PlanModel, reach = computeReachability(model)): BodyVerdict[] {
  const explainer = new Explainer(model, reach);
  const caveats = caveatsByAssignee(model);
  const verdicts: BodyVerdict[] = [];
  for (const a of model.assignees.values()) {
    const slots = reach.index.byAssignee.get(a.id) ?? [];
    const completes = a.taskIds.every((_, i) => reach.completable[slots[i] ?? -1] === 1);
    verdicts.push({
      assigneeId: a.id,
      name: a.name,
      kind: a.kind,
      completes,
      blocked: completes
        ? NOTHING_BLOCKED
        : a.taskIds.flatMap((taskId, i) => {
            const slot = slots[i] ?? -1;
            return reach.completable[slot] ? [] : [explainer.explain(a.id, taskId, slot)];
          }),
      caveats: caveats.get(a.id) ?? [],
    });
  }
  return verdicts;
}
