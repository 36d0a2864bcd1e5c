/**
 * Calendar helpers on ISO dates (yyyy-mm-dd). Pure, UTC only: no time zones, no locale functions.
 */

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
    Number.isInteger(year) &&
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

export function parseIso(iso: string): YMD {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Ngày không đúng dạng yyyy-mm-dd: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The last day of a month, as an ISO date. */
export function lastDayOfMonth(year: number, month: number): string {
  return toIso(year, month, daysInMonth(year, month));
}

/** A UTC Date for the ISO date plus `days`; setUTCFullYear keeps years below 100 literal. */
function utc(iso: string, days = 0): Date {
  const { year, month, day } = parseIso(iso);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + days);
  return date;
}

export function addDays(iso: string, days: number): string {
  const date = utc(iso, days);
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Day of the week: 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai) … 6 = Saturday (thứ Bảy). */
export function weekdayOf(iso: string): number {
  return utc(iso).getUTCDay();
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

/** yyyy-mm-dd → dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatDateVi(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}
