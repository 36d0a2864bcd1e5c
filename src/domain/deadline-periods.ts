/**
 * Deadline phrases that name a period rather than a day: half-years, quarters (quý), months (tháng), years,
 * periods (giai đoạn), policy horizons (tầm nhìn) and recurrence (hằng năm, định kỳ). All match the folded text.
 */
import { addDays, isYearInRange, lastDayOfMonth, toIso } from './date';
import { dayBeforeOffCalendar, planYearNote, type Draft, type MatchInput } from './deadline-day';
import { B0, B1, DASH } from './deadline-text';
import { joined, type Say } from './deadline-wording';

const YEAR = `(?:\\s*[/-]\\s*|\\s*,?\\s*nam\\s*)(\\d{1,4})(?!\\d)`;
const RANGE = `\\s*(?:${DASH}|den|va|,)\\s*`;

type Year = { year: number; note: Say } | { problem: Say };

/** The written year, or the plan's year, or why neither will do; `what` names what the year is for. */
function yearOf(text: string | undefined, planYear: number | null, what: Say): Year {
  if (text !== undefined && text.length !== 4) return { problem: (w) => w.yearTooShort(what(w), text) };
  if (text === undefined && planYear === null) return { problem: (w) => w.yearMissing(what(w)) };
  const year = text === undefined ? (planYear as number) : Number(text);
  if (!isYearInRange(year)) return { problem: (w) => w.yearOutOfRange(year) };
  return { year, note: planYearNote(text === undefined) };
}

/** A period [start, end]; "trước <period>" makes the last compliant day the day before the period starts. */
function period(
  start: string,
  end: string,
  name: Say,
  precision: Draft['precision'],
  before: boolean,
  note: Say,
): Draft {
  if (before) {
    const due = addDays(start, -1);
    if (due === null) return dayBeforeOffCalendar(start);
    return { kind: 'due', due, precision, explain: joined((w) => w.dueBeforePeriod(due, name(w)), note) };
  }
  return {
    kind: 'due',
    due: end,
    start,
    precision,
    explain: joined((w) => w.dueEndOfPeriod(end, name(w)), note),
  };
}

const precededByBefore = (folded: string, index: number) =>
  /(?<![\p{L}])truoc\s*$/u.test(folded.slice(0, index));

const HALF = new RegExp(`${B0}(?:(?:6|sau) thang|nua) (dau|cuoi) nam(?:\\s*(\\d{1,4})(?!\\d))?`, 'u');

export function matchHalfYear({ p, planYear }: MatchInput): Draft | null {
  const m = HALF.exec(p.folded);
  if (!m) return null;
  const first = m[1] === 'dau';
  const y = yearOf(m[2], planYear, (w) => w.halfYearSubject(first));
  if ('problem' in y) return { kind: 'unknown', explain: y.problem };
  const { year } = y;
  const [start, end] = first
    ? [toIso(year, 1, 1), toIso(year, 6, 30)]
    : [toIso(year, 7, 1), toIso(year, 12, 31)];
  return period(start, end, (w) => w.halfYear(first, year), 'half-year', false, y.note);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const QUARTER = new RegExp(
  `${B0}quy\\s*(iv|i{1,3}|v|\\d{1,2})${B1}(?:${RANGE}(?:quy\\s*)?(iv|i{1,3}|v|[1-4])${B1})?(?:${YEAR})?`,
  'u',
);

export function matchQuarter({ p, planYear }: MatchInput): Draft | null {
  const m = QUARTER.exec(p.folded);
  if (!m) return null;
  const q1 = ROMAN[m[1] ?? ''];
  const q2 = m[2] === undefined ? q1 : ROMAN[m[2]];
  if (q1 === undefined || q2 === undefined) {
    const written = (q1 === undefined ? (m[1] ?? '') : (m[2] ?? '')).toUpperCase();
    return { kind: 'unknown', explain: (w) => w.noSuchQuarter(written) };
  }
  if (q2 < q1) return { kind: 'unknown', explain: (w) => w.quartersReversed(q1, q2) };
  const y = yearOf(m[3], planYear, (w) => w.quarterSubject(q1));
  if ('problem' in y) return { kind: 'unknown', explain: y.problem };
  const { year } = y;
  return period(
    toIso(year, q1 * 3 - 2, 1),
    lastDayOfMonth(year, q2 * 3),
    (w) => w.quarters(q1, q2, year),
    'quarter',
    precededByBefore(p.folded, m.index),
    y.note,
  );
}

const MONTH = new RegExp(
  `${B0}thang\\s*(\\d{1,2})(?!\\d)(?:${RANGE}(?:thang\\s*)?(\\d{1,2})(?!\\d))?(?:${YEAR})?`,
  'u',
);

export function matchMonth({ p, planYear }: MatchInput): Draft | null {
  const m = MONTH.exec(p.folded);
  if (!m) return null;
  const m1 = Number(m[1]);
  const m2 = m[2] === undefined ? m1 : Number(m[2]);
  const bad = [m1, m2].find((n) => n < 1 || n > 12);
  if (bad !== undefined) return { kind: 'unknown', explain: (w) => w.noSuchMonth(bad) };
  if (m2 < m1) return { kind: 'unknown', explain: (w) => w.monthsReversed(m1, m2) };
  const y = yearOf(m[3], planYear, (w) => w.monthSubject(m1));
  if ('problem' in y) return { kind: 'unknown', explain: y.problem };
  const { year } = y;
  return period(
    toIso(year, m1, 1),
    lastDayOfMonth(year, m2),
    (w) => w.months(m1, m2, year),
    'month',
    precededByBefore(p.folded, m.index),
    y.note,
  );
}

const HORIZON = /tam nhin|dinh huong (?:den|toi) nam/u;
const UNTIL_YEAR = new RegExp(`${B0}(?:den|toi) nam\\s*\\d{4}`, 'u');

/** "đến năm 2030, tầm nhìn đến năm 2045": where a policy is heading, not when a task is due. */
export function matchHorizon({ p }: MatchInput, strong: boolean): Draft | null {
  if (!(strong ? HORIZON : UNTIL_YEAR).test(p.folded)) return null;
  return { kind: 'not-a-deadline', explain: (w) => w.policyHorizon };
}

const YEAR_SPAN = new RegExp(`(?<![\\p{N}/-])(\\d{4})\\s*${DASH}\\s*(\\d{4})(?!\\d)`, 'u');
const PERIOD_WORD = /(?:giai doan|nhiem ky|thoi ky|nam|tu)\s*$/u;
const OPEN_END = /(?:nhung|cac) nam tiep theo|tro di/u;
const FROM_YEAR = new RegExp(`${B0}tu nam\\s*(\\d{4})(?!\\d)`, 'u');

/** "giai đoạn 2026 - 2030 (và những năm tiếp theo)", and anniversary year spans "(1969-2024)". */
export function matchWindow({ p }: MatchInput): Draft | null {
  const f = p.folded;
  const openEnd = OPEN_END.test(f);
  const m = YEAR_SPAN.exec(f);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const off = [a, b].find((year) => !isYearInRange(year));
    if (off !== undefined) return { kind: 'unknown', explain: (w) => w.yearOutOfRange(off) };
    const before = f.slice(0, m.index);
    const periodWord = PERIOD_WORD.test(before);
    if (!periodWord && (/\(\s*$/.test(before) || /ky niem/.test(f))) {
      return { kind: 'not-a-deadline', explain: (w) => w.anniversaryYears(a, b) };
    }
    if (b < a) return { kind: 'unknown', explain: (w) => w.periodReversed(a, b) };
    const start = toIso(a, 1, 1);
    if (openEnd) {
      const explain: Say = (w) => w.periodOpenEnded(a, b, start);
      return { kind: 'window', start, due: null, openEnd, precision: 'period', explain };
    }
    const due = toIso(b, 12, 31);
    const explain: Say = (w) => w.periodYears(a, b, start, due);
    return { kind: 'window', start, due, precision: 'period', explain };
  }
  const from = FROM_YEAR.exec(f);
  if (from || openEnd) {
    const fromYear = from ? Number(from[1]) : null;
    if (fromYear !== null && !isYearInRange(fromYear))
      return { kind: 'unknown', explain: (w) => w.yearOutOfRange(fromYear) };
    const start = fromYear === null ? null : toIso(fromYear, 1, 1);
    const explain: Say = (w) => w.openEnded(start);
    return { kind: 'window', start, due: null, openEnd: true, precision: 'period', explain };
  }
  return null;
}

const BEFORE_YEAR = new RegExp(`${B0}truoc nam\\s*(\\d{1,4})(?!\\d)`, 'u');
const END_OF_YEAR = new RegExp(`${B0}cuoi nam(?:\\s*(\\d{1,4})(?!\\d))?`, 'u');
const VAGUE_YEAR = new RegExp(`${B0}(dau|giua) nam${B1}`, 'u');
const IN_YEAR = new RegExp(`${B0}(?:trong|ca) nam${B1}(?!\\s*\\d)`, 'u');
const NAMED_YEAR = new RegExp(`${B0}nam\\s*(\\d{4})(?!\\d)`, 'gu');

/** "năm 2024", "trong năm 2024", "cuối năm" (the plan's year), "trước năm 2025". */
export function matchYear({ p, planYear }: MatchInput): Draft | null {
  const f = p.folded;
  const before = BEFORE_YEAR.exec(f);
  if (before) {
    const y = yearOf(before[1], null, (w) => w.beforeYearSubject);
    if ('problem' in y) return { kind: 'unknown', explain: y.problem };
    const { year } = y;
    return period(toIso(year, 1, 1), toIso(year, 12, 31), (w) => w.year(year), 'year', true, y.note);
  }
  const end = END_OF_YEAR.exec(f);
  const vague = VAGUE_YEAR.exec(f);
  if (!end && vague) {
    const early = vague[1] === 'dau';
    return { kind: 'unknown', explain: (w) => w.vagueYear(early) };
  }
  const named = [...f.matchAll(NAMED_YEAR)].at(-1);
  const inYear = IN_YEAR.test(f);
  if (!end && !named && !inYear) return null;
  const endOfYear = end !== null;
  const what: Say = (w) => (endOfYear ? w.endOfYearSubject : w.inYearSubject);
  const y = yearOf(end?.[1] ?? named?.[1], planYear, what);
  if ('problem' in y) return { kind: 'unknown', explain: y.problem };
  const { year } = y;
  const due = toIso(year, 12, 31);
  const explain = joined((w) => w.dueInYear(due, endOfYear, year), y.note);
  return { kind: 'due', due, start: toIso(year, 1, 1), precision: 'year', explain };
}

const ANNUAL = new RegExp(`(?<!ngan\\s)${B0}(?:hang|moi) nam${B1}(?!\\s*\\d)`, 'u');
const EVERY = new RegExp(`(?<!ngan\\s|mat\\s)${B0}hang (thang|quy|tuan|ngay)${B1}`, 'u');
const PERIODIC = new RegExp(`${B0}dinh ky${B1}`, 'u');
const UNITS = { thang: 'month', quy: 'quarter', tuan: 'week', ngay: 'day' } as const;

/** "hằng năm"/"hàng năm" (annual), "định kỳ", "hằng tháng" … (periodic); null when not recurring. */
export function recurrenceOf({ p }: MatchInput): { recurrence: 'annual' | 'periodic'; label: Say } | null {
  if (ANNUAL.test(p.folded)) return { recurrence: 'annual', label: (w) => w.repeatsAnnually };
  const unit = EVERY.exec(p.folded)?.[1];
  if (unit)
    return { recurrence: 'periodic', label: (w) => w.repeatsEvery(UNITS[unit as keyof typeof UNITS]) };
  if (PERIODIC.test(p.folded)) return { recurrence: 'periodic', label: (w) => w.repeatsPeriodically };
  return null;
}
