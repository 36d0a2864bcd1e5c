/**
 * Deadline phrases that name a period rather than a day: half-years, quarters (quý), months (tháng), years,
 * periods (giai đoạn), policy horizons (tầm nhìn) and recurrence (hằng năm, định kỳ). All match the folded text.
 */
import { addDays, formatDateVi, lastDayOfMonth, toIso } from './date';
import { PLAN_YEAR_NOTE, type Draft, type MatchInput } from './deadline-day';
import { B0, B1, DASH } from './deadline-text';

const YEAR = `(?:\\s*[/-]\\s*|\\s*,?\\s*nam\\s*)(\\d{1,4})(?!\\d)`;
const RANGE = `\\s*(?:${DASH}|den|va|,)\\s*`;

type Year = { year: number; note: string } | { problem: string };

/** The written year, or the plan's year, or why neither will do. */
function yearOf(text: string | undefined, planYear: number | null, what: string): Year {
  if (text !== undefined) {
    if (text.length !== 4) return { problem: `${what} ghi năm “${text}” không đủ 4 chữ số` };
    return { year: Number(text), note: '' };
  }
  if (planYear === null) return { problem: `${what} không ghi năm và chưa biết năm của kế hoạch` };
  return { year: planYear, note: PLAN_YEAR_NOTE };
}

/** A period [start, end]; "trước <period>" makes the last compliant day the day before the period starts. */
function period(
  start: string,
  end: string,
  label: string,
  precision: Draft['precision'],
  before: boolean,
  note: string,
): Draft {
  if (before) {
    const due = addDays(start, -1);
    return {
      kind: 'due',
      due,
      precision,
      explanation: `Hạn chót ${formatDateVi(due)} (trước ${label})${note}`,
    };
  }
  return {
    kind: 'due',
    due: end,
    start,
    precision,
    explanation: `Hạn chót ${formatDateVi(end)} (hết ${label})${note}`,
  };
}

const precededByBefore = (folded: string, index: number) =>
  /(?<![\p{L}])truoc\s*$/u.test(folded.slice(0, index));

const HALF = new RegExp(`${B0}(?:(?:6|sau) thang|nua) (dau|cuoi) nam(?:\\s*(\\d{1,4})(?!\\d))?`, 'u');

export function matchHalfYear({ p, planYear }: MatchInput): Draft | null {
  const m = HALF.exec(p.folded);
  if (!m) return null;
  const first = m[1] === 'dau';
  const y = yearOf(m[2], planYear, `“6 tháng ${first ? 'đầu' : 'cuối'} năm”`);
  if ('problem' in y) return { kind: 'unknown', explanation: y.problem };
  const label = `6 tháng ${first ? 'đầu' : 'cuối'} năm ${y.year}`;
  const [start, end] = first
    ? [toIso(y.year, 1, 1), toIso(y.year, 6, 30)]
    : [toIso(y.year, 7, 1), toIso(y.year, 12, 31)];
  return period(start, end, label, 'half-year', false, y.note);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const ROMAN_OUT = ['', 'I', 'II', 'III', 'IV'];
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
    return {
      kind: 'unknown',
      explanation: `Không có quý “${(m[2] ?? m[1] ?? '').toUpperCase()}” (chỉ có quý I đến IV)`,
    };
  }
  if (q2 < q1)
    return {
      kind: 'unknown',
      explanation: `Khoảng quý ngược: quý ${ROMAN_OUT[q1]} đến quý ${ROMAN_OUT[q2]}`,
    };
  const y = yearOf(m[3], planYear, `Quý ${ROMAN_OUT[q1]}`);
  if ('problem' in y) return { kind: 'unknown', explanation: y.problem };
  const label = `quý ${ROMAN_OUT[q1]}${q2 === q1 ? '' : `–${ROMAN_OUT[q2]}`}/${y.year}`;
  const start = toIso(y.year, q1 * 3 - 2, 1);
  return period(
    start,
    lastDayOfMonth(y.year, q2 * 3),
    label,
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
  if (bad !== undefined)
    return { kind: 'unknown', explanation: `Không có tháng ${bad} (chỉ có tháng 1 đến 12)` };
  if (m2 < m1) return { kind: 'unknown', explanation: `Khoảng tháng ngược: tháng ${m1} đến tháng ${m2}` };
  const y = yearOf(m[3], planYear, `Tháng ${m1}`);
  if ('problem' in y) return { kind: 'unknown', explanation: y.problem };
  const label = `tháng ${m1}${m2 === m1 ? '' : `–${m2}`}/${y.year}`;
  const start = toIso(y.year, m1, 1);
  return period(
    start,
    lastDayOfMonth(y.year, m2),
    label,
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
  return {
    kind: 'not-a-deadline',
    explanation: 'Mốc định hướng của chính sách, không phải thời hạn của nhiệm vụ',
  };
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
    const before = f.slice(0, m.index);
    const periodWord = PERIOD_WORD.test(before);
    if (!periodWord && (/\(\s*$/.test(before) || /ky niem/.test(f))) {
      return { kind: 'not-a-deadline', explanation: `Khoảng kỷ niệm ${a}–${b}: không phải thời hạn` };
    }
    if (b < a) return { kind: 'unknown', explanation: `Giai đoạn ngược: ${a} đến ${b}` };
    const start = toIso(a, 1, 1);
    if (openEnd) {
      const explanation = `Giai đoạn ${a}–${b} và những năm tiếp theo: bắt đầu ${formatDateVi(start)}, không có hạn kết thúc`;
      return { kind: 'window', start, due: null, openEnd, precision: 'period', explanation };
    }
    const due = toIso(b, 12, 31);
    const explanation = `Giai đoạn ${a}–${b}: từ ${formatDateVi(start)} đến hết ${formatDateVi(due)}`;
    return { kind: 'window', start, due, precision: 'period', explanation };
  }
  const from = FROM_YEAR.exec(f);
  if (from || openEnd) {
    const start = from ? toIso(Number(from[1]), 1, 1) : null;
    const since = start ? `bắt đầu ${formatDateVi(start)}, ` : '';
    const explanation = `Kéo dài cả những năm tiếp theo: ${since}không có hạn kết thúc`;
    return { kind: 'window', start, due: null, openEnd: true, precision: 'period', explanation };
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
    const y = yearOf(before[1], null, '“Trước năm”');
    if ('problem' in y) return { kind: 'unknown', explanation: y.problem };
    return period(toIso(y.year, 1, 1), toIso(y.year, 12, 31), `năm ${y.year}`, 'year', true, '');
  }
  const end = END_OF_YEAR.exec(f);
  const vague = VAGUE_YEAR.exec(f);
  if (!end && vague) {
    return {
      kind: 'unknown',
      explanation: `“${vague[1] === 'dau' ? 'Đầu' : 'Giữa'} năm” không chỉ rõ hạn chót`,
    };
  }
  const named = [...f.matchAll(NAMED_YEAR)].at(-1);
  const inYear = IN_YEAR.test(f);
  if (!end && !named && !inYear) return null;
  const y = yearOf(end?.[1] ?? named?.[1], planYear, end ? '“Cuối năm”' : '“Trong năm”');
  if ('problem' in y) return { kind: 'unknown', explanation: y.problem };
  const due = toIso(y.year, 12, 31);
  const how = end ? 'cuối năm' : 'trong năm';
  return {
    kind: 'due',
    due,
    start: toIso(y.year, 1, 1),
    precision: 'year',
    explanation: `Hạn chót ${formatDateVi(due)} (${how} ${y.year})${y.note}`,
  };
}

const ANNUAL = new RegExp(`(?<!ngan\\s)${B0}(?:hang|moi) nam${B1}(?!\\s*\\d)`, 'u');
const EVERY = new RegExp(`(?<!ngan\\s|mat\\s)${B0}hang (thang|quy|tuan|ngay)${B1}`, 'u');
const PERIODIC = new RegExp(`${B0}dinh ky${B1}`, 'u');
const EVERY_VI: Record<string, string> = { thang: 'tháng', quy: 'quý', tuan: 'tuần', ngay: 'ngày' };

/** "hằng năm"/"hàng năm" (annual), "định kỳ", "hằng tháng" … (periodic); null when not recurring. */
export function recurrenceOf({ p }: MatchInput): { recurrence: 'annual' | 'periodic'; label: string } | null {
  if (ANNUAL.test(p.folded)) return { recurrence: 'annual', label: 'Lặp lại hằng năm' };
  const every = EVERY.exec(p.folded);
  if (every) return { recurrence: 'periodic', label: `Lặp lại hằng ${EVERY_VI[every[1] ?? ''] ?? ''}` };
  if (PERIODIC.test(p.folded))
    return { recurrence: 'periodic', label: 'Thực hiện định kỳ (không ghi rõ chu kỳ)' };
  return null;
}
