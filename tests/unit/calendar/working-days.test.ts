import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamCalendar, vietnamHolidays } from '../../../src/calendar/vietnam-holidays';
import { addDays, toIso } from '../../../src/domain/date';
import {
  addWorkingDays,
  isWorkingDay,
  makeCalendar,
  workingDaysBetween,
} from '../../../src/domain/working-days';

const isoDate = fc
  .record({ year: fc.integer({ min: 2020, max: 2030 }), dayOfYear: fc.integer({ min: 0, max: 364 }) })
  .map(({ year, dayOfYear }) => addDays(toIso(year, 1, 1), dayOfYear) ?? toIso(year, 1, 1));

describe('working days', () => {
  const plain = makeCalendar();

  it('skips weekends: one working day after a Friday is the Monday', () => {
    expect(addWorkingDays(plain, '2024-05-10', 1)).toBe('2024-05-13');
    expect(workingDaysBetween(plain, '2024-05-10', '2024-05-17')).toBe(5);
  });

  it('counts back what it added, and always lands on a working day', () => {
    const calendar = vietnamCalendar(2020, 2031);
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 300 }), (from, count) => {
        const to = addWorkingDays(calendar, from, count);
        expect(isWorkingDay(calendar, to)).toBe(true);
        if (count > 0) expect(workingDaysBetween(calendar, from, to)).toBe(count);
      }),
    );
  });
});

describe("Vietnam's public holidays", () => {
  it('takes the Tết break of 2024 off, with compensatory days for its weekend', () => {
    const days = vietnamHolidays(2024, 2024);
    for (const day of ['2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'])
      expect(days.has(day), day).toBe(true);
    expect(days.has('2024-02-20')).toBe(false);
  });

  it('gives the next working day off when a holiday falls on a weekend (Giỗ Tổ 2026 is a Sunday)', () => {
    const days = vietnamHolidays(2026, 2026);
    expect(days.get('2026-04-26')).toBeDefined();
    expect(days.get('2026-04-27')).toMatch(/nghỉ bù/);
  });

  it('makes ten working days spanning Tết take longer than the same ten days in May', () => {
    const calendar = vietnamCalendar(2024);
    const overTet = addWorkingDays(calendar, '2024-02-05', 10);
    const inMay = addWorkingDays(calendar, '2024-05-06', 10);
    const span = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    expect(span('2024-02-05', overTet)).toBeGreaterThan(span('2024-05-06', inMay));
  });
});
