import { addDays, weekdayOf } from './date';

/**
 * The office calendar (lịch làm việc): Monday to Friday, less public holidays. Pure: the holidays come in as
 * data (see `src/calendar/vietnam-holidays.ts` for Vietnam's), so the rules run anywhere and are tested alone.
 * Dates outside the calendar (years 1–9999) are never reached: counting stops at its last day.
 */
export interface WorkingCalendar {
  /** ISO date → the holiday's name, for every day off that is not a weekend. */
  holidays: ReadonlyMap<string, string>;
}

export function makeCalendar(holidays: ReadonlyMap<string, string> = new Map()): WorkingCalendar {
  return { holidays };
}

export function isWeekend(iso: string): boolean {
  const day = weekdayOf(iso);
  return day === 0 || day === 6;
}

export function isWorkingDay(calendar: WorkingCalendar, iso: string): boolean {
  return weekdayOf(iso) !== null && !isWeekend(iso) && !calendar.holidays.has(iso);
}

/** The days after `from`, one by one, up to the calendar's last day. */
export function* daysAfter(from: string): Generator<string> {
  for (let day = addDays(from, 1); day !== null; day = addDays(day, 1)) yield day;
}

/**
 * The date `count` working days after `from` (`from` itself not counted): 1 working day after a Friday is the
 * next Monday. A count of 0 gives `from` itself when it is a working day, else the next working day.
 */
export function addWorkingDays(calendar: WorkingCalendar, from: string, count: number): string {
  let left = Math.max(0, Math.floor(count));
  if (left === 0 && isWorkingDay(calendar, from)) return from;
  let last = from;
  for (const day of daysAfter(from)) {
    last = day;
    if (!isWorkingDay(calendar, day)) continue;
    if (left <= 1) return day;
    left--;
  }
  return last;
}

/** Working days in (from, to]: 0 when `to` is not after `from`. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (const day of daysAfter(from)) {
    if (day > to) break;
    if (isWorkingDay(calendar, day)) count++;
  }
  return count;
}
