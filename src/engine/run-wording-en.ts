import type { RunWording } from './run-wording';

const q = (s: string) => `“${s}”`;

/** A run's sentences in English; names and codes stay as the documents write them. */
export const EN: RunWording = {
  subject: (code, assignee) => `task ${code} of ${assignee}`,
  refused: (action, subject, why) => `Cannot ${q(action)}${subject ? ` (${subject})` : ''}: ${why}.`,
  notIssued: 'the plan has not been issued',
  alreadyIssued: 'the plan has already been issued',
  wrongRun: (runId) => `the event belongs to another run (${runId})`,
  wrongSeq: (expected, got) => `the event must be number ${expected}, not ${got}`,
  unknownAssignment: (taskId, assigneeId) => `the plan does not assign task ${q(taskId)} to ${q(assigneeId)}`,
  role: (role, holders, person, body) => `only ${role} (${holders}) may do this; ${person} acts for ${body}`,
  state: (status) => `the assignment is ${q(status)}`,
  waiting: 'the assignment still waits for another task’s result or report, or its body is no longer valid',
  paused: (reason) => `the assignment is paused (${reason})`,
  notPaused: 'the assignment is not paused',
  noDeadline: 'the assignment has no deadline to extend',
  extensionPending: (to) => `an extension to ${to} already awaits a decision`,
  noExtensionPending: 'no extension awaits a decision',
  notLater: (newDue, due) => `the new deadline ${newDue} must come after the current one, ${due}`,
  notARequest: 'this is an order, not a request, so it cannot be declined',
  noReportEdge: 'the assignment has no report to deliver to a higher body',
  alreadyDelivered: 'the report has already been delivered',
  audit: (person, body, action, subject) =>
    `${person} (${body}) — ${action}${subject ? ` — ${subject}` : ''}`,
  reason: (text) => `Reason: ${text}`,
  newDue: (date) => `New deadline: ${date}`,
  cascade: (subjects) => `Cancelled with it: ${subjects.join('; ')}`,
};
