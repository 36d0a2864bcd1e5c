import { daysInMonth, isYearInRange, readIso, toIso } from '../domain/date';
import { addWorkingDays, isWorkingDay, type WorkingCalendar } from '../domain/working-days';

/**
 * The date `months` calendar months after `iso`, the day kept within the month (31/1 + 1 → 28/2 or 29/2);
 * `iso` itself when it is not a date or the result would be off the calendar.
 */
export function addMonths(iso: string, months: number): string {
  const date = readIso(iso);
  if (!date || !Number.isFinite(months)) return iso;
  const index = date.year * 12 + (date.month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isYearInRange(y) ? toIso(y, m, Math.min(date.day, daysInMonth(y, m))) : iso;
}

const EPSILON = 1e-9;

/**
 * Time on the working-day calendar, counted in working days from the start: time t is "after t working
 * days", so work from 0 lasting 1 ends at the end of the first working day. The working days are listed
 * once and extended on demand, so a run compares numbers, never dates.
 */
export class WorkClock {
  private readonly days: string[];

  constructor(
    private readonly calendar: WorkingCalendar,
    readonly start: string,
  ) {
    this.days = [addWorkingDays(calendar, start, 0)];
  }

  private dayAt(index: number): string {
    while (this.days.length <= index) {
      this.days.push(addWorkingDays(this.calendar, this.days[this.days.length - 1] as string, 1));
    }
    return this.days[index] as string;
  }

  /** The working day on which work ending at time `t` ends. */
  dateAt(t: number): string {
    return this.dayAt(Math.max(0, Math.ceil(t - EPSILON) - 1));
  }

  /** The working day on which work starting at time `t` starts. */
  startDateAt(t: number): string {
    return this.dayAt(Math.max(0, Math.floor(t + EPSILON)));
  }

  /** Working days from the start before `iso`: the time at which work can begin on that day. */
  startTimeOf(iso: string): number {
    if (iso <= this.start) return 0;
    let low = 0;
    let high = 1;
    while (this.dayAt(high - 1) < iso) high *= 2;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.dayAt(mid) < iso) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Working days from the start up to `iso` included: work ending by then ends on or before that day. */
  endTimeOf(iso: string): number {
    const before = this.startTimeOf(iso);
    return isWorkingDay(this.calendar, iso) && iso >= this.dayAt(0) ? before + 1 : before;
  }

  /** Later of `t` and the start of the day that `shift` moves the day of work starting at `t` to. */
  shifted(t: number, shift: (iso: string) => string): number {
    return Math.max(t, this.startTimeOf(shift(this.dayAt(Math.floor(t + EPSILON)))));
  }
}
