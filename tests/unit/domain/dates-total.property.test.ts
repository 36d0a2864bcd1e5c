import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatDateVi, readIso, weekdayOf } from '../../../src/domain/date';
import { parseDeadline } from '../../../src/domain/deadline';
import { IsoDateSchema } from '../../../src/domain/ids';
import { check } from '../../../src/domain/problems';
import { dueStateOf } from '../../../src/domain/due-state';
import { isoFromDayMonthYear } from '../../../src/ui/controls/DateField';
import { formatDate } from '../../../src/ui/i18n/format';

/** Years a user can type or a file can hold, the edges first. */
const year = fc.oneof(
  fc.constantFrom(0, -1, 1, 99, 100, 1900, 9999, 10000, 99999, -99999),
  fc.integer({ min: -100_000, max: 100_000 }),
);
const planYear = fc.oneof(fc.constant(null), year, fc.constantFrom(Number.NaN, 2024.5, Infinity));
const two = (n: number) => String(n).padStart(2, '0');

/** A date written as the documents write it, with any year and any (even impossible) day and month. */
const writtenDate = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), year)
  .map(([d, m, y]) => `${d}/${m}/${String(Math.abs(y)).padStart(4, '0')}`);

/** "yyyy-mm-dd"-like text: right shape or nearly, any numbers. */
const isoLike = fc
  .tuple(year, fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 40 }))
  .map(([y, m, d]) => `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${two(m)}-${two(d)}`);

const PHRASES = [
  'trước ngày ',
  'chậm nhất ngày ',
  'Từ 14h00, ngày ',
  'từ ngày 01/01/2024 đến ngày ',
  'trước quý I/',
  'hoàn thành trong quý IV/',
  'tháng 1/',
  '6 tháng đầu năm ',
  'trước năm ',
  'cuối năm ',
  'năm ',
  'giai đoạn 2021 - ',
  'từ năm ',
];
const phrase = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc
    .tuple(fc.constantFrom(...PHRASES), fc.oneof(writtenDate, year.map(String), isoLike))
    .map(([a, b]) => a + b),
);

function expectSensible(said: { vi: string; en: string }) {
  for (const text of [said.vi, said.en]) {
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/undefined|NaN|null|Infinity/);
  }
}

describe('no deadline string, date or year throws', () => {
  it('reads any phrase with any plan year into a meaning or "unknown" with a reason', () => {
    fc.assert(
      fc.property(phrase, planYear, (text, y) => {
        const parsed = parseDeadline(text, { planYear: y });
        expect(parsed.phrase).toBe(text);
        expectSensible(parsed.explanation);
        for (const day of [parsed.due, parsed.start]) if (day !== null) expect(readIso(day)).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('says a year off the calendar is off it, in both languages', () => {
    for (const [text, y] of [
      ['trước ngày 01/01/0000', null],
      ['trước ngày 01/01/0001', null],
      ['trước quý I/0001', null],
      ['cuối năm', 10000],
      ['tháng 5', 0],
      ['quý II', -1],
      ['giai đoạn 0000 - 2030', null],
    ] as const) {
      const parsed = parseDeadline(text, { planYear: y });
      expect(parsed.kind, text).toBe('unknown');
      expect(parsed.explanation.vi, text).toMatch(/^Năm -?\d+ nằm ngoài lịch: năm phải từ 1 đến 9999$/);
      expect(parsed.explanation.en, text).toMatch(/^The year -?\d+ is off the calendar/);
    }
  });

  it('gives a due state for any phrase, plan year and day', () => {
    const states = ['overdue', 'soon', 'ongoing', 'recurring', 'later', 'tentative', 'unknown', 'none'];
    fc.assert(
      fc.property(phrase, planYear, fc.oneof(isoLike, fc.string()), (text, y, today) => {
        expect(states).toContain(dueStateOf(text, y, today));
      }),
    );
    expect(dueStateOf('chậm nhất ngày 31/12/9999', null, '9999-12-25')).toBe('soon');
  });

  it('reads, shows, counts and names the weekday of any text without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(isoLike, fc.string()),
        fc.integer({ min: -4_000_000, max: 4_000_000 }),
        (text, days) => {
          const ymd = readIso(text);
          expect(formatDateVi(text)).toBe(
            ymd ? `${text.slice(8)}/${text.slice(5, 7)}/${text.slice(0, 4)}` : text,
          );
          expect(formatDate(text)).toBe(text === '' ? '—' : formatDateVi(text));
          const later = addDays(text, days);
          if (later !== null) expect(readIso(later)).not.toBeNull();
          if (!ymd) expect(later).toBeNull();
          const weekday = weekdayOf(text);
          expect(weekday === null ? ymd : weekday).toEqual(ymd ? expect.any(Number) : null);
        },
      ),
    );
    expect(addDays('0001-01-01', -1)).toBeNull();
    expect(addDays('9999-12-31', 1)).toBeNull();
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
  });

  it('takes a typed date only when it is on the calendar of years 0001–9999', () => {
    fc.assert(
      fc.property(fc.oneof(writtenDate, fc.string()), (text) => {
        const iso = isoFromDayMonthYear(text);
        if (iso !== null) expect(readIso(iso)).not.toBeNull();
      }),
    );
    expect(isoFromDayMonthYear('01/01/0000')).toBeNull();
    expect(isoFromDayMonthYear('29/02/0004')).toBe('0004-02-29');
  });
});

describe('the date rule of the plan format', () => {
  const said = (value: string) => {
    const r = check(IsoDateSchema, value);
    return r.ok ? null : r.problems.map((p) => p.message.vi);
  };

  it('accepts exactly the dates on the calendar, and says why it refuses the others', () => {
    fc.assert(
      fc.property(fc.oneof(isoLike, fc.string()), (text) => {
        const problems = said(text);
        expect(problems === null).toBe(readIso(text) !== null);
        if (problems) expect(problems).toHaveLength(1);
      }),
    );
  });

  it.each([
    ['0000-01-01', 'Năm của ngày phải từ 0001 đến 9999'],
    ['2023-02-29', 'Ngày không tồn tại trên lịch'],
    ['2024-13-01', 'Ngày không tồn tại trên lịch'],
    ['10000-01-01', 'Ngày phải có dạng yyyy-mm-dd'],
    ['-0001-01-01', 'Ngày phải có dạng yyyy-mm-dd'],
  ])('%s: %s', (value, message) => {
    expect(said(value)).toEqual([message]);
  });

  it('accepts years below 100 as they are written', () => {
    expect(said('0099-12-31')).toBeNull();
    expect(said('0004-02-29')).toBeNull();
  });
});
