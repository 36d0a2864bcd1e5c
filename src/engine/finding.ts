import type { Localized } from '../domain/localized';
import type { Severity } from '../domain/severity';

/** A static finding about a plan: what a reviewer should look at before anyone runs it. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** In plain words, naming the tasks and bodies concerned. */
  message: Localized;
  /** Ids of the tasks, bodies or groups it concerns. */
  refs: string[];
}

export type FindingCode =
  | 'task-no-lead'
  | 'lead-open-group'
  | 'open-group'
  | 'undefined-body'
  | 'undefined-task'
  | 'dependency-cycle'
  | 'due-before-prerequisite'
  | 'deadline-outside-period'
  | 'deadline-unknown'
  | 'no-reviewing-task'
  | 'report-to-nonparticipant'
  | 'recipient-action-without-task'
  | 'body-not-valid';
