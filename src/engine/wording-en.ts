import type { AssignmentEventType } from './body-machine';
import type { EngineWording } from './wording';

const q = (s: string) => `“${s}”`;
const from = (owner: string | null) => (owner ? ` from ${owner}` : '');

const EVENTS: Record<AssignmentEventType, (who: string, code: string) => string> = {
  START: (who, code) => `${who} starts ${code}`,
  REPORT: (who, code) => `${who} reports on ${code}`,
  APPROVE: (who, code) => `${who}'s completion of ${code} is confirmed`,
  RETURN: (who, code) => `${who}'s report on ${code} is returned`,
  CANCEL: (who, code) => `${code} is cancelled for ${who}`,
};

/** The engine's sentences in English; names and titles stay as the documents write them. */
export const EN: EngineWording = {
  task: (code, title) => `task ${code} ${q(title)}`,
  missingTask: (id) => `task ${q(id)}`,
  body: q,

  cannotComplete: (body, task) => `${body} cannot complete ${task}`,
  waitsForResult: (task, owner) => `waits for the result of ${task}${from(owner)}`,
  waitsForReport: (task, owner) => `waits for the report on ${task}${from(owner)}`,
  step: (code, body, waits) => `${code} of ${body} ${waits}`,
  inactive: (body, planDate, until) =>
    `${body} no longer exists${planDate ? ` on the plan's date, ${planDate}` : ''}${until ? ` (it existed only until ${until})` : ''}, so it cannot start`,
  noAssignee: (task) => `${task} has no lead or participating body to carry it out`,
  undefinedTask: (task) => `${task} is referred to but is not in the plan`,
  undefinedAssignee: (task, refs) =>
    `${task} is assigned to ${refs.map(q).join(', ')}, which is not in the directory`,
  waitCycle: (steps) => `they wait for each other: ${steps.join('; ')}`,

  issuer: 'issuing body',
  focalBody: 'focal body',
  recipient: (name) => `recipient ${q(name)}`,
  signer: 'signer',
  groupMember: (group) => `member of the group ${q(group)}`,
  parentOf: (body) => `parent body of ${q(body)}`,
  successorOf: (body) => `successor of ${q(body)}`,
  leadOf: (task) => `lead of ${task}`,
  participantIn: (task) => `participant in ${task}`,
  reportReceiverOf: (task) => `receiver of the report on ${task}`,
  reportCarrierOf: (task) => `body forwarding the report on ${task}`,
  adopterOf: (task) => `body adopting ${task}`,

  undefinedBody: (id, where) => `The body ${q(id)} (${where}) is not in the plan's directory of bodies.`,
  undefinedPrerequisite: (task, id) =>
    `${capital(task)} needs the result of task ${q(id)}, but that task is not in the plan.`,
  taskNoLead: (task) => `${capital(task)} has no lead body.`,
  leadOpenGroup: (task, group) =>
    `${capital(task)} is led by the open group ${q(group)}: which members must complete it is not known.`,
  openGroup: (group) => `The group ${q(group)} has no members listed: it is verified as a single party.`,
  existsUntil: (date) => `existed only until ${date}`,
  existsFrom: (date) => `exists only from ${date}`,
  bodyNotValid: (body, span, planDate) =>
    `${q(body)} is assigned tasks but ${span}: it is not in existence on the plan's date, ${planDate}.`,
  noReviewingTask: 'The plan has no inspection or review task: nobody assesses how it was carried out.',
  reportToNonparticipant: (task, body) =>
    `${capital(task)} reports to ${q(body)}, a body that takes no part in the plan (it neither issues it, nor is assigned a task, nor receives it).`,
  recipientActionWithoutTask: (name) =>
    `The recipient ${q(name)} receives the plan "to carry it out" but is assigned no task in it.`,
  dependencyCycle: (codes) =>
    `The tasks ${codes.join(' → ')} depend on each other in a cycle: none of them can start.`,
  deadlineUnknown: (task, phrase, explanation) =>
    `The deadline of ${task} cannot be determined: "${phrase}" (${explanation}).`,
  periodFrom: (date) => `from ${date}`,
  deadlineOutsidePeriod: (phrase, task, due, period) =>
    `The deadline "${phrase}" of ${task} (${due}) falls outside the plan's period (${period}).`,
  dueBeforePrerequisite: (task, due, prerequisiteDue, prerequisite) =>
    `${capital(task)} is due on ${due}, before ${prerequisite} (due ${prerequisiteDue}), whose result it needs.`,

  event: (type, who, code) => EVENTS[type](who, code),
};

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
