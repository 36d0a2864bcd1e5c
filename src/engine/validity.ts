import type { Body } from '../domain/body';
import { addDays } from '../domain/date';
import { parseDeadline, type DeadlineContext } from '../domain/deadline';
import type { Plan } from '../domain/plan';
import { planAsOf, planYearOf } from '../domain/plan-year';
import type { Task } from '../domain/task';

/**
 * Why a party cannot act when it must: it is not in the plan at all, it was abolished before the day
 * (`date` = the first day it no longer exists), or it is established only after it (`date` = its first day).
 */
export interface Absence {
  why: 'undefined' | 'abolished' | 'not-established';
  date: string | null;
  /** The directory's successors, offered as the fix. */
  successorIds: string[];
}

/** Deadlines parsed once per phrase (many tasks share a phrase). */
export function deadlineReader(plan: Plan): (phrase: string | null) => string | null {
  const context: DeadlineContext = { planYear: planYearOf(plan) };
  const cache = new Map<string, string | null>();
  return (phrase) => {
    if (phrase === null) return null;
    let due = cache.get(phrase);
    if (due === undefined) {
      due = parseDeadline(phrase, context).due;
      cache.set(phrase, due);
    }
    return due;
  };
}

/**
 * The last day of a task's window [plan start, end]: the due date of its deadline; for ongoing,
 * recurring or undated tasks the end of the plan's validity, else the plan's start.
 */
export function taskEnd(
  plan: Plan,
  task: Task,
  dueOf: (phrase: string | null) => string | null,
): string | null {
  return dueOf(task.deadline) ?? plan.validity.to ?? planAsOf(plan);
}

/**
 * Whether a body can act in a window ending on `end` (rule 1): it exists on some day of the window and is
 * not abolished before its end. A body established after the plan's start but by `end` can act (later).
 */
export function absenceOf(body: Body, end: string | null): Absence | null {
  if (end === null) return null;
  if (body.validTo !== null && body.validTo < end) {
    return { why: 'abolished', date: addDays(body.validTo, 1), successorIds: body.successorIds };
  }
  if (body.validFrom !== null && body.validFrom > end) {
    return { why: 'not-established', date: body.validFrom, successorIds: body.successorIds };
  }
  return null;
}
