import { createActor } from 'xstate';
import { addDays } from '../domain/date';
import type { AssignmentEventType } from './body-machine';
import { assignmentKey, type PlanModel } from './model';
import { createPlanMachine, planMachineInput, type PlanStageState } from './plan-machine';
import { PlanRun } from './plan-run';
import { seededRandom } from './random';
import { isClosed, type AssignmentStatus } from './status';
import { splitKey } from './verify';
import { watchListsOf } from './watchers';

export interface SimulationOptions {
  seed: number;
  /** Chance that a report is returned for rework (each assignment is returned at most once). */
  returnRate?: number;
  /** Chance that the assigner cancels an assignment instead of letting it start. */
  cancelRate?: number;
  /** First day of the simulated calendar; defaults to the plan's date. */
  startDate?: string;
}

export interface TraceEntry {
  step: number;
  date: string;
  assigneeId: string;
  taskId: string;
  event: AssignmentEventType;
  /** The state after the event of every body it changed (cascades included). */
  states: Record<string, Record<string, AssignmentStatus>>;
  planStage: PlanStageState;
}

export interface SimulationResult {
  seed: number;
  trace: TraceEntry[];
  completed: Array<{ assigneeId: string; date: string; step: number }>;
  stuck: Array<{ assigneeId: string; waiting: Array<{ taskId: string; status: AssignmentStatus }> }>;
  planStage: PlanStageState;
  endDate: string;
}

/** What a simulated assigner gives as the reason of a cancellation. */
export const SIMULATED_CANCEL_REASON = 'Mô phỏng: bên giao hủy nhiệm vụ';

/** The first day of a simulated calendar: the plan's date, else the start of its validity. */
export function startDateOf(model: PlanModel): string {
  const { plan } = model;
  return plan.date ?? plan.validity.from ?? '2024-01-01';
}

const NEXT_EVENT: Record<AssignmentStatus, AssignmentEventType | null> = {
  notStarted: 'START',
  inProgress: 'REPORT',
  reported: 'APPROVE',
  returned: 'START',
  approved: 'DELIVER',
  completed: null,
  cancelled: null,
};

/**
 * Run the real actors of a plan to the end under a seeded scheduler: at each step one open assignment,
 * chosen at random, takes its next step. An assignment whose guard refuses waits until facts change.
 */
export function simulate(model: PlanModel, options: SimulationOptions): SimulationResult {
  const random = seededRandom(options.seed);
  const returnRate = options.returnRate ?? 0.15;
  const cancelRate = options.cancelRate ?? 0;
  const run = new PlanRun(model);
  const plan = createActor(createPlanMachine(), { input: planMachineInput(model) }).start();
  const trace: TraceEntry[] = [];
  const completed: SimulationResult['completed'] = [];
  const returned = new Set<string>();
  const doneBodies = new Set<string>();
  let date = options.startDate ?? startDateOf(model);
  const open: string[] = [];
  /** Assignments whose guard refused, by assignee: retried when a task they watch changes. */
  const waiting = new Map<string, string[]>();
  for (const a of model.assignees.values()) for (const t of a.taskIds) open.push(assignmentKey(a.id, t));

  while (open.length > 0) {
    const index = Math.floor(random() * open.length);
    const key = open[index] as string;
    const [assigneeId, taskId] = splitKey(key);
    const status = run.status(assigneeId, taskId);
    let type = NEXT_EVENT[status];
    if (type === null) {
      open[index] = open[open.length - 1] as string;
      open.pop();
      continue;
    }
    if (status === 'notStarted' && random() < cancelRate) type = 'CANCEL';
    if (type === 'APPROVE' && !returned.has(key) && random() < returnRate) {
      type = 'RETURN';
      returned.add(key);
    }
    const changed = run.send(
      assigneeId,
      type === 'CANCEL' ? { type, task: taskId, reason: SIMULATED_CANCEL_REASON } : { type, task: taskId },
    );
    if (changed.length === 0) {
      open[index] = open[open.length - 1] as string;
      open.pop();
      waiting.set(assigneeId, [...(waiting.get(assigneeId) ?? []), key]);
      continue;
    }
    if (random() < 0.3) date = addDays(date, 1) ?? date;
    const touched = new Set([assigneeId, ...changed.flatMap((t) => model.tasks.get(t)?.assignees ?? [])]);
    const states: TraceEntry['states'] = {};
    for (const b of touched) states[b] = run.statuses(b);
    const closed = changed.filter((t) => run.facts.closed.has(t));
    if (closed.length > 0) plan.send({ type: 'CLOSED', taskIds: closed });
    trace.push({
      step: trace.length + 1,
      date,
      assigneeId,
      taskId,
      event: type,
      states,
      planStage: plan.getSnapshot().value as PlanStageState,
    });
    for (const b of touched) {
      if (run.isDone(b) && !doneBodies.has(b)) {
        doneBodies.add(b);
        completed.push({ assigneeId: b, date, step: trace.length });
      }
    }
    for (const t of changed) {
      for (const watcher of watchListsOf(model).watchers.get(t) ?? []) {
        for (const w of waiting.get(watcher) ?? []) open.push(w);
        waiting.delete(watcher);
      }
    }
  }

  const stuck = [...model.assignees.values()]
    .filter((a) => !run.isDone(a.id))
    .map((a) => ({
      assigneeId: a.id,
      waiting: a.taskIds
        .map((taskId) => ({ taskId, status: run.status(a.id, taskId) }))
        .filter((w) => !isClosed(w.status)),
    }));
  const planStage = plan.getSnapshot().value as PlanStageState;
  run.stop();
  plan.stop();
  return { seed: options.seed, trace, completed, stuck, planStage, endDate: date };
}
