import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../../../src/calendar/vietnam-holidays';
import { forecastPlan, isRefusal } from '../../../src/engine/forecast';
import { addMonths } from '../../../src/engine/forecast-clock';
import { daysBetween } from '../../../src/engine/what-if-compare';
import { fixed, planFrom } from '../../support/forecast-plans';

const calendar = vietnamCalendar(2024);

function finishOf(start: string): string {
  const f = forecastPlan(planFrom([{ id: 'a', leadId: 'b1', effort: fixed(10) }], start), {
    calendar,
    runs: 10,
  });
  if (isRefusal(f)) throw new Error(f.refused.en);
  return f.tasks[0]?.p50 ?? '';
}

describe('forecast on the office calendar', () => {
  it('takes longer over Tết than the same task in May', () => {
    const tet = finishOf('2024-02-05');
    const may = finishOf('2024-05-06');
    expect(daysBetween('2024-02-05', tet)).toBeGreaterThan((daysBetween('2024-05-06', may) ?? 0) + 4);
    expect(tet > '2024-02-14').toBe(true);
  });

  it('adds calendar months keeping the day within the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
});
