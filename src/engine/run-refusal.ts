import type { Localized } from '../domain/localized';
import type { RunEventType } from '../domain/run';
import { RUN_EVENT_LABELS } from '../domain/run-labels';
import type { PlanModel } from './model';
import type { AssignmentRecord, RunState } from './run-state';
import { sayRun, type RunWording } from './run-wording';

/** Why an action on a run is refused: a code for programs, and a sentence in each language for people. */

export type RefusalCode =
  | 'not-issued'
  | 'already-issued'
  | 'wrong-run'
  | 'wrong-seq'
  | 'unknown-assignment'
  | 'role'
  | 'state'
  | 'waiting'
  | 'no-deadline'
  | 'extension-pending'
  | 'no-extension-pending'
  | 'not-later'
  | 'not-a-request'
  | 'no-report-edge'
  | 'already-delivered'
  | 'child-run'
  | 'not-child-plan'
  | 'child-linked'
  | 'wrong-child-plan'
  | 'no-child-run'
  | 'wrong-child-run';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: Localized;
}
export type ActionCheck = { ok: true } | Refusal;

/** The name the plan gives a body or a group; its id only when the plan names neither. */
export function nameOf(model: PlanModel, bodyId: string): string {
  return model.assignees.get(bodyId)?.name ?? model.names.get(bodyId) ?? bodyId;
}

/**
 * A refusal of an action of this type, worded with the assignment it was about (if any) when its message is
 * first read: listing the allowed actions refuses thousands and reads none.
 */
export function refuse(
  state: RunState,
  type: RunEventType,
  a: AssignmentRecord | null,
  code: RefusalCode,
  why: (w: RunWording, language: 'vi' | 'en') => string,
): Refusal {
  const { model } = state;
  const subject = (w: RunWording) =>
    a ? w.subject(model.tasks.get(a.taskId)?.task.code ?? a.taskId, nameOf(model, a.assigneeId)) : null;
  let message: Localized | undefined;
  return {
    ok: false,
    code,
    get message() {
      return (message ??= sayRun((w, l) => w.refused(RUN_EVENT_LABELS[type][l], subject(w), why(w, l))));
    },
  };
}
