import { parseDeadline, type ParsedDeadline } from '../domain/deadline';
import {
  RUN_SCHEMA_VERSION,
  type ReportContents,
  type Run,
  type RunAction,
  type RunActor,
  type RunEvent,
  type RunStatus,
  type WorkingStatus,
} from '../domain/run';
import type { Task } from '../domain/task';
import type { AssignmentTiming } from '../domain/timeliness';
import { assignmentKey, compilePlanModel, type PlanModel } from './model';
import { PlanRun } from './plan-run';
import { isClosed } from './status';

/** Something done to an assignment once, by someone, maybe with a reason. */
export interface Mark {
  seq: number;
  at: string;
  by: RunActor;
  reason: string | null;
}

export interface ExtensionRecord {
  seq: number;
  requestedAt: string;
  requestedBy: RunActor;
  reason: string;
  /** The due date in force when it was asked for. */
  from: string | null;
  to: string;
  decision: 'pending' | 'approved' | 'refused';
  decided: Mark | null;
}

export interface ReportRecord {
  seq: number;
  at: string;
  by: RunActor;
  contents: ReportContents;
  verdict: 'pending' | 'approved' | 'returned';
  returnReason: string | null;
}

/** The run of a child plan that carries out an assignment's task, as the `link-child` event named it. */
export interface ChildRunLink {
  seq: number;
  runId: string;
  planId: string;
  number: string | null;
  issuedOn: string;
}

/**
 * What the run keeps about one assignment beside its machine's status (which the machine alone holds:
 * approval, delivery of the report, declining a request): who did what and when, reports, extensions and
 * pauses (pausing is the run's, the machines do not stop).
 */
export interface AssignmentRecord {
  assigneeId: string;
  taskId: string;
  /** The deadline as issued; see `dueInForce` for extensions. */
  originalDue: string | null;
  tentative: boolean;
  ongoing: boolean;
  extensions: ExtensionRecord[];
  reports: ReportRecord[];
  startedAt: string | null;
  /** When the machine reached `completed`: at the approval, or at the delivery where a report is owed. */
  completedAt: string | null;
  /** Cancelled, in cascade or by the issuer, or declined (the machine's note tells which). */
  cancelled: Mark | null;
  paused: Mark | null;
  /** The child plan's run this assignment's task is carried out through (on the assignment that linked it). */
  child: ChildRunLink | null;
}

/** A run being carried out: its frozen plan's machines and the run-level data (its log is the audit). */
export interface RunState {
  readonly run: Run;
  readonly model: PlanModel;
  /** The frozen plan's tasks by id. */
  readonly tasks: ReadonlyMap<string, Task>;
  readonly machines: PlanRun;
  /** The sequence number of the last event applied (0 before the issue). */
  seq: number;
  readonly assignments: Map<string, AssignmentRecord>;
}

/** The date in Vietnam (UTC+7, no daylight saving) of an ISO timestamp: when staff acted, as they count days. */
export function vietnamDate(timestamp: string): string {
  return new Date(Date.parse(timestamp) + 7 * 3_600_000).toISOString().slice(0, 10);
}

function recordFor(
  assigneeId: string,
  taskId: string,
  task: Task | undefined,
  deadlineOf: (phrase: string) => ParsedDeadline,
): AssignmentRecord {
  const parsed = task?.deadline ? deadlineOf(task.deadline) : null;
  const ongoing =
    task?.kind === 'ongoing' ||
    task?.kind === 'recurring' ||
    parsed?.kind === 'ongoing' ||
    parsed?.kind === 'recurring';
  const dated = parsed?.kind === 'due' || parsed?.kind === 'event' || parsed?.kind === 'window';
  return {
    assigneeId,
    taskId,
    originalDue: dated && !ongoing ? parsed.due : null,
    tentative: parsed?.tentative ?? false,
    ongoing,
    extensions: [],
    reports: [],
    startedAt: null,
    completedAt: null,
    cancelled: null,
    paused: null,
    child: null,
  };
}

/**
 * A run before its first event: the machines of its frozen plan in their initial states. Deadlines are read
 * with the year of issue for dates written without a year. Pass the model of an earlier opening of the same
 * run to reuse its machines (building them is most of the cost of opening a large run).
 */
export function initialRunState(run: Run, model: PlanModel = compilePlanModel(run.plan)): RunState {
  const planYear = Number(run.issuedOn.slice(0, 4));
  const tasks = new Map(run.plan.tasks.map((t) => [t.id, t]));
  const parsed = new Map<string, ParsedDeadline>();
  const deadlineOf = (phrase: string) => {
    let p = parsed.get(phrase);
    if (!p) parsed.set(phrase, (p = parseDeadline(phrase, { planYear })));
    return p;
  };
  const assignments = new Map<string, AssignmentRecord>();
  for (const a of model.assignees.values()) {
    for (const t of a.taskIds) {
      assignments.set(assignmentKey(a.id, t), recordFor(a.id, t, tasks.get(t), deadlineOf));
    }
  }
  return { run, model, tasks, machines: new PlanRun(model), seq: 0, assignments };
}

/** The due date in force: the last approved extension's, else the deadline as issued. */
export function dueInForce(a: AssignmentRecord, asOf?: string): string | null {
  const approved = a.extensions.filter(
    (e) => e.decision === 'approved' && (asOf === undefined || vietnamDate(e.decided?.at ?? '') <= asOf),
  );
  return approved.at(-1)?.to ?? a.originalDue;
}

/** How many extensions were granted, and the due dates they replaced, earliest first. */
export function extensionHistory(a: AssignmentRecord): { count: number; earlierDues: (string | null)[] } {
  const approved = a.extensions.filter((e) => e.decision === 'approved');
  return { count: approved.length, earlierDues: approved.map((e) => e.from) };
}

export function workingStatus(state: RunState, a: AssignmentRecord): WorkingStatus {
  const status = state.machines.status(a.assigneeId, a.taskId);
  if (status === 'cancelled' && state.machines.note(a.assigneeId, a.taskId) === 'declined') return 'declined';
  return a.paused && !isClosed(status) ? 'paused' : status;
}

/** The dates timeliness is judged from, as of a date (extensions granted later do not count yet). */
export function timingOf(a: AssignmentRecord, asOf: string): AssignmentTiming {
  const day = (at: string | null | undefined) => (at ? vietnamDate(at) : null);
  return {
    due: dueInForce(a, asOf),
    tentative: a.tentative,
    ongoing: a.ongoing,
    startedOn: day(a.startedAt),
    completedOn: day(a.completedAt),
    cancelledOn: day(a.cancelled?.at),
  };
}

/** Completed when every assignment is closed and one was completed; cancelled when none was. */
export function runStatusOf(state: RunState): RunStatus {
  let completed = false;
  for (const a of state.assignments.values()) {
    const status = workingStatus(state, a);
    if (status === 'completed') completed = true;
    else if (status !== 'cancelled' && status !== 'declined') return 'active';
  }
  return completed || state.assignments.size === 0 ? 'completed' : 'cancelled';
}

/** `action` by `actor` as the next event of the run's log, at `at`, under the time-sortable `id` given. */
export function nextRunEvent(
  state: RunState,
  actor: RunActor,
  action: RunAction,
  at: Date,
  id: string,
): RunEvent {
  return {
    ...action,
    schemaVersion: RUN_SCHEMA_VERSION,
    id,
    runId: state.run.id,
    seq: state.seq + 1,
    at: at.toISOString(),
    actor,
  } as RunEvent;
}
