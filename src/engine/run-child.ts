import { formatDateVi } from '../domain/date';
import type { RunAction, RunEventType } from '../domain/run';
import { WORKING_STATUS_LABELS } from '../domain/run-labels';
import type { BodyEvent } from './body-machine';
import { approverOf, assignmentKey } from './model';
import { PlanRun } from './plan-run';
import { refuse, type ActionCheck } from './run-refusal';
import { workingStatus, type AssignmentRecord, type ChildRunLink, type RunState } from './run-state';
import type { RunWording } from './run-wording';

/**
 * Cascade from a child plan ("cụ thể hóa"): a task whose assignee writes its own plan is carried out through a
 * run of that plan. The body leading the task links the child run (`link-child`, issued from the task or
 * issued earlier); from then on the task is not reported by hand; when the child run completes, the app writes
 * `child-completed` on its behalf and the task's assignments are completed through their own machines
 * (start, report, approve, deliver as each still needs). Whatever a machine refuses, the completion is refused
 * whole, and nothing changes.
 */

const OK: ActionCheck = { ok: true };

/** The actions the cascade has a say in; every other is judged as for any task. */
const CONCERNED: readonly RunEventType[] = ['report', 'link-child', 'child-completed'];

/** Where a child run can be linked from: the assignment has not been reported yet, and is not closed. */
const LINKABLE = ['notStarted', 'inProgress', 'returned'] as const;

/** The child run a task is carried out through, and the assignment that linked it; null when none is. */
export function childOfTask(
  state: RunState,
  taskId: string,
): { record: AssignmentRecord; link: ChildRunLink } | null {
  for (const assigneeId of state.model.tasks.get(taskId)?.assignees ?? []) {
    const record = state.assignments.get(assignmentKey(assigneeId, taskId));
    if (record?.child) return { record, link: record.child };
  }
  return null;
}

/** The child run in words: its number, if any, and its date of issue. */
export const childRunWords = (w: RunWording, link: Pick<ChildRunLink, 'number' | 'issuedOn'>) =>
  w.childRun(link.number, formatDateVi(link.issuedOn));

/**
 * What the child plan's cascade says of an action on assignment `a`, before the machines are asked: a
 * refusal, ok, or null when the cascade has no say (the action is judged as any other).
 */
export function childCheck(state: RunState, type: RunEventType, a: AssignmentRecord): ActionCheck | null {
  const task = state.tasks.get(a.taskId);
  if (!CONCERNED.includes(type) || (type === 'report' && !task?.childPlan)) return null;
  const linked = childOfTask(state, a.taskId);
  const status = workingStatus(state, a);
  const wrongState = () =>
    refuse(state, type, a, 'state', (w, l) => w.state(WORKING_STATUS_LABELS[status][l]));
  switch (type) {
    case 'report':
      return linked
        ? refuse(state, type, a, 'child-run', (w) => w.reportByChild(childRunWords(w, linked.link)))
        : null;
    case 'link-child': {
      if (!task?.childPlan || task.childPlanId === null)
        return refuse(state, type, a, 'not-child-plan', (w) => w.notChildPlan);
      if (!state.model.tasks.get(a.taskId)?.primary.includes(a.assigneeId))
        return refuse(state, type, a, 'role', (w) => w.notLead);
      if (linked)
        return refuse(state, type, a, 'child-linked', (w) => w.childLinked(childRunWords(w, linked.link)));
      return (LINKABLE as readonly string[]).includes(status) ? OK : wrongState();
    }
    case 'child-completed':
      if (!a.child) return refuse(state, type, a, 'no-child-run', (w) => w.noChildRun);
      return status === 'completed' ? wrongState() : completion(state, a.taskId, null).check;
    default:
      return null;
  }
}

/** What an action's payload must say about the child run, once the action's kind is allowed. */
export function childPayloadCheck(state: RunState, action: RunAction, a: AssignmentRecord): ActionCheck {
  if (action.type === 'link-child') {
    const expected = state.tasks.get(a.taskId)?.childPlanId ?? '';
    if (action.childPlanId !== expected)
      return refuse(state, action.type, a, 'wrong-child-plan', (w) =>
        w.wrongChildPlan(expected, action.childPlanId),
      );
    if (action.childRunId === state.run.id)
      return refuse(state, action.type, a, 'wrong-child-plan', (w) => w.ownRun);
  }
  if (action.type === 'child-completed' && a.child && action.childRunId !== a.child.runId) {
    const link = a.child;
    return refuse(state, action.type, a, 'wrong-child-run', (w) => w.wrongChildRun(childRunWords(w, link)));
  }
  return OK;
}

/** The next event that moves an assignment towards `completed`, from the status its machine holds. */
function nextStep(state: RunState, run: PlanRun, a: AssignmentRecord): BodyEvent | null {
  const task = a.taskId;
  switch (run.status(a.assigneeId, task)) {
    case 'notStarted':
    case 'returned':
      return { type: 'START', task };
    case 'inProgress':
      return { type: 'REPORT', task };
    case 'reported':
      return { type: 'APPROVE', task, by: approverOf(state.model, a.assigneeId, task) ?? undefined };
    case 'approved':
      return { type: 'DELIVER', task };
    default:
      return null;
  }
}

/**
 * Drive every assignment of the task to `completed` on `run` (a trial copy when null): the refusal of the
 * first assignment that cannot get there (closed otherwise, paused, or a step its machine does not take), or
 * the tasks whose status changed. On a trial copy nothing of the run changes.
 */
function completion(
  state: RunState,
  taskId: string,
  run: PlanRun | null,
): { check: ActionCheck; changed: string[] } {
  const machines = run ?? new PlanRun(state.model, state.machines.save());
  const changed = new Set<string>();
  try {
    for (const assigneeId of state.model.tasks.get(taskId)?.assignees ?? []) {
      const a = state.assignments.get(assignmentKey(assigneeId, taskId)) as AssignmentRecord;
      const status = workingStatus(state, a);
      if (status === 'paused' || status === 'cancelled' || status === 'declined') {
        const check = refuse(state, 'child-completed', a, 'state', (w, l) =>
          w.state(WORKING_STATUS_LABELS[status][l]),
        );
        return { check, changed: [] };
      }
      for (let step = nextStep(state, machines, a); step; step = nextStep(state, machines, a)) {
        const moved = machines.send(assigneeId, step);
        if (!moved.includes(taskId))
          return { check: refuse(state, 'child-completed', a, 'waiting', (w) => w.waiting), changed: [] };
        for (const t of moved) changed.add(t);
      }
    }
  } finally {
    if (!run) machines.stop();
  }
  return { check: OK, changed: [...changed] };
}

/**
 * Complete the task's assignments through their machines, as a child run's completion does (its check has
 * passed: the trial went through, so every step is taken). Returns the tasks whose status changed.
 */
export function completeByChild(state: RunState, taskId: string, at: string): string[] {
  const { changed } = completion(state, taskId, state.machines);
  for (const assigneeId of state.model.tasks.get(taskId)?.assignees ?? []) {
    const a = state.assignments.get(assignmentKey(assigneeId, taskId)) as AssignmentRecord;
    a.startedAt ??= at;
    a.completedAt ??= at;
  }
  return changed;
}
