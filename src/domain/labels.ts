import type { AssignmentStatus } from './assignment-status';
import type { BODY_KINDS, BODY_LEVELS } from './body';
import type { DeadlineKind } from './deadline';
import { LABELS_EN } from './labels-en';
import { LABELS_VI } from './labels-vi';
import type { Language } from './localized';
import type { PlanKind, RECIPIENT_PURPOSES } from './plan';
import type { Severity } from './severity';
import type { Stage } from './stage';
import type { TASK_KINDS } from './task';

/**
 * The names of the plan model's enumerations, one catalogue per language with the same keys (a missing
 * name is a type error). Every screen, the command line and the documents take their labels from here.
 */
export interface LabelCatalogue {
  planKinds: Record<PlanKind, string>;
  formats: Record<'party' | 'state', string>;
  stages: Record<Stage, string>;
  taskKinds: Record<(typeof TASK_KINDS)[number], string>;
  modes: Record<'order' | 'request', string>;
  purposes: Record<(typeof RECIPIENT_PURPOSES)[number], string>;
  deadlineKinds: Record<DeadlineKind, string>;
  bodyKinds: Record<(typeof BODY_KINDS)[number], string>;
  bodyLevels: Record<(typeof BODY_LEVELS)[number], string>;
  severities: Record<Severity, string>;
  /** Where an assignment stands in a run (trạng thái thực hiện). */
  statuses: Record<AssignmentStatus, string>;
}

export const LABELS: Readonly<Record<Language, LabelCatalogue>> = { vi: LABELS_VI, en: LABELS_EN };
