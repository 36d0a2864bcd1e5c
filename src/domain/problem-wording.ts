import { inEveryLanguage, type Localized } from './localized';
import { EN } from './problem-wording-en';
import { VI } from './problem-wording-vi';

/** What first took an id that a later entry repeats: a body or a group by its name, a task by its code. */
export interface IdUse {
  kind: 'body' | 'group' | 'task';
  label: string;
}

/**
 * A rule of our own that input can break, beyond zod's: carried as the `params` of a refinement or a custom
 * issue, so that each language's catalogue words it from the same values.
 */
export type Rule =
  | { rule: 'id-format' | 'date-format' | 'year-range' | 'real-date' | 'has-issuer' }
  /** `usedBy` is null where only the repetition is known. */
  | { rule: 'unique-id'; id: string; usedBy: IdUse | null }
  | { rule: 'plan-id-is-row-key'; planId: string; key: string }
  | { rule: 'plan-id-in-one-file'; id: string; file: string }
  /** A key no field of the format has; `suggestion` is the known key nearest to it, if one is near. */
  | { rule: 'unknown-key'; key: string; suggestion: string | null }
  /** A plan file's `schemaVersion` that this version of the app cannot read. */
  | { rule: 'format-version'; written: string; newest: number };

/**
 * What is said about input that was refused, one catalogue per language (`problem-wording-vi`,
 * `problem-wording-en`): where a problem is when it is not a JSON path, and the rules of our own.
 */
export interface ProblemWording {
  root: string;
  lineColumn(line: number, column: number): string;
  positionUnknown: string;
  notJson(detail: string): string;

  idFormat: string;
  dateFormat: string;
  yearRange: string;
  realDate: string;
  hasIssuer: string;
  uniqueId(id: string, usedBy: IdUse | null): string;
  planIdIsRowKey(planId: string, key: string): string;
  planIdInOneFile(id: string, file: string): string;
  unknownKey(key: string, suggestion: string | null): string;
  formatVersion(written: string, newest: number): string;
}

export const PROBLEM_WORDING = { vi: VI, en: EN } as const;

export function sayRule(w: ProblemWording, rule: Rule): string {
  switch (rule.rule) {
    case 'id-format':
      return w.idFormat;
    case 'date-format':
      return w.dateFormat;
    case 'year-range':
      return w.yearRange;
    case 'real-date':
      return w.realDate;
    case 'has-issuer':
      return w.hasIssuer;
    case 'unique-id':
      return w.uniqueId(rule.id, rule.usedBy);
    case 'plan-id-is-row-key':
      return w.planIdIsRowKey(rule.planId, rule.key);
    case 'plan-id-in-one-file':
      return w.planIdInOneFile(rule.id, rule.file);
    case 'unknown-key':
      return w.unknownKey(rule.key, rule.suggestion);
    case 'format-version':
      return w.formatVersion(rule.written, rule.newest);
  }
}

/** A broken rule in every language. */
export const wordRule = (rule: Rule): Localized => inEveryLanguage(PROBLEM_WORDING, (w) => sayRule(w, rule));
