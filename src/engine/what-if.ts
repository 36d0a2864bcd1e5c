import type { Body } from '../domain/body';
import type { Effort } from '../domain/effort';
import type { Plan } from '../domain/plan';
import { compilePlanModel } from './model';
import type { ReportEdge, Task } from '../domain/task';
import { cancelledTasks } from './forecast-setup';
import { NO_ADJUSTMENTS, type Delay, type ForecastAdjustments } from './forecast-types';

/**
 * A what-if: a copy of the plan with structural changes (bodies removed or replaced, efforts changed) and
 * the adjustments the forecast applies beside it (delays, blocked and cancelled tasks). Every function
 * returns a new scenario and leaves its input as it was: nothing reaches the saved plan unless the user
 * chooses to keep it. Unchanged tasks keep their identity.
 */
export interface Scenario {
  plan: Plan;
  adjustments: ForecastAdjustments;
}

export type WhatIf =
  | { kind: 'delay-task'; taskId: string; delay: Delay }
  | { kind: 'delay-body'; bodyId: string; delay: Delay }
  | { kind: 'remove-body'; bodyId: string }
  | { kind: 'replace-body'; bodyId: string; by: Body | string }
  | { kind: 'block-task'; taskId: string }
  | { kind: 'cancel-task'; taskId: string }
  | { kind: 'change-effort'; taskId: string; effort: Effort | null };

export function scenarioOf(plan: Plan): Scenario {
  return { plan, adjustments: NO_ADJUSTMENTS };
}

function adjust(scenario: Scenario, change: Partial<ForecastAdjustments>): Scenario {
  return { plan: scenario.plan, adjustments: { ...scenario.adjustments, ...change } };
}

function withTasks(plan: Plan, update: (task: Task) => Task): Plan {
  let changed = false;
  const tasks = plan.tasks.map((task) => {
    const next = update(task);
    if (next !== task) changed = true;
    return next;
  });
  return changed ? { ...plan, tasks } : plan;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** A report to a body that is gone is no longer sent; one via a body that is gone goes direct. */
function mapReport(report: ReportEdge, map: (id: string) => string | null): ReportEdge | null {
  const toId = map(report.toId);
  if (toId === null) return null;
  const viaId = report.viaId === null ? null : map(report.viaId);
  return toId === report.toId && viaId === report.viaId ? report : { ...report, toId, viaId };
}

/** Every reference to a body, in tasks, groups, successors and the focal body, passed through `map`. */
function mapBodyRefs(plan: Plan, map: (id: string) => string | null): Plan {
  const mapOne = (id: string | null) => (id === null ? null : map(id));
  const mapMany = (ids: string[]) => {
    const next = [...new Set(ids.map(map).filter((id): id is string => id !== null))];
    return sameIds(next, ids) ? ids : next;
  };
  const tasks = withTasks(plan, (task) => {
    const leadId = mapOne(task.leadId);
    const participantIds = mapMany(task.participantIds).filter((id) => id !== leadId);
    const adoptedById = mapOne(task.adoptedById);
    const report = task.report ? mapReport(task.report, map) : null;
    const same =
      leadId === task.leadId &&
      sameIds(participantIds, task.participantIds) &&
      adoptedById === task.adoptedById &&
      report === task.report;
    return same ? task : { ...task, leadId, participantIds, adoptedById, report };
  }).tasks;
  return {
    ...plan,
    tasks,
    focalBodyId: mapOne(plan.focalBodyId),
    groups: plan.groups.map((g) => {
      const memberIds = mapMany(g.memberIds);
      return memberIds === g.memberIds ? g : { ...g, memberIds };
    }),
    bodies: plan.bodies.map((b) => {
      const successorIds = mapMany(b.successorIds);
      return successorIds === b.successorIds ? b : { ...b, successorIds };
    }),
  };
}

/** The task starts `delay` later than it could (or not before a date). */
export function delayTask(scenario: Scenario, taskId: string, delay: Delay): Scenario {
  return adjust(scenario, { taskDelays: { ...scenario.adjustments.taskDelays, [taskId]: delay } });
}

/** The body starts nothing before the plan's start plus `delay` (or before a date). */
export function delayBody(scenario: Scenario, bodyId: string, delay: Delay): Scenario {
  return adjust(scenario, { bodyDelays: { ...scenario.adjustments.bodyDelays, [bodyId]: delay } });
}

/** The task never finishes: everything waiting for it waits forever. */
export function blockTask(scenario: Scenario, taskId: string): Scenario {
  const { blocked } = scenario.adjustments;
  return blocked.includes(taskId) ? scenario : adjust(scenario, { blocked: [...blocked, taskId] });
}

/** The assigner cancels the task: it closes, and the tasks needing its result are cancelled with it. */
export function cancelTask(scenario: Scenario, taskId: string): Scenario {
  const { cancelled } = scenario.adjustments;
  return cancelled.includes(taskId) ? scenario : adjust(scenario, { cancelled: [...cancelled, taskId] });
}

/** The body is gone: it leaves the plan, its groups and every assignment (a task it led has no lead). */
export function removeBody(scenario: Scenario, bodyId: string): Scenario {
  const mapped = mapBodyRefs(scenario.plan, (id) => (id === bodyId ? null : id));
  const plan = { ...mapped, bodies: mapped.bodies.filter((b) => b.id !== bodyId) };
  const bodyDelays = Object.fromEntries(
    Object.entries(scenario.adjustments.bodyDelays).filter(([id]) => id !== bodyId),
  );
  return { plan, adjustments: { ...scenario.adjustments, bodyDelays } };
}

/**
 * Another body takes over every assignment, group membership and report of `bodyId` (its successor after
 * a merger). A body not yet in the plan is added; the replaced body stays listed (it may have issued the plan).
 */
export function replaceBody(scenario: Scenario, bodyId: string, by: Body | string): Scenario {
  const byId = typeof by === 'string' ? by : by.id;
  if (byId === bodyId) return scenario;
  const mapped = mapBodyRefs(scenario.plan, (id) => (id === bodyId ? byId : id));
  const known = mapped.bodies.some((b) => b.id === byId) || typeof by === 'string';
  const plan = known ? mapped : { ...mapped, bodies: [...mapped.bodies, by as Body] };
  return { plan, adjustments: scenario.adjustments };
}

/** The planner's estimate for the task (null: the default of its stage and kind). */
export function changeEffort(scenario: Scenario, taskId: string, effort: Effort | null): Scenario {
  const plan = withTasks(scenario.plan, (task) => (task.id === taskId ? { ...task, effort } : task));
  return { plan, adjustments: scenario.adjustments };
}

export function applyWhatIf(scenario: Scenario, change: WhatIf): Scenario {
  switch (change.kind) {
    case 'delay-task':
      return delayTask(scenario, change.taskId, change.delay);
    case 'delay-body':
      return delayBody(scenario, change.bodyId, change.delay);
    case 'remove-body':
      return removeBody(scenario, change.bodyId);
    case 'replace-body':
      return replaceBody(scenario, change.bodyId, change.by);
    case 'block-task':
      return blockTask(scenario, change.taskId);
    case 'cancel-task':
      return cancelTask(scenario, change.taskId);
    case 'change-effort':
      return changeEffort(scenario, change.taskId, change.effort);
  }
}

/**
 * The plan as the verifier should judge the scenario: cancelled tasks, and those cancelled with them
 * because they need a cancelled result, are closed, so they leave the plan. (A blocked task is a
 * forecast-only adjustment: the verifier has no notion of a task that never finishes by itself.)
 */
export function verdictPlan(scenario: Scenario): Plan {
  if (scenario.adjustments.cancelled.length === 0) return scenario.plan;
  const gone = cancelledTasks(compilePlanModel(scenario.plan), scenario.adjustments.cancelled);
  return { ...scenario.plan, tasks: scenario.plan.tasks.filter((t) => !gone.has(t.id)) };
}
