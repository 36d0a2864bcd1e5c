import { addDays } from '../domain/date';
import { parseDeadline, type ParsedDeadline } from '../domain/deadline';
import { capacityOf, effortOf, isBandKind, type Effort } from '../domain/effort';
import type { Plan } from '../domain/plan';
import { makeCalendar } from '../domain/working-days';
import { addMonths, WorkClock } from './forecast-clock';
import {
  NO_ADJUSTMENTS,
  type Band,
  type Delay,
  type ForecastAdjustments,
  type ForecastOptions,
  type TaskMode,
} from './forecast-types';
import { planAsOf } from '../domain/plan-year';
import { assignmentFor, compilePlanModel, type PlanModel } from './model';

/** One task as a run sees it: indices instead of ids, times instead of dates. */
export interface TaskSetup {
  id: string;
  mode: TaskMode;
  effort: Effort | null;
  /** Hash of the id: the task's random draw depends on the run and the task, not on plan order. */
  hash: number;
  /** For an event on a fixed day: the end of that day (NaN otherwise). */
  fixedTime: number;
  fixedDate: string | null;
  /** Tasks (indices) whose result, or whose closure, this one waits for; bands and cancelled reports are not. */
  resultDeps: number[];
  closureDeps: number[];
  /** Blocked by a what-if, or waiting for a task the plan does not define. */
  waitsForever: boolean;
  primary: number[];
  assignees: number[];
  deadline: string | null;
  deadlineTime: number;
  tentative: boolean;
  /** An event planned in a window ("Dự kiến tháng 9/2024") is not held before the window opens. */
  notBefore: number;
  /** A what-if delay of the task: moves the day it could start to a later day. */
  shift: ((iso: string) => string) | null;
  band: Band | null;
}

export interface AssigneeSetup {
  id: string;
  capacity: number;
  active: boolean;
  /** Nothing of this assignee starts before this time (a what-if delay of the body). */
  notBefore: number;
}

export interface ForecastSetup {
  clock: WorkClock;
  tasks: TaskSetup[];
  assignees: AssigneeSetup[];
  resultDependents: number[][];
  closureDependents: number[][];
}

function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function shiftOf(delay: Delay): (iso: string) => string {
  if ('until' in delay) return (iso) => (iso < delay.until ? delay.until : iso);
  return delay.unit === 'months' ? (iso) => addMonths(iso, delay.by) : (iso) => addDays(iso, delay.by) ?? iso;
}

/**
 * The first day of work: the option, else the plan's date or the start of its validity, else 1 January of
 * the year its validity ends or its earliest dated deadline names. Null when the plan names no year.
 */
export function forecastStart(plan: Plan, start?: string): string | null {
  const own = start ?? planAsOf(plan);
  if (own) return own;
  const named = plan.tasks
    .flatMap((t) => {
      const d = t.deadline ? parseDeadline(t.deadline, { planYear: null }) : null;
      return [d?.start, d?.due];
    })
    .filter((d): d is string => !!d);
  const year = plan.validity.to ?? named.sort()[0];
  return year ? `${year.slice(0, 4)}-01-01` : null;
}

/** Tasks cancelled by the what-if, and those needing (transitively) the result of one of them. */
export function cancelledTasks(model: PlanModel, cancelled: readonly string[]): Set<string> {
  const out = new Set(cancelled.filter((id) => model.tasks.has(id)));
  for (let grew = true; grew;) {
    grew = false;
    for (const task of model.tasks.values()) {
      if (!out.has(task.id) && task.resultDeps.some((d) => out.has(d))) {
        out.add(task.id);
        grew = true;
      }
    }
  }
  return out;
}

function modeOf(kind: Plan['tasks'][number]['kind'], parsed: ParsedDeadline | null): TaskMode {
  if (isBandKind(kind) || parsed?.kind === 'ongoing' || parsed?.kind === 'recurring') return 'band';
  return parsed?.kind === 'event' && parsed.due ? 'event' : 'work';
}

const DEADLINE_KINDS = new Set(['due', 'event', 'window']);

/** Compiles a plan and the forecast's options into the arrays every run reads. */
export function setUpForecast(plan: Plan, start: string, options: ForecastOptions): ForecastSetup {
  const adjustments: ForecastAdjustments = options.adjustments ?? NO_ADJUSTMENTS;
  const model = compilePlanModel(plan);
  const clock = new WorkClock(options.calendar ?? makeCalendar(), start);
  const planYear = Number(start.slice(0, 4));
  const bodies = new Map(plan.bodies.map((b) => [b.id, b]));
  const assigneeIds = [...model.assignees.keys()];
  const assigneeIndex = new Map(assigneeIds.map((id, i) => [id, i]));
  const assignees = [...model.assignees.values()].map((a): AssigneeSetup => {
    const body = bodies.get(a.id);
    const delay = adjustments.bodyDelays[a.id];
    return {
      id: a.id,
      capacity: body ? capacityOf(body) : Infinity,
      active: a.taskIds.some((t) => !assignmentFor(model, a.id, t)?.startBlock),
      notBefore: delay ? clock.startTimeOf(shiftOf(delay)(start)) : 0,
    };
  });
  const cancelled = cancelledTasks(model, adjustments.cancelled);
  const blocked = new Set(adjustments.blocked);
  const taskIndex = new Map(plan.tasks.map((t, i) => [t.id, i]));
  const modes = plan.tasks.map((t) => {
    const parsed = t.deadline ? parseDeadline(t.deadline, { planYear }) : null;
    return { parsed, mode: cancelled.has(t.id) ? 'cancelled' : modeOf(t.kind, parsed) } as const;
  });
  const counted = (id: string, closure: boolean): number[] => {
    const i = taskIndex.get(id);
    if (i === undefined) return [-1];
    const mode = modes[i]?.mode;
    return mode === 'band' || (closure && mode === 'cancelled') ? [] : [i];
  };
  const tasks = plan.tasks.map((task, i): TaskSetup => {
    const node = model.tasks.get(task.id);
    const { parsed, mode } = modes[i] as (typeof modes)[number];
    const resultDeps = (node?.resultDeps ?? []).flatMap((d) => counted(d, false));
    const closureDeps = (node?.closureDeps ?? []).flatMap((d) => counted(d, true));
    const deadline =
      mode !== 'band' && parsed && DEADLINE_KINDS.has(parsed.kind) ? (parsed.due ?? null) : null;
    const fixedDate = mode === 'event' ? (parsed?.due ?? null) : null;
    const delay = adjustments.taskDelays[task.id];
    return {
      id: task.id,
      mode,
      effort: mode === 'work' ? effortOf(task) : null,
      hash: hashId(task.id),
      fixedTime: fixedDate ? clock.endTimeOf(fixedDate) : NaN,
      fixedDate,
      resultDeps: resultDeps.filter((d) => d >= 0),
      closureDeps: closureDeps.filter((d) => d >= 0),
      waitsForever: blocked.has(task.id) || [...resultDeps, ...closureDeps].includes(-1),
      primary: (node?.primary ?? []).map((a) => assigneeIndex.get(a) as number),
      assignees: (node?.assignees ?? []).map((a) => assigneeIndex.get(a) as number),
      deadline,
      deadlineTime: deadline ? clock.endTimeOf(deadline) : NaN,
      tentative: parsed?.tentative ?? false,
      notBefore: task.kind === 'event' && parsed?.start ? clock.startTimeOf(parsed.start) : 0,
      shift: delay ? shiftOf(delay) : null,
      band:
        mode === 'band'
          ? {
              from: parsed?.start && parsed.start > start ? parsed.start : start,
              to: (parsed?.kind === 'recurring' ? parsed.due : null) ?? plan.validity.to,
            }
          : null,
    };
  });
  const resultDependents: number[][] = tasks.map(() => []);
  const closureDependents: number[][] = tasks.map(() => []);
  tasks.forEach((t, i) => {
    for (const d of t.resultDeps) resultDependents[d]?.push(i);
    for (const d of t.closureDeps) closureDependents[d]?.push(i);
  });
  return { clock, tasks, assignees, resultDependents, closureDependents };
}
