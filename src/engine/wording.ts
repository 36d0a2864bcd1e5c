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
  inactive(body: string, planDate: string | null, until: string | null): string;
  noAssignee(task: string): string;
  undefinedTask(task: string): string;
  undefinedAssignee(task: string, refs: string[]): string;
  waitCycle(steps: string[]): string;

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
  bodyNotValid(body: string, span: string, planDate: string): string;
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
