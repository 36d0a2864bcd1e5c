import { isBodyValidOn, type Body, type Group } from '../domain/body';
import type { Plan } from '../domain/plan';
import { planAsOf } from '../domain/plan-year';
import type { Stage } from '../domain/stage';
import type { Task } from '../domain/task';

/** One party that owns assignments: a body, or an open group kept as one opaque assignee. */
export interface Assignee {
  id: string;
  name: string;
  kind: 'body' | 'open-group';
  /** False when the body no longer (or not yet) exists at the plan's date. */
  active: boolean;
  /** Task ids this assignee must carry out, in plan order. */
  taskIds: string[];
}

/** A task as the engine sees it: who must finish it, and what it waits for. */
export interface TaskNode {
  id: string;
  code: string;
  title: string;
  stage: Stage;
  /** The assignees whose work is the task's result: the expanded lead, or the participants if there is no lead. */
  primary: string[];
  /** Every assignee (lead and participants, groups expanded). */
  assignees: string[];
  /** Ids named as lead/participant but not defined as a body or group. */
  undefinedRefs: string[];
  /** Tasks whose result this task needs (ids may be undefined in the plan). */
  resultDeps: string[];
  /** Tasks whose every assignment must be closed first (reports a review collects). */
  closureDeps: string[];
}

/** The compiled, immutable view of a plan that machines, verifier and oracle share. */
export interface PlanModel {
  plan: Plan;
  assignees: Map<string, Assignee>;
  tasks: Map<string, TaskNode>;
  /** The date bodies' validity is judged at. */
  asOf: string | null;
  /** task id → assignees with a task that waits for it. */
  watchers: Map<string, string[]>;
  /** assignee id → the tasks its own tasks wait for. */
  watchedBy: Map<string, string[]>;
}

export function assignmentKey(assigneeId: string, taskId: string): string {
  return `${assigneeId}/${taskId}`;
}

function expandRef(
  id: string,
  bodies: Map<string, Body>,
  groups: Map<string, Group>,
  seen: Set<string> = new Set(),
): { ids: string[]; undefinedRefs: string[] } {
  if (bodies.has(id)) return { ids: [id], undefinedRefs: [] };
  const group = groups.get(id);
  if (!group) return { ids: [], undefinedRefs: [id] };
  if (group.open) return { ids: [id], undefinedRefs: [] };
  if (seen.has(id)) return { ids: [], undefinedRefs: [] };
  seen.add(id);
  const ids: string[] = [];
  const undefinedRefs: string[] = [];
  for (const member of group.memberIds) {
    const r = expandRef(member, bodies, groups, seen);
    ids.push(...r.ids);
    undefinedRefs.push(...r.undefinedRefs);
  }
  return { ids, undefinedRefs };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function closureDepsOf(task: Task, plan: Plan): string[] {
  if (!task.collectsReports || !task.leadId) return [];
  const lead = task.leadId;
  return plan.tasks
    .filter((t) => t.id !== task.id && t.report && (t.report.toId === lead || t.report.viaId === lead))
    .map((t) => t.id);
}

export function compilePlanModel(plan: Plan): PlanModel {
  const bodies = new Map(plan.bodies.map((b) => [b.id, b]));
  const groups = new Map(plan.groups.map((g) => [g.id, g]));
  const asOf = planAsOf(plan);
  const assignees = new Map<string, Assignee>();
  const tasks = new Map<string, TaskNode>();

  const ensureAssignee = (id: string): Assignee => {
    let a = assignees.get(id);
    if (!a) {
      const body = bodies.get(id);
      const group = groups.get(id);
      a = {
        id,
        name: body?.name ?? group?.name ?? id,
        kind: body ? 'body' : 'open-group',
        active: body ? isBodyValidOn(body, asOf) : true,
        taskIds: [],
      };
      assignees.set(id, a);
    }
    return a;
  };

  for (const task of plan.tasks) {
    const lead = task.leadId ? expandRef(task.leadId, bodies, groups) : { ids: [], undefinedRefs: [] };
    const parts = task.participantIds.map((p) => expandRef(p, bodies, groups));
    const participantIds = parts.flatMap((p) => p.ids);
    const primary = unique(task.leadId ? lead.ids : participantIds);
    const all = unique([...lead.ids, ...participantIds]);
    for (const id of all) ensureAssignee(id).taskIds.push(task.id);
    tasks.set(task.id, {
      id: task.id,
      code: task.code,
      title: task.title,
      stage: task.stage,
      primary,
      assignees: all,
      undefinedRefs: unique([...lead.undefinedRefs, ...parts.flatMap((p) => p.undefinedRefs)]),
      resultDeps: unique(task.prerequisiteIds),
      closureDeps: closureDepsOf(task, plan),
    });
  }
  const watchers = new Map<string, string[]>();
  const watchedBy = new Map<string, string[]>();
  for (const a of assignees.values()) {
    const deps = unique(
      a.taskIds.flatMap((t) => [...(tasks.get(t)?.resultDeps ?? []), ...(tasks.get(t)?.closureDeps ?? [])]),
    );
    watchedBy.set(a.id, deps);
    for (const d of deps) watchers.set(d, [...(watchers.get(d) ?? []), a.id]);
  }
  return { plan, assignees, tasks, asOf, watchers, watchedBy };
}
