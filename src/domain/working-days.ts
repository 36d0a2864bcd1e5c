import { addDays, weekdayOf } from './date';

/**
 * The office calendar (lịch làm việc): Monday to Friday, less public holidays. Pure: the holidays come in as
 * data (see `src/calendar/vietnam-holidays.ts` for Vietnam's), so the rules run anywhere and are tested alone.
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
  return !isWeekend(iso) && !calendar.holidays.has(iso);
}

/**
 * The date `count` working days after `from` (`from` itself not counted): 1 working day after a Friday is the
 * next Monday. A count of 0 gives `from` itself when it is a working day, else the next working day.
 */
export function addWorkingDays(calendar: WorkingCalendar, from: string, count: number): string {
  let day = from;
  if (count <= 0) {
    while (!isWorkingDay(calendar, day)) day = addDays(day, 1);
    return day;
  }
  let left = Math.floor(count);
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) left--;
  }
  return day;
}

/** Working days in (from, to]: 0 when `to` is not after `from`. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(calendar, day)) count++;
  }
  return count;
}
