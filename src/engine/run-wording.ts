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
}

const WORDING: Readonly<Record<Language, RunWording>> = { vi: VI, en: EN };

export function sayRun(sentence: (w: RunWording, language: Language) => string): Localized {
  return inEveryLanguage(WORDING, sentence);
}
