import { addDays, formatDateVi } from '../domain/date';
import type { PlanModel } from './model';
import type { Absence } from './validity';
import type { BlockCause, WaitStep } from './verdict';
import { say, type EngineWording } from './wording';
import type { Localized } from '../domain/localized';

/** A cycle longer than this is named by its first steps and its length. */
const LISTED_STEPS = 4;

export function taskLabel(w: EngineWording, model: PlanModel, taskId: string): string {
  const t = model.tasks.get(taskId);
  return t ? w.task(t.task.code, t.task.title) : w.missingTask(taskId);
}

/** A party by name: an assignee, a body or group of the plan, else its id. */
export function bodyLabel(w: EngineWording, model: PlanModel, id: string): string {
  return w.body(model.assignees.get(id)?.name ?? model.names.get(id) ?? id);
}

export function describeStep(w: EngineWording, model: PlanModel, step: WaitStep): string {
  const code = model.tasks.get(step.taskId)?.task.code ?? step.taskId;
  const owner = step.waitsFor.assigneeId ? bodyLabel(w, model, step.waitsFor.assigneeId) : null;
  const task = taskLabel(w, model, step.waitsFor.taskId);
  const waits =
    step.waitsFor.kind === 'result' ? w.waitsForResult(task, owner) : w.waitsForReport(task, owner);
  return w.step(code, bodyLabel(w, model, step.assigneeId), waits);
}

/** "«X» đã giải thể từ 01/07/2025 (cơ quan kế thừa: «Y»)": why a party cannot act, and the fix. */
export function describeAbsence(w: EngineWording, model: PlanModel, id: string, absence: Absence): string {
  const body = bodyLabel(w, model, id);
  const date = absence.date ? formatDateVi(absence.date) : '';
  const why =
    absence.why === 'abolished'
      ? w.abolishedFrom(body, date)
      : absence.why === 'not-established'
        ? w.establishedFrom(body, date)
        : w.notInDirectory(body);
  return why + successors(w, model, absence);
}

function successors(w: EngineWording, model: PlanModel, absence: Absence): string {
  const names = absence.successorIds.map((s) => bodyLabel(w, model, s));
  return names.length > 0 ? w.successors(names) : '';
}

export function describeCause(w: EngineWording, model: PlanModel, cause: BlockCause): string {
  switch (cause.kind) {
    case 'inactive': {
      const body = bodyLabel(w, model, cause.assigneeId);
      const end = model.tasks.get(cause.taskId)?.end ?? null;
      const due = end ? formatDateVi(end) : null;
      const date = formatDateVi(cause.absence.date ?? '');
      const fix = successors(w, model, cause.absence);
      return cause.absence.why === 'abolished'
        ? w.inactive(body, date, due, formatDateVi(addDays(cause.absence.date ?? '', -1) ?? ''), fix)
        : w.notYetEstablished(body, date, due, fix);
    }
    case 'no-assignee':
      return w.noAssignee(taskLabel(w, model, cause.taskId));
    case 'undefined-task':
      return w.undefinedTask(taskLabel(w, model, cause.taskId));
    case 'undefined-assignee':
      return w.undefinedAssignee(taskLabel(w, model, cause.taskId), cause.refs);
    case 'cycle': {
      const steps = cause.loop.slice(0, LISTED_STEPS).map((s) => describeStep(w, model, s));
      return w.waitCycle(steps, cause.loop.length);
    }
    case 'adopter-unavailable':
      return w.adopterUnavailable(
        taskLabel(w, model, cause.taskId),
        describeAbsence(w, model, cause.adopterId, cause.absence),
      );
    case 'approver-unavailable':
      return w.approverUnavailable(
        bodyLabel(w, model, cause.assigneeId),
        taskLabel(w, model, cause.taskId),
        describeAbsence(w, model, cause.approverId, cause.absence),
      );
    case 'report-receiver-unavailable':
      return w.receiverUnavailable(
        bodyLabel(w, model, cause.assigneeId),
        taskLabel(w, model, cause.taskId),
        describeAbsence(w, model, cause.receiverId, cause.absence),
      );
    case 'child-plan-stuck':
      return cause.onCycle
        ? w.childPlanOnCycle(taskLabel(w, model, cause.taskId), cause.childTitle)
        : w.childPlanStuck(taskLabel(w, model, cause.taskId), cause.childTitle, cause.stuck);
  }
}

/** A root cause on its own, for listing each once (the command line refers to it from every body it blocks). */
export function rootCauseMessage(model: PlanModel, cause: BlockCause): Localized {
  return say((w) => describeCause(w, model, cause));
}
