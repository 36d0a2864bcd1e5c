import type { Stage } from '../domain/stage';
import type { AssignmentEventType } from './body-machine';
import type { EngineWording } from './wording';

const q = (s: string) => `“${s}”`;
const from = (owner: string | null) => (owner ? ` from ${owner}` : '');

const EVENTS: Record<AssignmentEventType, (who: string, code: string) => string> = {
  START: (who, code) => `${who} starts ${code}`,
  REPORT: (who, code) => `${who} reports on ${code}`,
  APPROVE: (who, code) => `${who}'s completion of ${code} is confirmed`,
  DELIVER: (who, code) => `${who} delivers the report on ${code}`,
  RETURN: (who, code) => `${who}'s report on ${code} is returned`,
  CANCEL: (who, code) => `${code} is cancelled for ${who}`,
  DECLINE: (who, code) => `${who} declines the request ${code}`,
};

const STAGE_NAMES: Record<Stage, string> = {
  drafting: 'drafting the plan',
  disseminating: 'dissemination',
  studying: 'study',
  implementing: 'implementation',
  reviewing: 'inspection and review',
};

/** The engine's sentences in English; names and titles stay as the documents write them. */
export const EN: EngineWording = {
  task: (code, title) => `task ${code} ${q(title)}`,
  missingTask: (id) => `task ${q(id)}`,
  body: q,

  cannotComplete: (body, task) => `${body} cannot complete ${task}`,
  waitsForResult: (task, owner) => `waits for the result of ${task}${from(owner)}`,
  waitsForReport: (task, owner) => `waits for the report on ${task}${from(owner)}`,
  step: (code, body, waits) => `task ${code} of ${body} ${waits}`,
  inactive: (body, since, due, until, fix) =>
    `${body} no longer exists: abolished from ${since}${due ? `, before the due date ${due}` : ''} (it existed only until ${until}), so it cannot start${fix}`,
  notYetEstablished: (body, since, due, fix) =>
    `${body} is established only from ${since}${due ? `, after the due date ${due}` : ''}, so it cannot act${fix}`,
  noAssignee: (task) => `${task} has no lead or participating body to carry it out`,
  undefinedTask: (task) => `${task} is referred to but is not in the plan`,
  undefinedAssignee: (task, refs) =>
    `${task} is assigned to ${refs.map(q).join(', ')}, which is not in the directory`,
  waitCycle: (steps, total) =>
    `they wait for each other: ${steps.join('; ')}${total > steps.length ? `; … (${total} steps in the cycle)` : ''}`,
  moreSteps: (count) => `… (${count} more steps of waiting)`,
  abolishedFrom: (body, date) => `${body} is abolished from ${date}`,
  establishedFrom: (body, date) => `${body} is established only from ${date}`,
  notInDirectory: (body) => `${body} is not in the directory`,
  successors: (names) => ` (successor: ${names.join(', ')})`,
  adopterUnavailable: (task, absent) => `nobody can adopt ${task}: ${absent}`,
  approverUnavailable: (body, task, absent) => `nobody can approve the work of ${body} on ${task}: ${absent}`,
  receiverUnavailable: (body, task, absent) =>
    `the report of ${body} on ${task} cannot be delivered: ${absent}`,
  childPlanStuck: (task, child, stuck) =>
    `${task} is fulfilled by the child plan ${q(child)}, in which ${stuck} ${stuck === 1 ? 'body' : 'bodies'} cannot complete`,
  childPlanOnCycle: (task, child) =>
    `${task} is fulfilled by the child plan ${q(child)}, but the child plans fulfil each other in a cycle`,

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
  bodyNotValid: (body, span, date, task) =>
    `${q(body)} is assigned tasks but ${span}: it is not in existence ${task ? `on ${date}, when ${task} is due` : `on the plan's date, ${date}`}.`,
  groupEmpty: (group) =>
    `The group ${q(group)} is closed but has no members: nobody carries out the tasks assigned to it.`,
  groupCycle: (groups) => `The groups ${groups.map(q).join(' → ')} contain each other in a cycle.`,
  groupMemberNotValid: (group, absent, task) =>
    `A member of the group ${q(group)}: ${absent}, so it cannot carry out ${task}.`,
  stage: (stage) => STAGE_NAMES[stage],
  stageOrder: (task, stage, other, otherStage) =>
    `${capital(task)} (stage ${q(stage)}) waits for ${other}, of a later stage (${q(otherStage)}).`,
  approverUndefined: (id) =>
    `The approving body ${q(id)} is not in the directory: whether it can approve is not verified.`,
  childPlanCycle: (titles) => `The child plans fulfil each other in a cycle: ${titles.map(q).join(' → ')}.`,
  childPlanMissing: (task, id) =>
    `${capital(task)} is linked to the child plan ${q(id)}, which cannot be found: it waits for a child plan.`,
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
