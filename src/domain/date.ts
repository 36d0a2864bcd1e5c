/**
 * Calendar helpers on ISO dates (yyyy-mm-dd). Pure, UTC only: no time zones, no locale functions.
 * Total: no input makes them throw. The calendar they know is years 0001–9999 (four digits, and no year 0
 * in the Gregorian count); a date outside it, or a text that is not a date, is not valid.
 */

/** The first and last year a date may have. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    isYearInRange(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function toIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The parts of a real ISO date, or null for any other text ("2024-02-30", "0000-01-01", "hôm nay"). */
export function readIso(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** The last day of a month, as an ISO date. */
export function lastDayOfMonth(year: number, month: number): string {
  return toIso(year, month, daysInMonth(year, month));
}

/** A UTC Date for the ISO date plus `days`, or null; setUTCFullYear keeps years below 100 literal. */
function utc(iso: string, days = 0): Date | null {
  const ymd = readIso(iso);
  if (!ymd || !Number.isFinite(days)) return null;
  const date = new Date(0);
  date.setUTCFullYear(ymd.year, ymd.month - 1, ymd.day + Math.trunc(days));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The ISO date `days` later (earlier when negative); null when `iso` is not a date or the result is off the calendar. */
export function addDays(iso: string, days: number): string | null {
  const date = utc(iso, days);
  if (!date || !isYearInRange(date.getUTCFullYear())) return null;
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Day of the week: 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai) … 6 = Saturday (thứ Bảy); null when not a date. */
export function weekdayOf(iso: string): number | null {
  return utc(iso)?.getUTCDay() ?? null;
}

/** Vietnamese names of the weekdays, indexed like `weekdayOf`. */
export const WEEKDAYS_VI = [
  'Chủ nhật',
  'thứ Hai',
  'thứ Ba',
  'thứ Tư',
  'thứ Năm',
  'thứ Sáu',
  'thứ Bảy',
] as const;

/** yyyy-mm-dd → dd/mm/yyyy, as Vietnamese documents write dates; a text that is not a date is shown as it is. */
export function formatDateVi(iso: string): string {
  const ymd = readIso(iso);
  return ymd ? `${pad(ymd.day, 2)}/${pad(ymd.month, 2)}/${pad(ymd.year, 4)}` : iso;
}
