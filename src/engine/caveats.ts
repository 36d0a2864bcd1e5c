import type { Group } from '../domain/body';
import type { PlanModel, TaskNode } from './model';
import { rowOf, type Rows } from './model-index';
import type { Caveat, CaveatKind } from './verdict';

const KINDS: readonly CaveatKind[] = ['open-group', 'request', 'child-plan-unlinked'];
const NO_CAVEATS: CaveatKind[] = [];
const NO_CAVEAT: Caveat[] = [];

/**
 * The caveats a task carries itself: its result rests on an open group (a primary assignee or the adopter),
 * it is a request that may be declined, or it waits for a child plan not linked or not found. Most carry
 * none and share one empty list.
 */
export function ownCaveats(node: TaskNode, groups: ReadonlyMap<string, Group>): CaveatKind[] {
  const open = (id: string | null) => id !== null && groups.get(id)?.open === true;
  const kinds: CaveatKind[] = [];
  if (node.primary.some(open) || open(node.task.adoptedById)) kinds.push('open-group');
  if (node.task.mode === 'request') kinds.push('request');
  if (node.childPlan?.status === 'unlinked' || node.childPlan?.status === 'missing') {
    kinds.push('child-plan-unlinked');
  }
  return kinds.length > 0 ? kinds : NO_CAVEATS;
}

/** Per task number, the numbers of the tasks that need it (through results or collected reports). */
function dependantsOf(model: PlanModel): Rows {
  const { index } = model;
  const lists: number[][] = [];
  for (const no of index.taskNo.values()) {
    for (const rows of [index.resultDeps, index.closureDeps]) {
      for (const d of rowOf(rows, no)) if (d >= 0) (lists[d] ??= []).push(no);
    }
  }
  const start = new Int32Array(index.tasks.length + 1);
  for (let i = 0; i < index.tasks.length; i++) start[i + 1] = (start[i] as number) + (lists[i]?.length ?? 0);
  return { start, items: Int32Array.from(lists.flatMap((l) => l ?? [])) };
}

/**
 * Per kind, the nearest task each task needs (itself included, through results and collected reports,
 * transitively) that carries the caveat, by task number (-1: none): one breadth-first search per kind from
 * every task carrying it, backwards along the dependencies, so linear in the plan; nothing is built for a
 * kind no task carries.
 */
function nearestOrigins(model: PlanModel): Map<CaveatKind, Int32Array> {
  const { index } = model;
  let dependants: Rows | null = null;
  const result = new Map<CaveatKind, Int32Array>();
  // the numbers of the tasks `model.tasks` holds (the last of a repeated id) that carry some caveat
  const carrying: number[] = [];
  for (const no of index.taskNo.values()) {
    if ((index.tasks[no] as TaskNode).caveats.length > 0) carrying.push(no);
  }
  for (const kind of KINDS) {
    const queue = carrying.filter((no) => (index.tasks[no] as TaskNode).caveats.includes(kind));
    if (queue.length === 0) continue;
    dependants ??= dependantsOf(model);
    const origin = new Int32Array(index.tasks.length).fill(-1);
    for (const no of queue) origin[no] = no;
    for (let i = 0; i < queue.length; i++) {
      const from = queue[i] as number;
      for (const next of rowOf(dependants, from)) {
        if (origin[next] !== -1) continue;
        origin[next] = origin[from] as number;
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
  const { index } = model;
  const openGroups = [...model.assignees.values()].some((a) => a.kind === 'open-group');
  for (const a of model.assignees.values()) {
    if (origins.size === 0 && !openGroups) {
      byAssignee.set(a.id, NO_CAVEAT);
      continue;
    }
    let caveats: Caveat[] = NO_CAVEAT;
    const add = (caveat: Caveat) => (caveats = [...caveats, caveat]);
    for (const kind of KINDS) {
      const origin = origins.get(kind);
      const from = origin ? originOf(origin, a.taskIds, index.taskNo) : -1;
      if (from >= 0) add({ kind, taskId: (index.tasks[from] as TaskNode).id });
      else if (kind === 'open-group' && a.kind === 'open-group' && a.taskIds[0] !== undefined) {
        add({ kind, taskId: a.taskIds[0] });
      }
    }
    byAssignee.set(a.id, caveats);
  }
  return byAssignee;
}

/** The origin of the first of `taskIds` that has one, else -1. */
function originOf(origin: Int32Array, taskIds: string[], taskNo: ReadonlyMap<string, number>): number {
  for (const id of taskIds) {
    const from = origin[taskNo.get(id) as number] as number;
    if (from >= 0) return from;
  }
  return -1;
}
