import type { RunActor, RunEvent, RunEventType } from '../domain/run';
import { assignmentKey } from './model';
import type { RunState } from './run-state';

/** One line of the audit log: an accepted event and what it closed in cascade. */
export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  actor: RunActor;
  type: RunEventType;
  taskId: string | null;
  assigneeId: string | null;
  reason: string | null;
  /** Assignments (keys `assignee/task`) cancelled in cascade by this event. */
  cascade: string[];
}

/** The assignments each event cancelled (by its number), read off the cancellation marks once per state. */
const cancellations = new WeakMap<RunState, { seq: number; bySeq: Map<number, string[]> }>();

function cancelledBy(state: RunState): Map<number, string[]> {
  const cached = cancellations.get(state);
  if (cached?.seq === state.seq) return cached.bySeq;
  const bySeq = new Map<number, string[]>();
  for (const [key, a] of state.assignments) {
    if (!a.cancelled) continue;
    const keys = bySeq.get(a.cancelled.seq);
    if (keys) keys.push(key);
    else bySeq.set(a.cancelled.seq, [key]);
  }
  cancellations.set(state, { seq: state.seq, bySeq });
  return bySeq;
}

/**
 * The audit entry of an event of the log, as of `state` (the run after it). The log is the audit: nothing is
 * stored beside it. What the event cancelled in cascade is read off the run's cancellation marks: an
 * assignment closed in cascade keeps the number of the event that closed it, and a mark is never undone.
 */
export function auditEntryOf(state: RunState, event: RunEvent): AuditEntry {
  const target = event.type === 'issue' ? null : assignmentKey(event.assigneeId, event.taskId);
  return {
    seq: event.seq,
    id: event.id,
    at: event.at,
    actor: event.actor,
    type: event.type,
    taskId: event.type === 'issue' ? null : event.taskId,
    assigneeId: event.type === 'issue' ? null : event.assigneeId,
    reason: 'reason' in event ? event.reason : null,
    cascade: (cancelledBy(state).get(event.seq) ?? []).filter((key) => key !== target),
  };
}
