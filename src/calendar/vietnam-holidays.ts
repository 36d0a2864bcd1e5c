import Holidays from 'date-holidays';
import { addDays } from '../domain/date';
import { daysAfter, isWeekend, makeCalendar, type WorkingCalendar } from '../domain/working-days';

/**
 * Vietnam's public holidays (ngày nghỉ lễ, Tết) from the maintained `date-holidays` library, Tết and its
 * multi-day break included (lunar dates are computed by the library). A public holiday that falls on a
 * weekend gives a compensatory day off (nghỉ bù) on the next working day, as the Labour Code provides.
 * The library is large: import this module lazily, where a calendar is really needed.
 */
export function vietnamHolidays(fromYear: number, toYear: number): Map<string, string> {
  const source = new Holidays('VN');
  const days = new Map<string, string>();
  const onWeekend: [string, string][] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of source.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      const first = holiday.date.slice(0, 10);
      const span = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
      for (let i = 0; i < span; i++) {
        const day = addDays(first, i);
        if (day === null) continue;
        if (!days.has(day)) days.set(day, holiday.name);
        if (isWeekend(day)) onWeekend.push([day, holiday.name]);
      }
    }
  }
  for (const [day, name] of onWeekend) {
    for (const off of daysAfter(day)) {
      if (isWeekend(off) || days.has(off)) continue;
      days.set(off, `${name} (nghỉ bù)`);
      break;
    }
  }
  return days;
}

/** The office calendar of Vietnam for the years a plan spans. */
export function vietnamCalendar(fromYear: number, toYear: number = fromYear): WorkingCalendar {
  const from = Math.max(1, Math.min(fromYear, toYear));
  const to = Math.min(9999, Math.max(fromYear, toYear));
  return makeCalendar(vietnamHolidays(from, to));
}
