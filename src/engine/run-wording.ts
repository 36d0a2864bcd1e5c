import { inEveryLanguage, type Language, type Localized } from '../domain/localized';
import { EN } from './run-wording-en';
import { VI } from './run-wording-vi';

/**
 * The phrases of a run (refusals and the audit log), one catalogue per language. Arguments come worded:
 * labels from `domain/run-labels.ts`, names as the documents write them, dates as dd/mm/yyyy.
 */
export interface RunWording {
  /** "nhiệm vụ III.1 của Ban Tuyên giáo". */
  subject(code: string, assignee: string): string;
  /** Why an action was refused, after what was asked. */
  refused(action: string, subject: string | null, why: string): string;
  notIssued: string;
  alreadyIssued: string;
  wrongRun(runId: string): string;
  wrongSeq(expected: number, got: number): string;
  unknownAssignment(taskId: string, assigneeId: string): string;
  /** Only `role` (held by `holders`) may act; the person acts for `body`. */
  role(role: string, holders: string, person: string, body: string): string;
  state(status: string): string;
  waiting: string;
  paused(reason: string): string;
  notPaused: string;
  noDeadline: string;
  extensionPending(to: string): string;
  noExtensionPending: string;
  notLater(newDue: string, due: string): string;
  notARequest: string;
  noReportEdge: string;
  alreadyDelivered: string;
  /** "Nguyễn Văn A (Ban Tuyên giáo) — Gửi báo cáo — nhiệm vụ III.1 của Ban Tuyên giáo". */
  audit(person: string, body: string, action: string, subject: string | null): string;
  reason(text: string): string;
  newDue(date: string): string;
  cascade(subjects: string[]): string;
  /** A run of a child plan, by its number (if any) and date of issue: "kế hoạch con số 12-KH/ĐU ngày 05/12/2026". */
  childRun(number: string | null, issuedOn: string): string;
  /** Why a report is refused once a child run carries out the task. */
  reportByChild(childRun: string): string;
  notChildPlan: string;
  notLead: string;
  childLinked(childRun: string): string;
  wrongChildPlan(expected: string, got: string): string;
  ownRun: string;
  noChildRun: string;
  wrongChildRun(childRun: string): string;
  childTaken: string;
  /** Who writes a completion by a child run: the system, for the child run… */
  childActor(childRun: string): string;
  /** …after this person's last step in it. */
  lastStep(person: string, body: string): string;
  childDone: string;
}

const WORDING: Readonly<Record<Language, RunWording>> = { vi: VI, en: EN };

export function sayRun(sentence: (w: RunWording, language: Language) => string): Localized {
  return inEveryLanguage(WORDING, sentence);
}
