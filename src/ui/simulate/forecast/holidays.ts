import { forecastStart } from '../../../engine/forecast-setup';
import type { Plan } from '../../../domain/plan';

/** Years of public holidays sent with a forecast: from the start's year, this many years on. */
const YEARS_AHEAD = 10;

const byRange = new Map<string, Promise<[string, string][]>>();

/**
 * Vietnam's public holidays (Tết included) for the years a forecast of `plan` from `start` can reach, as the
 * worker protocol carries them. The holiday library is large: it is loaded here, on first use only.
 */
export function holidaysFor(plan: Plan, start: string | null): Promise<[string, string][]> {
  const first = forecastStart(plan, start ?? undefined);
  const year = first ? Number(first.slice(0, 4)) : new Date().getFullYear();
  const key = `${year}`;
  let holidays = byRange.get(key);
  if (!holidays) {
    holidays = import('../../../calendar/vietnam-holidays').then((m) => [
      ...m.vietnamHolidays(year - 1, year + YEARS_AHEAD),
    ]);
    byRange.set(key, holidays);
  }
  return holidays;
}
