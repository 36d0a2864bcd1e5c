import { describe, expect, it } from 'vitest';
import { forecastPlan } from '../../../src/engine/forecast';
import {
  runForecastInSlices,
  type ForecastReply,
  type ForecastStart,
} from '../../../src/engine/forecast-protocol';
import { makeCalendar } from '../../../src/domain/working-days';
import { fixed, planFrom } from '../../support/forecast-plans';

const plan = planFrom([
  { id: 'a', leadId: 'b1', deadline: 'trong tháng 6/2024' },
  { id: 'b', leadId: 'b2', prerequisiteIds: ['a'], effort: fixed(3) },
]);
const holidays: [string, string][] = [['2024-06-10', 'Nghỉ thử']];
const request: ForecastStart = { type: 'start', id: 7, plan, options: { runs: 120, seed: 3, holidays } };

describe('forecast worker protocol', () => {
  it('posts progress per slice, then the same forecast as a run in one go', async () => {
    const replies: ForecastReply[] = [];
    await runForecastInSlices(request, (r) => replies.push(r), {
      isCancelled: () => false,
      pause: async () => {},
      sliceRuns: 50,
    });
    expect(replies.map((r) => (r.type === 'progress' ? r.done : r.type))).toEqual([50, 100, 120, 'result']);
    const last = replies.at(-1);
    const direct = forecastPlan(plan, { runs: 120, seed: 3, calendar: makeCalendar(new Map(holidays)) });
    expect(last?.type === 'result' && last.forecast).toEqual(direct);
  });

  it('stops at the next slice after a cancel, with the runs done so far', async () => {
    const replies: ForecastReply[] = [];
    let cancelled = false;
    await runForecastInSlices(request, (r) => replies.push(r), {
      isCancelled: () => cancelled,
      pause: async () => {
        cancelled = true;
      },
      sliceRuns: 50,
    });
    expect(replies.map((r) => r.type)).toEqual(['progress', 'cancelled']);
    const last = replies.at(-1);
    expect(last?.type === 'cancelled' && last.forecast).toMatchObject({ runs: 50, complete: false, seed: 3 });
  });

  it('answers a plan without a start date with a refusal', async () => {
    const replies: ForecastReply[] = [];
    const undated = { ...plan, date: null, tasks: plan.tasks.map((t) => ({ ...t, deadline: null })) };
    await runForecastInSlices({ ...request, plan: undated }, (r) => replies.push(r), {
      isCancelled: () => false,
    });
    expect(replies).toEqual([
      { type: 'refused', id: 7, refused: expect.objectContaining({ vi: expect.any(String) }) },
    ]);
  });
});
