import type { Run, RunEvent } from '../domain/run';
import { assignmentKey, compilePlanModel, type PlanModel } from './model';
import { PlanRun } from './plan-run';
import { auditEntryOf } from './run-audit';
import type { AssignmentRecord, RunState } from './run-state';
import type { Facts } from './status';
import { splitKey } from './verify';

/** Changes whenever the shape of a snapshot does: an older snapshot is ignored and the log replayed. */
export const RUN_SNAPSHOT_VERSION = 3;

/** One assigned body's part of a snapshot: its machine (XState persisted snapshot) and its assignments. */
export interface BodySnapshot {
  machine: unknown;
  assignments: AssignmentRecord[];
}

/**
 * The cached state of a run after event `seq`, as plain data (what the store keeps beside the log): the facts
 * known, and a part for each assigned body, so that an action rewrites only the parts it changed.
 */
export interface RunSnapshotData {
  version: typeof RUN_SNAPSHOT_VERSION;
  runId: string;
  seq: number;
  facts: Facts;
  bodies: Record<string, BodySnapshot>;
}

function copyRecord(a: AssignmentRecord): AssignmentRecord {
  return { ...a, extensions: a.extensions.map((e) => ({ ...e })), reports: a.reports.map((r) => ({ ...r })) };
}

/**
 * The state as data, with the parts of `bodies` (every assigned body unless given); later events do not
 * change what comes back.
 */
export function snapshotOf(
  state: RunState,
  bodies: Iterable<string> = state.model.assignees.keys(),
): RunSnapshotData {
  const saved = state.machines.save();
  const parts: Record<string, BodySnapshot> = {};
  for (const id of bodies) {
    const assignee = state.model.assignees.get(id);
    if (!assignee) continue;
    parts[id] = {
      machine: saved.bodies[id],
      assignments: assignee.taskIds.map((t) => copyRecord(state.assignments.get(assignmentKey(id, t))!)),
    };
  }
  return {
    version: RUN_SNAPSHOT_VERSION,
    runId: state.run.id,
    seq: state.seq,
    facts: saved.facts,
    bodies: parts,
  };
}

/**
 * The bodies whose parts of the snapshot `event` (just applied) may have changed: only started machines move
 * (a restored run starts a body's machine when it is first told something), and only the event's assignment
 * and those it cancelled in cascade get new records.
 */
export function touchedBodies(state: RunState, event: RunEvent): Set<string> {
  const bodies = new Set(state.machines.actors.keys());
  const entry = auditEntryOf(state, event);
  if (entry.assigneeId) bodies.add(entry.assigneeId);
  for (const key of entry.cascade) bodies.add(splitKey(key)[0]);
  return bodies;
}

function isSnapshot(data: unknown, run: Run, model: PlanModel): data is RunSnapshotData {
  const d = data as Partial<RunSnapshotData> | null;
  if (
    typeof d !== 'object' ||
    d === null ||
    d.version !== RUN_SNAPSHOT_VERSION ||
    d.runId !== run.id ||
    typeof d.seq !== 'number' ||
    typeof d.facts !== 'object' ||
    typeof d.bodies !== 'object' ||
    d.bodies === null
  )
    return false;
  const { bodies } = d;
  return [...model.assignees.values()].every((a) => {
    const part = bodies[a.id];
    return (
      part !== undefined && Array.isArray(part.assignments) && part.assignments.length === a.taskIds.length
    );
  });
}

/**
 * The run as a snapshot left it, without replaying its log; null when the data is not a whole snapshot of this
 * run in the current shape (then replay the log). Apply the events after `seq` to bring it up to date.
 */
export function restoreRun(
  run: Run,
  data: unknown,
  model: PlanModel = compilePlanModel(run.plan),
): RunState | null {
  if (!isSnapshot(data, run, model)) return null;
  const assignments = new Map<string, AssignmentRecord>();
  const machines: Record<string, unknown> = {};
  for (const id of model.assignees.keys()) {
    const part = data.bodies[id] as BodySnapshot;
    machines[id] = part.machine;
    for (const a of part.assignments) assignments.set(assignmentKey(a.assigneeId, a.taskId), copyRecord(a));
  }
  return {
    run,
    model,
    tasks: new Map(run.plan.tasks.map((t) => [t.id, t])),
    machines: new PlanRun(model, { bodies: machines, facts: data.facts }),
    seq: data.seq,
    assignments,
  };
}
