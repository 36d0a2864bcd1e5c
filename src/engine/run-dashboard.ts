import { STAGES, type Stage } from '../domain/stage';
import {
  emptyCounts,
  judge,
  timelinessScale,
  type Timeliness,
  type TimelinessCounts,
  type TimelinessOptions,
} from '../domain/timeliness';
import type { WorkingStatus } from '../domain/run';
import { nameOf } from './run-refusal';
import { timingOf, workingStatus, type RunState } from './run-state';

/** Progress of a group of assignments (one body, one stage, or the whole run) as of a date. */
export interface ProgressRow {
  id: string;
  total: number;
  /** Completed on time or late, as of the date. */
  completed: number;
  counts: TimelinessCounts;
}

export interface OverdueItem {
  assigneeId: string;
  assignee: string;
  taskId: string;
  code: string;
  title: string;
  /** The due date as judged (after approved extensions, moved off a day off by the calendar). */
  due: string;
  daysLate: number;
  status: WorkingStatus;
}

export interface RunDashboard {
  asOf: string;
  dueSoonDays: number;
  total: ProgressRow;
  /** One row per assigned body, in the plan's order of assignees. */
  byBody: Array<ProgressRow & { name: string }>;
  /** One row per stage that has assignments, in the stages' order. */
  byStage: Array<ProgressRow & { id: Stage }>;
  /** Assignments not completed and past due, most days late first. */
  overdue: OverdueItem[];
}

const COMPLETED: readonly Timeliness[] = ['completed-on-time', 'completed-late'];

function row<T extends string>(id: T): ProgressRow & { id: T } {
  return { id, total: 0, completed: 0, counts: emptyCounts() };
}

function count(r: ProgressRow, category: Timeliness): void {
  r.total++;
  r.counts[category]++;
  if (COMPLETED.includes(category)) r.completed++;
}

/**
 * The run's dashboard as of a date: the government's reporting categories per body, per stage and in all,
 * and the overdue list. Pure and derived: nothing here is stored.
 */
export function runDashboard(state: RunState, options: TimelinessOptions): RunDashboard {
  const scale = timelinessScale(options);
  const total = row('all');
  const bodies = new Map<string, ProgressRow & { name: string }>();
  const stages = new Map<Stage, ProgressRow & { id: Stage }>();
  const overdue: OverdueItem[] = [];
  for (const a of state.assignments.values()) {
    const task = state.model.tasks.get(a.taskId)?.task;
    if (!task) continue;
    const judged = judge(timingOf(a, options.asOf), scale);
    count(total, judged.category);
    let body = bodies.get(a.assigneeId);
    if (!body)
      bodies.set(a.assigneeId, (body = { ...row(a.assigneeId), name: nameOf(state.model, a.assigneeId) }));
    count(body, judged.category);
    let stage = stages.get(task.stage);
    if (!stage) stages.set(task.stage, (stage = row(task.stage)));
    count(stage, judged.category);
    if (judged.category === 'overdue') {
      overdue.push({
        assigneeId: a.assigneeId,
        assignee: body.name,
        taskId: a.taskId,
        code: task.code,
        title: task.title,
        due: judged.due as string,
        daysLate: judged.daysLate,
        status: workingStatus(state, a),
      });
    }
  }
  overdue.sort(
    (x, y) => y.daysLate - x.daysLate || x.code.localeCompare(y.code) || x.assignee.localeCompare(y.assignee),
  );
  return {
    asOf: options.asOf,
    dueSoonDays: options.dueSoonDays,
    total,
    byBody: [...bodies.values()],
    byStage: STAGES.flatMap((s) => stages.get(s) ?? []),
    overdue,
  };
}
