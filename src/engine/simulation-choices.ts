import type { Localized } from '../domain/localized';
import type { AssignmentEventType } from './body-machine';
import { describeCause, describeStep } from './describe-cause';
import { assignmentFor } from './model';
import { bodyEventOf, type SimulationSession } from './simulation-session';
import { isApproved, isClosed, type AssignmentStatus } from './status';
import type { BlockCause, RunEvent, WaitStep } from './verdict';
import { say } from './wording';

/** An event a body could be told now: allowed by its machine, or refused with the reason. */
export type Choice =
  { event: RunEvent; allowed: true } | { event: RunEvent; allowed: false; reason: Localized };

/** The events the machine has a transition for in each status (the guarded ones may still refuse). */
const CANDIDATES: Record<AssignmentStatus, readonly AssignmentEventType[]> = {
  notStarted: ['START', 'DECLINE', 'CANCEL'],
  inProgress: ['REPORT', 'DECLINE', 'CANCEL'],
  reported: ['APPROVE', 'RETURN', 'CANCEL'],
  returned: ['START', 'DECLINE', 'CANCEL'],
  approved: ['DELIVER'],
  completed: [],
  cancelled: [],
};

/** The events that move an assignment towards completion, by status. */
const PROGRESS: Partial<Record<AssignmentStatus, AssignmentEventType>> = {
  notStarted: 'START',
  inProgress: 'REPORT',
  reported: 'APPROVE',
  returned: 'START',
  approved: 'DELIVER',
};

/** The first task `taskId` waits for that is not there yet, as one step of waiting on its first owner not done. */
function firstWait(session: SimulationSession, assigneeId: string, taskId: string): WaitStep | BlockCause {
  const { model, run } = session;
  const task = model.tasks.get(taskId);
  const waits = [
    ...(task?.resultDeps ?? []).map((id) => ({ kind: 'result' as const, id })),
    ...(task?.closureDeps ?? []).map((id) => ({ kind: 'closure' as const, id })),
  ];
  for (const { kind, id } of waits) {
    const met = kind === 'result' ? run.facts.done.has(id) : run.facts.closed.has(id);
    if (met) continue;
    const dep = model.tasks.get(id);
    if (!dep) return { kind: 'undefined-task', taskId: id };
    const owners = kind === 'result' ? dep.primary : dep.assignees;
    if (owners.length === 0) return { kind: 'no-assignee', taskId: id };
    const open =
      kind === 'result' ? (s: AssignmentStatus) => !isApproved(s) : (s: AssignmentStatus) => !isClosed(s);
    const owner = owners.find((o) => open(run.status(o, id))) ?? null;
    return { assigneeId, taskId, waitsFor: { kind, taskId: id, assigneeId: owner } };
  }
  return { kind: 'no-assignee', taskId };
}

/** Why the body's machine refuses a guarded event now, in plain words. */
export function refusalReason(session: SimulationSession, event: RunEvent): Localized {
  const { model } = session;
  const assignment = assignmentFor(model, event.assigneeId, event.taskId);
  const block =
    event.type === 'START'
      ? assignment?.startBlock
      : event.type === 'APPROVE'
        ? assignment?.approveBlock
        : event.type === 'DELIVER'
          ? assignment?.deliverBlock
          : null;
  const why: WaitStep | BlockCause = block ?? firstWait(session, event.assigneeId, event.taskId);
  return say((w) => ('waitsFor' in why ? describeStep(w, model, why) : describeCause(w, model, why)));
}

/** For each assignment of the body (in plan order), the events its machine has a transition for now. */
export function choicesOf(session: SimulationSession, assigneeId: string): Choice[] {
  const { model, run } = session;
  const taskIds = model.assignees.get(assigneeId)?.taskIds ?? [];
  return taskIds.flatMap((taskId) =>
    CANDIDATES[run.status(assigneeId, taskId)]
      .filter((type) => type !== 'DECLINE' || model.tasks.get(taskId)?.task.mode === 'request')
      .map((type): Choice => {
        const event: RunEvent = { assigneeId, taskId, type };
        return run.can(assigneeId, bodyEventOf(event))
          ? { event, allowed: true }
          : { event, allowed: false, reason: refusalReason(session, event) };
      }),
  );
}

/** Every progress event (start, report, approve, deliver) some body's machine allows now, in plan order. */
export function progressEvents(session: SimulationSession): RunEvent[] {
  const { model, run } = session;
  const events: RunEvent[] = [];
  for (const a of model.assignees.values()) {
    if (run.isDone(a.id)) continue;
    for (const taskId of a.taskIds) {
      const type = PROGRESS[run.status(a.id, taskId)];
      if (!type) continue;
      const event: RunEvent = { assigneeId: a.id, taskId, type };
      if (run.can(a.id, bodyEventOf(event))) events.push(event);
    }
  }
  return events;
}
