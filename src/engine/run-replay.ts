import type { Localized } from '../domain/localized';
import type { Run, RunEvent } from '../domain/run';
import { RUN_EVENT_LABELS } from '../domain/run-labels';
import { formatDateVi } from '../domain/date';
import { assignmentKey, type PlanModel } from './model';
import { nameOf, refuse, type ActionCheck, type Refusal } from './run-refusal';
import { childOfTask, childRunWords, completeByChild } from './run-child';
import { checkAction, machineEvent } from './run-roles';
import {
  initialRunState,
  runStatusOf,
  workingStatus,
  type AssignmentRecord,
  type Mark,
  type RunState,
} from './run-state';
import type { AuditEntry } from './run-audit';
import { sayRun, type RunWording } from './run-wording';
import { splitKey } from './verify';

const OK: ActionCheck = { ok: true };

/** Record the event on its assignment (the machines have been told already and hold its status). */
function record(a: AssignmentRecord, event: RunEvent, mark: Mark): void {
  switch (event.type) {
    case 'start':
      a.startedAt ??= event.at;
      return;
    case 'report':
      a.reports.push({
        seq: event.seq,
        at: event.at,
        by: event.actor,
        contents: event.report,
        verdict: 'pending',
        returnReason: null,
      });
      return;
    case 'approve':
    case 'return': {
      const last = a.reports.at(-1);
      if (last) {
        last.verdict = event.type === 'approve' ? 'approved' : 'returned';
        last.returnReason = event.type === 'return' ? event.reason : null;
      }
      return;
    }
    case 'request-extension':
      a.extensions.push({
        seq: event.seq,
        requestedAt: event.at,
        requestedBy: event.actor,
        reason: event.reason,
        from: a.extensions.filter((e) => e.decision === 'approved').at(-1)?.to ?? a.originalDue,
        to: event.newDue,
        decision: 'pending',
        decided: null,
      });
      return;
    case 'approve-extension':
    case 'refuse-extension': {
      const pending = a.extensions.find((e) => e.decision === 'pending');
      if (pending) {
        pending.decision = event.type === 'approve-extension' ? 'approved' : 'refused';
        pending.decided = mark;
      }
      return;
    }
    case 'pause':
      a.paused = mark;
      return;
    case 'resume':
      a.paused = null;
      return;
    case 'cancel':
    case 'decline':
      a.cancelled = mark;
      return;
    case 'link-child':
      a.child = {
        seq: event.seq,
        runId: event.childRunId,
        planId: event.childPlanId,
        number: event.childNumber,
        issuedOn: event.childIssuedOn,
      };
      return;
    case 'deliver':
    case 'issue':
    case 'child-completed':
      return;
  }
}

/**
 * Mark the assignments the machines closed in cascade (cancelled now, with no cancellation of their own
 * recorded) with the event's number: the audit reads what an event cancelled off these marks.
 */
function markCascade(state: RunState, changedTasks: string[], target: string, mark: Mark): void {
  for (const taskId of changedTasks) {
    for (const assigneeId of state.model.tasks.get(taskId)?.assignees ?? []) {
      const key = assignmentKey(assigneeId, taskId);
      const a = state.assignments.get(key);
      if (!a || key === target || a.cancelled) continue;
      if (state.machines.status(assigneeId, taskId) === 'cancelled') {
        a.cancelled = { ...mark, reason: null };
      }
    }
  }
}

/**
 * Apply one event of the log: checked first (run, sequence number, role, state), then told to the machines
 * and recorded. A refused event changes nothing.
 */
export function applyRunEvent(state: RunState, event: RunEvent): ActionCheck {
  if (event.runId !== state.run.id)
    return refuse(state, event.type, null, 'wrong-run', (w) => w.wrongRun(event.runId));
  if (event.seq !== state.seq + 1)
    return refuse(state, event.type, null, 'wrong-seq', (w) => w.wrongSeq(state.seq + 1, event.seq));
  const check = checkAction(state, event.actor, event, false);
  if (!check.ok) return check;
  const mark: Mark = {
    seq: event.seq,
    at: event.at,
    by: event.actor,
    reason: 'reason' in event ? event.reason : null,
  };
  if (event.type === 'child-completed') {
    const changed = completeByChild(state, event.taskId, event.at);
    markCascade(state, changed, assignmentKey(event.assigneeId, event.taskId), mark);
  } else if (event.type !== 'issue') {
    const key = assignmentKey(event.assigneeId, event.taskId);
    const a = state.assignments.get(key) as AssignmentRecord;
    const told = machineEvent(event);
    const changed = told ? state.machines.send(event.assigneeId, told) : [];
    if (told && !changed.includes(event.taskId))
      return refuse(state, event.type, a, 'waiting', (w) => w.waiting);
    record(a, event, mark);
    if (state.machines.status(event.assigneeId, event.taskId) === 'completed') a.completedAt ??= event.at;
    markCascade(state, changed, key, mark);
  }
  state.seq = event.seq;
  return OK;
}

export interface Replayed {
  state: RunState;
  /** Events of the log that could not be applied (a log written by this app has none). */
  refused: Array<{ event: RunEvent; refusal: Refusal }>;
}

/** Fold a run's log from the start (with the model of an earlier opening, its machines are reused). */
export function replayRun(run: Run, events: readonly RunEvent[], model?: PlanModel): Replayed {
  const state = initialRunState(run, model);
  const refused: Replayed['refused'] = [];
  for (const event of events) {
    const result = applyRunEvent(state, event);
    if (!result.ok) refused.push({ event, refusal: result });
  }
  return { state, refused };
}

/** The state as plain data: what a snapshot caches and what two ways of building a run must agree on. */
export function runView(state: RunState) {
  return {
    runId: state.run.id,
    seq: state.seq,
    status: runStatusOf(state),
    assignments: [...state.assignments.values()].map((a) => ({ ...a, status: workingStatus(state, a) })),
  };
}

/** One audit entry in plain words: who, for which body, did what, to which assignment, and why. */
export function describeAuditEntry(state: RunState, entry: AuditEntry): Localized {
  const { model } = state;
  const subjectOf = (w: RunWording, assigneeId: string, taskId: string) =>
    w.subject(model.tasks.get(taskId)?.task.code ?? taskId, nameOf(model, assigneeId));
  const extension = state.assignments
    .get(assignmentKey(entry.assigneeId ?? '', entry.taskId ?? ''))
    ?.extensions.find((e) => e.seq === entry.seq);
  const child = entry.type === 'link-child' || entry.type === 'child-completed';
  const link = child && entry.taskId ? childOfTask(state, entry.taskId)?.link : undefined;
  return sayRun((w, l) => {
    const subject = entry.assigneeId && entry.taskId ? subjectOf(w, entry.assigneeId, entry.taskId) : null;
    const [person, body] = [entry.actor.name, nameOf(model, entry.actor.bodyId)];
    const action = RUN_EVENT_LABELS[entry.type][l];
    const parts =
      entry.type === 'child-completed' && link
        ? [
            w.audit(w.childActor(childRunWords(w, link)), w.lastStep(person, body), action, subject),
            w.childDone,
          ]
        : [w.audit(person, body, action, subject)];
    if (entry.type === 'link-child' && link) parts.push(childRunWords(w, link));
    if (extension) parts.push(w.newDue(formatDateVi(extension.to)));
    if (entry.reason) parts.push(w.reason(entry.reason));
    if (entry.cascade.length > 0)
      parts.push(w.cascade(entry.cascade.map((k) => subjectOf(w, ...splitKey(k)))));
    // Later parts open a sentence of their own; the first begins with a person's name, kept as written.
    return parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('. ');
  });
}
