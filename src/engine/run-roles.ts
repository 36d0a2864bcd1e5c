import { formatDateVi } from '../domain/date';
import {
  RUN_EVENT_TYPES,
  type RunAction,
  type RunActor,
  type RunEvent,
  type RunEventType,
  type RunRole,
  type WorkingStatus,
} from '../domain/run';
import { RUN_ROLE_LABELS, WORKING_STATUS_LABELS } from '../domain/run-labels';
import type { BodyEvent } from './body-machine';
import { approverOf, assignmentKey } from './model';
import { childCheck, childPayloadCheck } from './run-child';
import { nameOf, refuse, type ActionCheck } from './run-refusal';
import { dueInForce, workingStatus, type AssignmentRecord, type RunState } from './run-state';

/**
 * Who may do what in a run. Staff of the assigned body start, report, ask for more time, deliver the report
 * and decline a request; the approver (the body the model names for the assignment) approves or returns a
 * report; the issuer of the plan decides extensions, pauses, resumes and cancels. Pausing is the assigner's
 * decision, like cancelling: an assignee that needs to stop asks for an extension instead. The body leading a
 * task carried out through a child plan links the child's run; the system completes the task when that run
 * completes (`run-child.ts`).
 */
export const ROLE_OF: Readonly<Record<RunEventType, RunRole>> = {
  issue: 'issuer',
  start: 'assignee',
  report: 'assignee',
  approve: 'approver',
  return: 'approver',
  'request-extension': 'assignee',
  'approve-extension': 'issuer',
  'refuse-extension': 'issuer',
  pause: 'issuer',
  resume: 'issuer',
  cancel: 'issuer',
  deliver: 'assignee',
  decline: 'assignee',
  'link-child': 'assignee',
  'child-completed': 'system',
};

/** An action the actor may take now (its payload still to be filled in). */
export interface AllowedAction {
  type: RunEventType;
  assigneeId: string | null;
  taskId: string | null;
}

const OK: ActionCheck = { ok: true };
/** The actions whose payload is checked beyond their kind: a later date, the child run named. */
const PAYLOAD_CHECKED: readonly RunEventType[] = ['request-extension', 'link-child', 'child-completed'];
const CLOSED: readonly WorkingStatus[] = ['completed', 'cancelled', 'declined'];

/** The bodies that hold a role for an assignment. */
export function holdersOf(state: RunState, role: RunRole, assigneeId: string, taskId: string): string[] {
  if (role === 'assignee') return [assigneeId];
  if (role === 'issuer') return state.run.plan.issuerIds;
  if (role === 'system') return [];
  const approver = approverOf(state.model, assigneeId, taskId);
  return approver ? [approver] : [];
}

type AssignmentEvent = Exclude<RunEvent, { type: 'issue' }>;
type MachineEventOf = Pick<AssignmentEvent, 'type' | 'taskId' | 'actor'> & { reason?: string };

/** What the body's machine is told for an event; null for the run-level ones (extensions, pauses). */
export function machineEvent(event: MachineEventOf): BodyEvent | null {
  const task = event.taskId;
  switch (event.type) {
    case 'start':
      return { type: 'START', task };
    case 'report':
      return { type: 'REPORT', task };
    case 'approve':
      return { type: 'APPROVE', task, by: event.actor.bodyId };
    case 'return':
      return { type: 'RETURN', task, reason: event.reason };
    case 'cancel':
      return { type: 'CANCEL', task, reason: event.reason ?? '' };
    case 'deliver':
      return { type: 'DELIVER', task };
    case 'decline':
      return { type: 'DECLINE', task, reason: event.reason };
    default:
      return null;
  }
}

/** The statuses in which the machine has a transition for an event: there a refusal means it is waiting. */
const MOVES_FROM: Partial<Record<RunEventType, readonly WorkingStatus[]>> = {
  start: ['notStarted', 'returned'],
  report: ['inProgress'],
  approve: ['reported'],
  return: ['reported'],
  cancel: ['notStarted', 'inProgress', 'reported', 'returned'],
  deliver: ['approved'],
  decline: ['notStarted', 'inProgress', 'returned'],
};

/**
 * What the assignment's state allows for an action of this type, whoever asks. The machine has the last word
 * on its own events (`can`): with `askMachine` false the caller sends the event and sees whether it was taken.
 */
function stateCheck(
  state: RunState,
  actor: RunActor,
  type: RunEventType,
  a: AssignmentRecord,
  askMachine: boolean,
): ActionCheck {
  const child = childCheck(state, type, a);
  if (child) return child;
  const status = workingStatus(state, a);
  const wrongState = () =>
    refuse(state, type, a, 'state', (w, l) => w.state(WORKING_STATUS_LABELS[status][l]));
  const pending = a.extensions.find((e) => e.decision === 'pending');
  const task = state.tasks.get(a.taskId);
  switch (type) {
    case 'request-extension':
      if (CLOSED.includes(status)) return wrongState();
      if (a.ongoing || dueInForce(a) === null)
        return refuse(state, type, a, 'no-deadline', (w) => w.noDeadline);
      return pending
        ? refuse(state, type, a, 'extension-pending', (w) => w.extensionPending(formatDateVi(pending.to)))
        : OK;
    case 'approve-extension':
    case 'refuse-extension':
      return pending ? OK : refuse(state, type, a, 'no-extension-pending', (w) => w.noExtensionPending);
    case 'pause':
      return CLOSED.includes(status) || status === 'paused' ? wrongState() : OK;
    case 'resume':
      return status === 'paused' ? OK : wrongState();
    case 'issue':
      return refuse(state, type, a, 'already-issued', (w) => w.alreadyIssued);
    default:
      break;
  }
  if (type === 'deliver' && !task?.report)
    return refuse(state, type, a, 'no-report-edge', (w) => w.noReportEdge);
  if (type === 'deliver' && status === 'completed')
    return refuse(state, type, a, 'already-delivered', (w) => w.alreadyDelivered);
  if (type === 'decline' && task?.mode !== 'request')
    return refuse(state, type, a, 'not-a-request', (w) => w.notARequest);
  const moving = type === 'cancel' ? state.machines.status(a.assigneeId, a.taskId) : status;
  if (!MOVES_FROM[type]?.includes(moving)) return wrongState();
  const told = machineEvent({ type, taskId: a.taskId, actor });
  if (!askMachine || (told && state.machines.can(a.assigneeId, told))) return OK;
  return refuse(state, type, a, 'waiting', (w) => w.waiting);
}

/** Whether `actor` may take an action of this type on the assignment now, payload aside. */
function checkKind(
  state: RunState,
  actor: RunActor,
  type: RunEventType,
  assigneeId: string | null,
  taskId: string | null,
  askMachine = true,
): ActionCheck {
  if (type === 'issue') {
    if (state.seq > 0) return refuse(state, type, null, 'already-issued', (w) => w.alreadyIssued);
    const issuers = state.run.plan.issuerIds;
    if (issuers.includes(actor.bodyId)) return OK;
    const holders = issuers.map((id) => nameOf(state.model, id)).join(', ');
    return refuse(state, type, null, 'role', (w, l) =>
      w.role(RUN_ROLE_LABELS.issuer[l], holders, actor.name, nameOf(state.model, actor.bodyId)),
    );
  }
  if (state.seq === 0) return refuse(state, type, null, 'not-issued', (w) => w.notIssued);
  const a = state.assignments.get(assignmentKey(assigneeId ?? '', taskId ?? ''));
  if (!a)
    return refuse(state, type, null, 'unknown-assignment', (w) =>
      w.unknownAssignment(taskId ?? '', assigneeId ?? ''),
    );
  const role = ROLE_OF[type];
  const holders = holdersOf(state, role, a.assigneeId, a.taskId);
  if (role !== 'system' && !holders.includes(actor.bodyId)) {
    const status = workingStatus(state, a);
    const names = holders.map((id) => nameOf(state.model, id)).join(', ');
    return refuse(state, type, a, 'role', (w, l) => {
      const who = w.role(RUN_ROLE_LABELS[role][l], names, actor.name, nameOf(state.model, actor.bodyId));
      return `${who}; ${w.state(WORKING_STATUS_LABELS[status][l])}`;
    });
  }
  return stateCheck(state, actor, type, a, askMachine);
}

/**
 * Whether `actor` may take `action` now: ok, or a refusal naming the state and the role. Whether the body's
 * machine takes the event (prerequisites met, approver and receiver able) is asked of it; with `askMachine`
 * false that is left to the caller, which sends the event and sees whether it was taken (cheaper than asking).
 */
export function checkAction(
  state: RunState,
  actor: RunActor,
  action: RunAction,
  askMachine = true,
): ActionCheck {
  const assigneeId = 'assigneeId' in action ? action.assigneeId : null;
  const taskId = 'taskId' in action ? action.taskId : null;
  const kind = checkKind(state, actor, action.type, assigneeId, taskId, askMachine);
  if (!kind.ok || !PAYLOAD_CHECKED.includes(action.type) || action.type === 'issue') return kind;
  const a = state.assignments.get(assignmentKey(action.assigneeId, action.taskId)) as AssignmentRecord;
  if (action.type !== 'request-extension') return childPayloadCheck(state, action, a);
  const due = dueInForce(a) as string;
  if (action.newDue > due) return OK;
  return refuse(state, action.type, a, 'not-later', (w) =>
    w.notLater(formatDateVi(action.newDue), formatDateVi(due)),
  );
}

/** Every action `actor` may take now, on the run and on each assignment. */
export function allowedActions(state: RunState, actor: RunActor): AllowedAction[] {
  if (state.seq === 0) {
    return checkKind(state, actor, 'issue', null, null).ok
      ? [{ type: 'issue', assigneeId: null, taskId: null }]
      : [];
  }
  const allowed: AllowedAction[] = [];
  const types = RUN_EVENT_TYPES.filter((t) => t !== 'issue');
  for (const a of state.assignments.values()) {
    for (const type of types) {
      const holds = holdersOf(state, ROLE_OF[type], a.assigneeId, a.taskId).includes(actor.bodyId);
      if (holds && checkKind(state, actor, type, a.assigneeId, a.taskId).ok) {
        allowed.push({ type, assigneeId: a.assigneeId, taskId: a.taskId });
      }
    }
  }
  return allowed;
}
