/**
 * Text preparation and small token finders for deadline phrases (thời hạn).
 *
 * Matching runs on a *folded* copy of the phrase: NFC, lower case, diacritics and stray combining marks removed,
 * đ → d. That makes "hằng"/"hàng", composed/decomposed Unicode, upper/lower case and OCR text without diacritics
 * all look alike; a map from folded positions back to the prepared text recovers what was written.
 */
import { daysInMonth, isValidDate, isYearInRange, toIso } from './date';
import type { Say, WrittenWeekday } from './deadline-wording';

export interface PreparedText {
  /** NFC, markdown emphasis removed, whitespace collapsed to single spaces. */
  text: string;
  /** `text` lower-cased without diacritics: the string every pattern matches against. */
  folded: string;
  /** map[i] = index in `text` of folded character i; map[folded.length] = text.length. */
  map: number[];
  /** Set when issue dates of cited documents were blanked out of `folded`. */
  cited?: boolean;
}

export function prepare(phrase: string): PreparedText {
  const text = phrase
    .normalize('NFC')
    .replace(/\u00d0/g, '\u0110') // Ð (eth) typed for Đ
    .replace(/\u00f0/g, '\u0111')
    .replace(/[*_`]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (!/\p{M}/u.test(ch)) {
      const base = ch === 'đ' || ch === 'Đ' ? 'd' : (ch.normalize('NFD')[0] ?? ch).toLowerCase();
      const out = base.length === 1 && ch.length === 1 ? base : ch;
      for (let k = 0; k < out.length; k++) map.push(i);
      folded += out;
    }
    i += ch.length;
  }
  map.push(text.length);
  return { text, folded, map };
}

/** The prepared (not folded) text between two folded positions. */
export function written(p: PreparedText, start: number, end: number): string {
  return p.text.slice(p.map[start] ?? 0, p.map[end] ?? p.text.length).trim();
}

/** Regex source for "not inside a word" on each side. */
export const B0 = '(?<![\\p{L}\\p{N}])';
export const B1 = '(?![\\p{L}\\p{N}])';
export const DASH = '[-\u2010\u2011\u2012\u2013\u2014]';

export interface DateToken {
  day: number;
  month: number;
  /** The year as written (may be too short to be valid), or null. */
  yearText: string | null;
  start: number;
  end: number;
}

// dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd/mm; not after "quý"/"tháng" ("tháng 9 - 10/2024" is not 9 October).
const NUMERIC = new RegExp(
  `(?<!(?:quy|thang)\\s{0,3})(?<![\\p{N}/,.-])(\\d{1,2})\\s*([/-])\\s*(\\d{1,2})(?!\\d)(?:\\s*\\2\\s*(\\d{1,4})(?!\\d))?`,
  'gu',
);
// "ngày 14 tháng 5 năm 2021"
const WORDED = new RegExp(
  `${B0}(\\d{1,2})\\s*thang\\s*(\\d{1,2})(?!\\d)(?:\\s*,?\\s*nam\\s*(\\d{1,4})(?!\\d))?`,
  'gu',
);

/** Every written calendar date, in order of appearance. */
export function findDates(folded: string): DateToken[] {
  const found: DateToken[] = [];
  for (const re of [NUMERIC, WORDED]) {
    for (const m of folded.matchAll(re)) {
      const yearText = (re === NUMERIC ? m[4] : m[3]) ?? null;
      const month = re === NUMERIC ? m[3] : m[2];
      found.push({
        day: Number(m[1]),
        month: Number(month),
        yearText,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// "Nghị quyết số 45-NQ/TW, ngày 24/01/2019", "số 91/NQ-HĐND ngày 06/12/2024": when a document was issued
const CITATION = /(?<![\w/-])\d+[-/][\w/-]*[a-z][\w/-]*\s*,?\s*(?:ngay)?\s*$/u;

/** Blanks out the issue dates of cited documents, which are never deadlines (positions are kept). */
export function maskCitations(p: PreparedText): PreparedText {
  let folded = p.folded;
  for (const t of findDates(p.folded)) {
    if (CITATION.test(p.folded.slice(0, t.start))) {
      folded = folded.slice(0, t.start) + ' '.repeat(t.end - t.start) + folded.slice(t.end);
    }
  }
  return folded === p.folded ? p : { ...p, folded, cited: true };
}

export type Resolved = { ok: true; iso: string; fromPlan: boolean } | { ok: false; problem: Say };

const two = (n: number) => String(n).padStart(2, '0');

/** A date token made into an ISO date, or the reason it cannot be. */
export function resolveDate(t: DateToken, planYear: number | null, yearText = t.yearText): Resolved {
  const dayMonth = `${two(t.day)}/${two(t.month)}`;
  if (yearText !== null && yearText.length !== 4) {
    return { ok: false, problem: (w) => w.dateYearTooShort(dayMonth, yearText) };
  }
  if (yearText === null && planYear === null) {
    return { ok: false, problem: (w) => w.dateWithoutYear(dayMonth) };
  }
  const year = yearText !== null ? Number(yearText) : (planYear as number);
  const date = { dayMonth, year, month: t.month };
  if (!isYearInRange(year)) return { ok: false, problem: (w) => w.yearOutOfRange(year) };
  if (t.month < 1 || t.month > 12) return { ok: false, problem: (w) => w.dateNoSuchMonth(date) };
  if (!isValidDate(year, t.month, t.day)) {
    const days = daysInMonth(year, t.month);
    return { ok: false, problem: (w) => w.dateNoSuchDay(date, days) };
  }
  return { ok: true, iso: toIso(year, t.month, t.day), fromPlan: yearText === null };
}

/** A time may follow a word without a space ("trước14h"), never another digit. */
const TIME = new RegExp(`(?<!\\p{N})(\\d{1,2})\\s*(?:h|gio|:)\\s*(\\d{2})?${B1}`, 'u');

/** "14h00", "14h", "14 giờ 30", "14:30" → "14:00"; `valid` false for 25h00. */
export function findTime(folded: string): { text: string; valid: boolean; index: number } | null {
  const m = TIME.exec(folded);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  return { text: `${two(h)}:${two(min)}`, valid: h < 24 && min < 60, index: m.index };
}

const WEEKDAY = new RegExp(`${B0}(?:thu\\s*(hai|ba|tu|nam|sau|bay|[2-7])|(chu\\s*nhat|cn))${B1}`, 'u');
const WEEKDAY_NUMBER: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

/** A weekday written in the phrase ("(thứ Tư)", "thứ 4", "Chủ nhật"), 0 = Sunday. */
export function findWeekday(p: PreparedText): WrittenWeekday | null {
  const m = WEEKDAY.exec(p.folded);
  if (!m) return null;
  const word = m[1];
  const weekday = word === undefined ? 0 : /\d/.test(word) ? Number(word) - 1 : (WEEKDAY_NUMBER[word] ?? 0);
  return { written: written(p, m.index, m.index + m[0].length), weekday };
}
