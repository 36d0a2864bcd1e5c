import type { Run } from '../domain/run';
import { assignmentKey, compilePlanModel, type PlanModel } from './model';
import { PlanRun, type SavedPlanRun } from './plan-run';
import type { AssignmentRecord, RunState } from './run-state';

/**
 * Changes whenever the shape of a snapshot does: an older snapshot is ignored and the log replayed. Snapshots
 * of version 2 written before store version 6 also held the audit log (the log itself is the audit now): the
 * store's upgrade removes it, and a restore ignores it.
 */
export const RUN_SNAPSHOT_VERSION = 2;

/** The cached state of a run after event `seq`, as plain data (what the store keeps beside the log). */
export interface RunSnapshotData {
  version: typeof RUN_SNAPSHOT_VERSION;
  runId: string;
  seq: number;
  assignments: AssignmentRecord[];
  machines: SavedPlanRun;
}

function copyRecord(a: AssignmentRecord): AssignmentRecord {
  return { ...a, extensions: a.extensions.map((e) => ({ ...e })), reports: a.reports.map((r) => ({ ...r })) };
}

/** The state as data; later events do not change what comes back. */
export function snapshotOf(state: RunState): RunSnapshotData {
  return {
    version: RUN_SNAPSHOT_VERSION,
    runId: state.run.id,
    seq: state.seq,
    assignments: [...state.assignments.values()].map(copyRecord),
    machines: state.machines.save(),
  };
}

function isSnapshot(data: unknown, run: Run): data is RunSnapshotData {
  const d = data as Partial<RunSnapshotData> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    d.version === RUN_SNAPSHOT_VERSION &&
    d.runId === run.id &&
    typeof d.seq === 'number' &&
    Array.isArray(d.assignments) &&
    typeof d.machines === 'object'
  );
}

/**
 * The run as a snapshot left it, without replaying its log; null when the data is not a snapshot of this run
 * in the current shape (then replay the log). Apply the events after `seq` to bring it up to date.
 */
export function restoreRun(
  run: Run,
  data: unknown,
  model: PlanModel = compilePlanModel(run.plan),
): RunState | null {
  if (!isSnapshot(data, run)) return null;
  const assignments = new Map(
    data.assignments.map((a) => [assignmentKey(a.assigneeId, a.taskId), copyRecord(a)]),
  );
  return {
    run,
    model,
    tasks: new Map(run.plan.tasks.map((t) => [t.id, t])),
    machines: new PlanRun(model, data.machines),
    seq: data.seq,
    assignments,
  };
}
