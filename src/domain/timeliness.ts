import { addDays, readIso, toIso, MAX_YEAR } from './date';
import { addWorkingDays, type WorkingCalendar } from './working-days';

/**
 * The government's reporting categories for an assignment as of a date. Derived, never stored: the same
 * assignment is "due soon" today and "overdue" next week. Every assignment is in exactly one category.
 */
export const TIMELINESS = [
  'completed-on-time', // đã hoàn thành đúng hạn
  'completed-late', // đã hoàn thành quá hạn
  'within-deadline', // chưa hoàn thành, trong hạn
  'due-soon', // sắp đến hạn
  'overdue', // chưa hoàn thành, quá hạn
  'ongoing', // thường xuyên, định kỳ: judged by periodic reports, shown apart
  'no-deadline', // không có thời hạn xác định
  'cancelled', // đã hủy: counted apart, never late
] as const;
export type Timeliness = (typeof TIMELINESS)[number];

export const TIMELINESS_COLOURS = ['green', 'blue', 'amber', 'red', 'grey'] as const;
export type TimelinessColour = (typeof TIMELINESS_COLOURS)[number];

/** What timeliness is judged from; every date is ISO yyyy-mm-dd. */
export interface AssignmentTiming {
  /** The last compliant day in force (the original deadline, or the last approved extension). */
  due: string | null;
  /** "Dự kiến": a planned date that may slip without being overdue. */
  tentative: boolean;
  /** Thường xuyên, định kỳ: no single due date. */
  ongoing: boolean;
  startedOn: string | null;
  completedOn: string | null;
  cancelledOn: string | null;
}

export interface TimelinessOptions {
  asOf: string;
  /** "Sắp đến hạn": due within this many days of the as-of date (working days with a calendar). */
  dueSoonDays: number;
  /**
   * The office calendar. With it, a due date on a day off moves to the next working day (a period ending on
   * a weekend or holiday ends with the next working day, Bộ luật Dân sự 2015, Điều 148) and "due soon"
   * counts working days.
   */
  calendar?: WorkingCalendar;
}

export interface Judgement {
  category: Timeliness;
  colour: TimelinessColour;
  /** The due date as judged (moved off a day off by the calendar); null without one. */
  due: string | null;
  /** Calendar days past due: as of the date when not completed, at completion when completed late. */
  daysLate: number;
}

/** The options made ready for judging many assignments as of one date. */
export interface TimelinessScale {
  asOf: string;
  /** The last due date that is still "due soon" as of the date. */
  soonUntil: string;
  calendar: WorkingCalendar | null;
}

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (negative when `to` is earlier); 0 unless both are dates. */
export function daysBetween(from: string, to: string): number {
  const a = readIso(from);
  const b = readIso(to);
  if (!a || !b) return 0;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

export function timelinessScale(options: TimelinessOptions): TimelinessScale {
  const days = Math.max(0, Math.floor(options.dueSoonDays));
  const { asOf, calendar } = options;
  // with no days of warning only a deadline of today is due soon, even on a day off (whose next working day
  // is still a working day away)
  const soonUntil =
    days === 0
      ? asOf
      : calendar
        ? addWorkingDays(calendar, asOf, days)
        : (addDays(asOf, days) ?? toIso(MAX_YEAR, 12, 31));
  return { asOf, soonUntil, calendar: calendar ?? null };
}

const on = (date: string | null, asOf: string): boolean => date !== null && date <= asOf;

function categoryOf(t: AssignmentTiming, due: string | null, asOf: string, soonUntil: string): Timeliness {
  if (on(t.cancelledOn, asOf)) return 'cancelled';
  if (t.ongoing) return 'ongoing';
  if (on(t.completedOn, asOf)) {
    const late = due !== null && !t.tentative && (t.completedOn as string) > due;
    return late ? 'completed-late' : 'completed-on-time';
  }
  if (due === null) return 'no-deadline';
  if (asOf > due) return t.tentative ? 'within-deadline' : 'overdue';
  return due <= soonUntil ? 'due-soon' : 'within-deadline';
}

/** The colour of each category on dashboards (an idle assignment is grey whatever its category). */
export const CATEGORY_COLOURS: Record<Timeliness, TimelinessColour> = {
  'completed-on-time': 'green',
  'completed-late': 'amber',
  'within-deadline': 'blue',
  'due-soon': 'amber',
  overdue: 'red',
  ongoing: 'blue',
  'no-deadline': 'grey',
  cancelled: 'grey',
};

/**
 * The category of one assignment as of the scale's date. Work not yet started is grey while it is within its
 * deadline (or ongoing): blue is for work in progress.
 */
export function judge(t: AssignmentTiming, scale: TimelinessScale): Judgement {
  const due = t.due !== null && scale.calendar ? addWorkingDays(scale.calendar, t.due, 0) : t.due;
  const category = categoryOf(t, due, scale.asOf, scale.soonUntil);
  const idle = !on(t.startedOn, scale.asOf) && (category === 'within-deadline' || category === 'ongoing');
  const colour = idle ? 'grey' : CATEGORY_COLOURS[category];
  const daysLate =
    category === 'overdue'
      ? daysBetween(due as string, scale.asOf)
      : category === 'completed-late'
        ? daysBetween(due as string, t.completedOn as string)
        : 0;
  return { category, colour, due, daysLate };
}

/** How many assignments fall in each category. */
export type TimelinessCounts = Record<Timeliness, number>;

export function emptyCounts(): TimelinessCounts {
  return Object.fromEntries(TIMELINESS.map((c) => [c, 0])) as TimelinessCounts;
}
