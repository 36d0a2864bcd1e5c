import { addDays, toIso } from './date';
import { parseDeadline } from './deadline';

/** A task's deadline seen from today: shown as a colour and always as words too. */
export type DueState =
  'overdue' | 'soon' | 'ongoing' | 'recurring' | 'later' | 'tentative' | 'unknown' | 'none';

/** "Sắp đến hạn": due within this many days. */
export const SOON_DAYS = 14;

/** Today as an ISO date in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Overdue when the last compliant day has passed, due soon within `SOON_DAYS`; ongoing and recurring
 * duties have no single due date. A tentative ("dự kiến") date may slip without being overdue.
 */
export function dueStateOf(phrase: string | null, planYear: number | null, today: string): DueState {
  if (!phrase || phrase.trim() === '') return 'none';
  const parsed = parseDeadline(phrase, { planYear });
  if (parsed.kind === 'ongoing' || parsed.kind === 'recurring') return parsed.kind;
  if (!parsed.due) return 'unknown';
  if (parsed.tentative) return 'tentative';
  if (parsed.due < today) return 'overdue';
  const soon = addDays(today, SOON_DAYS);
  return soon === null || parsed.due <= soon ? 'soon' : 'later';
}

/** `dueStateOf` for one plan year and day, parsing each distinct phrase once. */
export function dueStatesFor(planYear: number | null, today: string): (phrase: string | null) => DueState {
  const known = new Map<string, DueState>();
  return (phrase) => {
    const key = phrase ?? '';
    let due = known.get(key);
    if (due === undefined) {
      due = dueStateOf(phrase, planYear, today);
      known.set(key, due);
    }
    return due;
  };
}
