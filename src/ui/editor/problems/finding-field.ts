import type { TaskField } from '../../../app';

/** The field of a task that fixes each kind of finding; a finding not listed opens the task at its title. */
const FIELD_OF_CODE: Readonly<Record<string, TaskField>> = {
  'task-no-lead': 'lead',
  'lead-open-group': 'lead',
  'undefined-body': 'lead',
  'body-not-valid': 'lead',
  'open-group': 'lead',
  'deadline-unknown': 'deadline',
  'deadline-outside-period': 'deadline',
  'due-before-prerequisite': 'deadline',
  'dependency-cycle': 'prerequisites',
  'stage-order': 'prerequisites',
  'undefined-task': 'prerequisites',
  'report-to-nonparticipant': 'report',
};

export function fieldOfFinding(code: string): TaskField {
  return FIELD_OF_CODE[code] ?? 'title';
}
