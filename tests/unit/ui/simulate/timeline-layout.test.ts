import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../../../src/domain/working-days';
import { forecastPlan, isRefusal } from '../../../../src/engine/forecast';
import type { Forecast } from '../../../../src/engine/forecast-types';
import { byRisk, sortTasks } from '../../../../src/ui/simulate/forecast/risk-order';
import { lookupOf } from '../../../../src/ui/simulate/timeline/plan-lookup';
import { timelineOf } from '../../../../src/ui/simulate/timeline/timeline-layout';
import { fixed, planFrom } from '../../../support/forecast-plans';

const plan = planFrom([
  { id: 'a', leadId: 'b1', effort: fixed(5), deadline: 'trước ngày 05/6/2024' },
  { id: 'b', leadId: 'b1', effort: fixed(5), prerequisiteIds: ['a'], deadline: 'trong tháng 7/2024' },
  { id: 'duty', leadId: 'b2', kind: 'ongoing', deadline: 'thực hiện thường xuyên' },
  { id: 'conf', leadId: 'b2', kind: 'event', deadline: 'ngày 15/7/2024' },
  { id: 'loose', effort: fixed(2) },
]);

function forecast(): Forecast {
  const result = forecastPlan(plan, { calendar: makeCalendar(), runs: 20 });
  if (isRefusal(result)) throw new Error(result.refused.en);
  return result;
}

describe('timeline layout', () => {
  it('groups tasks by lead body, draws work as bars in days from the start, duties as bands, events as points', () => {
    const model = timelineOf(plan, forecast(), lookupOf(plan));
    expect(model.from).toBe('2024-06-03');
    expect(model.groups.map((g) => [g.bodyId, g.items.map((i) => [i.forecast.taskId, i.shape])])).toEqual([
      [
        'b1',
        [
          ['a', 'bar'],
          ['b', 'bar'],
        ],
      ],
      [
        'b2',
        [
          ['duty', 'band'],
          ['conf', 'point'],
        ],
      ],
      [null, [['loose', 'none']]],
    ]);
    const [a, b] = model.groups[0]!.items;
    expect(a).toMatchObject({ from: 0, p50: 4, p90: 4, deadline: 1, late: true });
    expect(b).toMatchObject({ from: 7, p50: 11, late: false });
    const [duty, conf] = model.groups[1]!.items;
    expect(duty).toMatchObject({ from: 0, p50: model.days });
    expect(conf).toMatchObject({ p50: 42 });
    expect(model.months[0]).toEqual({ iso: '2024-07-01', at: 28 });
  });

  it('orders tasks by risk: least likely to succeed first (a task never done with them), duties last', () => {
    expect(byRisk(forecast().tasks).map((t) => t.taskId)).toEqual(['a', 'loose', 'b', 'conf', 'duty']);
  });

  it('sorts by item code (numbers in order) or by a date, tasks without that date last', () => {
    const tasks = forecast().tasks;
    const codes: Record<string, string> = { a: 'II.10', b: 'II.2', duty: 'I.1', conf: 'III', loose: 'II.9' };
    const compare = new Intl.Collator('vi', { numeric: true }).compare;
    const order = (sort: Parameters<typeof sortTasks>[1]) =>
      sortTasks(tasks, sort, (id) => codes[id] ?? id, compare).map((t) => t.taskId);
    expect(order('code')).toEqual(['duty', 'b', 'loose', 'a', 'conf']);
    expect(order('deadline')).toEqual(['a', 'conf', 'b', 'duty', 'loose']);
    expect(order('p90')).toEqual(['a', 'b', 'conf', 'duty', 'loose']);
  });
});
