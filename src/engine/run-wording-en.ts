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
  childRun: (number, issuedOn) => `the child plan ${number ? `${number} ` : ''}issued on ${issuedOn}`,
  reportByChild: (childRun) =>
    `the task is carried out through ${childRun}; it completes by itself when the child plan completes`,
  notChildPlan: 'the task does not call for a plan of its own, or names no child plan',
  notLead: 'only the body leading the task issues its child plan',
  childLinked: (childRun) => `the task is already carried out through ${childRun}`,
  wrongChildPlan: (expected, got) => `the task's child plan is ${q(expected)}, not ${q(got)}`,
  ownRun: 'a run cannot be its own child plan',
  noChildRun: 'the task is not carried out through a child plan',
  wrongChildRun: (childRun) => `the task is carried out through another run: ${childRun}`,
  childTaken: 'this run already fulfils another task',
  childActor: (childRun) => `The system, for ${childRun}`,
  lastStep: (person, body) => `last step by ${person}, ${body}`,
  childDone: 'every task of the child plan is completed',
};
