import type { Stage } from '../domain/stage';
import { inEveryLanguage, type Language, type Localized } from '../domain/localized';
import type { AssignmentEventType } from './body-machine';
import { EN } from './wording-en';
import { VI } from './wording-vi';

/**
 * The phrases the engine builds its explanations from, one catalogue per language. Arguments are
 * already worded (task and body labels, dates as dd/mm/yyyy); a catalogue only orders and joins them.
 */
export interface EngineWording {
  task(code: string, title: string): string;
  /** A task the plan refers to but does not hold. */
  missingTask(id: string): string;
  body(name: string): string;

  cannotComplete(body: string, task: string): string;
  waitsForResult(task: string, owner: string | null): string;
  waitsForReport(task: string, owner: string | null): string;
  step(code: string, body: string, waits: string): string;
  /** Abolished from `since` (it existed until `until`), before the task's due date `due`; `fix` names successors. */
  inactive(body: string, since: string, due: string | null, until: string, fix: string): string;
  notYetEstablished(body: string, since: string, due: string | null, fix: string): string;
  noAssignee(task: string): string;
  undefinedTask(task: string): string;
  undefinedAssignee(task: string, refs: string[]): string;
  /** The first steps of a cycle of waiting, and how many steps it has in all. */
  waitCycle(steps: string[], total: number): string;
  /** Steps of waiting between the first one and the root cause, referred to rather than repeated. */
  moreSteps(count: number): string;
  abolishedFrom(body: string, date: string): string;
  establishedFrom(body: string, date: string): string;
  notInDirectory(body: string): string;
  successors(names: string[]): string;
  adopterUnavailable(task: string, absent: string): string;
  approverUnavailable(body: string, task: string, absent: string): string;
  receiverUnavailable(body: string, task: string, absent: string): string;
  childPlanStuck(task: string, child: string, stuck: number): string;
  childPlanOnCycle(task: string, child: string): string;

  issuer: string;
  focalBody: string;
  recipient(name: string): string;
  signer: string;
  groupMember(group: string): string;
  parentOf(body: string): string;
  successorOf(body: string): string;
  leadOf(task: string): string;
  participantIn(task: string): string;
  reportReceiverOf(task: string): string;
  reportCarrierOf(task: string): string;
  adopterOf(task: string): string;

  undefinedBody(id: string, where: string): string;
  undefinedPrerequisite(task: string, id: string): string;
  taskNoLead(task: string): string;
  leadOpenGroup(task: string, group: string): string;
  openGroup(group: string): string;
  existsUntil(date: string): string;
  existsFrom(date: string): string;
  /** `task` is null when the day is the plan's own date. */
  bodyNotValid(body: string, span: string, date: string, task: string | null): string;
  groupEmpty(group: string): string;
  groupCycle(groups: string[]): string;
  groupMemberNotValid(group: string, absent: string, task: string): string;
  stage(stage: Stage): string;
  stageOrder(task: string, stage: string, other: string, otherStage: string): string;
  approverUndefined(id: string): string;
  childPlanCycle(titles: string[]): string;
  childPlanMissing(task: string, id: string): string;
  noReviewingTask: string;
  reportToNonparticipant(task: string, body: string): string;
  recipientActionWithoutTask(name: string): string;
  dependencyCycle(codes: string[]): string;
  deadlineUnknown(task: string, phrase: string, explanation: string): string;
  periodFrom(date: string): string;
  deadlineOutsidePeriod(phrase: string, task: string, due: string, period: string): string;
  dueBeforePrerequisite(task: string, due: string, prerequisiteDue: string, prerequisite: string): string;

  /** "Ban Tuyên giáo bắt đầu III.1": one event of a run. */
  event(type: AssignmentEventType, who: string, code: string): string;
}

const WORDING: Readonly<Record<Language, EngineWording>> = { vi: VI, en: EN };

/** One sentence of the engine, in every language of the interface. */
export function say(sentence: (w: EngineWording, language: Language) => string): Localized {
  return inEveryLanguage(WORDING, sentence);
}
