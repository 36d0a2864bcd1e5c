import { describe, expect, it } from 'vitest';
import { addWorkingDays, makeCalendar } from '../../../src/domain/working-days';
import { forecastPlan, isRefusal } from '../../../src/engine/forecast';
import type { Forecast, ForecastOptions } from '../../../src/engine/forecast-types';
import type { Plan } from '../../../src/domain/plan';
import { makePlan } from '../../support/plan-builder';
import { fixed, planFrom } from '../../support/forecast-plans';

const weekends = makeCalendar();

function forecast(plan: Plan, options: ForecastOptions = {}): Forecast {
  const result = forecastPlan(plan, { calendar: weekends, ...options });
  if (isRefusal(result)) throw new Error(result.refused.en);
  return result;
}

const taskOf = (f: Forecast, id: string) => f.tasks.find((t) => t.taskId === id);

describe('forecast: answers known analytically', () => {
  it('one task of a fixed 10 working days ends on the 10th working day: probability 1 by then, 0 a day earlier', () => {
    const due = addWorkingDays(weekends, '2024-06-03', 9);
    expect(due).toBe('2024-06-14');
    const onTime = forecast(
      planFrom([{ id: 'a', leadId: 'b1', effort: fixed(10), deadline: 'chậm nhất ngày 14/6/2024' }]),
    );
    expect(taskOf(onTime, 'a')).toMatchObject({ onTime: 1, finishes: 1, p50: due, p90: due, deadline: due });
    const late = forecast(
      planFrom([{ id: 'a', leadId: 'b1', effort: fixed(10), deadline: 'chậm nhất ngày 13/6/2024' }]),
    );
    expect(taskOf(late, 'a')?.onTime).toBe(0);
    expect(late.likelyLate).toEqual(['a']);
  });

  it('a chain of two fixed tasks ends after both, and that chain is the critical one', () => {
    const plan = planFrom([
      { id: 'a', leadId: 'b1', effort: fixed(5) },
      { id: 'b', leadId: 'b2', effort: fixed(5), prerequisiteIds: ['a'], deadline: 'trước ngày 15/6/2024' },
      { id: 'c', leadId: 'b3', effort: fixed(2) },
    ]);
    const f = forecast(plan);
    expect(taskOf(f, 'a')).toMatchObject({ start: '2024-06-03', p50: '2024-06-07' });
    expect(taskOf(f, 'b')).toMatchObject({ start: '2024-06-10', p50: '2024-06-14', onTime: 1 });
    expect(f.criticalChain).toEqual({ taskIds: ['a', 'b'], share: 1 });
    expect(f.end).toEqual({ p50: '2024-06-14', p90: '2024-06-14' });
    const tight = planFrom([
      { id: 'a', leadId: 'b1', effort: fixed(5) },
      { id: 'b', leadId: 'b2', effort: fixed(5), prerequisiteIds: ['a'], deadline: 'trước ngày 14/6/2024' },
    ]);
    expect(taskOf(forecast(tight), 'b')?.onTime).toBe(0);
  });

  it('a triangular effort (0, 10, 20) meets a deadline with its CDF: F(5) = 1/8, F(10) = 1/2', () => {
    const effort = { optimistic: 0, likely: 10, pessimistic: 20 };
    const runs = 4000;
    const atFive = forecast(
      planFrom([{ id: 'a', leadId: 'b1', effort, deadline: 'chậm nhất ngày 7/6/2024' }]),
      { runs, seed: 11 },
    );
    const atTen = forecast(
      planFrom([{ id: 'a', leadId: 'b1', effort, deadline: 'chậm nhất ngày 14/6/2024' }]),
      { runs, seed: 11 },
    );
    // standard error at most sqrt(0.25 / 4000) ≈ 0.008: four of them
    expect(Math.abs((taskOf(atFive, 'a')?.onTime ?? 0) - 0.125)).toBeLessThan(0.03);
    expect(Math.abs((taskOf(atTen, 'a')?.onTime ?? 0) - 0.5)).toBeLessThan(0.03);
    expect(taskOf(atTen, 'a')?.p50).toMatch(/^2024-06-(14|17)$/); // the median is the 10th working day's end: it falls on the 10th or 11th;
  });
});

describe('forecast: determinism, capacity and kinds of task', () => {
  const plan = planFrom([
    { id: 'a', leadId: 'b1', stage: 'drafting' },
    { id: 'b', leadId: 'b2', prerequisiteIds: ['a'], deadline: 'trong tháng 7/2024' },
    { id: 'c', leadId: 'b1', participantIds: ['b3'] },
  ]);

  it('is deterministic per seed, and another seed gives other runs', () => {
    expect(forecast(plan, { seed: 5, runs: 200 })).toEqual(forecast(plan, { seed: 5, runs: 200 }));
    expect(forecast(plan, { seed: 6, runs: 200 }).tasks).not.toEqual(
      forecast(plan, { seed: 5, runs: 200 }).tasks,
    );
  });

  it('runs two tasks of a body with capacity 1 one after the other, and side by side by default', () => {
    const tasks = [
      { id: 'a', leadId: 'b1', effort: fixed(5) },
      { id: 'b', leadId: 'b1', effort: fixed(5) },
    ];
    const bodies = [
      { id: 'b0', name: 'Ban hành' },
      { id: 'b1', name: 'Một việc một lúc', capacity: 1 },
    ];
    const serial = forecast(planFrom(tasks, '2024-06-03', { bodies }));
    expect([taskOf(serial, 'a')?.p50, taskOf(serial, 'b')?.p50]).toEqual(['2024-06-07', '2024-06-14']);
    expect(serial.bodies.find((b) => b.assigneeId === 'b1')?.p50).toBe('2024-06-14');
    expect(serial.criticalChain?.taskIds).toEqual(['a', 'b']);
    const parallel = forecast(planFrom(tasks));
    expect([taskOf(parallel, 'a')?.p50, taskOf(parallel, 'b')?.p50]).toEqual(['2024-06-07', '2024-06-07']);
  });

  it('draws ongoing and recurring duties as bands, and holds an event on its fixed day', () => {
    const f = forecast(
      planFrom(
        [
          { id: 'on', leadId: 'b1', kind: 'ongoing', deadline: 'thực hiện thường xuyên' },
          { id: 'ev', leadId: 'b2', kind: 'event', deadline: 'Từ 14h00, ngày 20/6/2024 (thứ Năm)' },
          { id: 'prep', leadId: 'b3', effort: fixed(20) },
          {
            id: 'late-ev',
            leadId: 'b2',
            kind: 'event',
            prerequisiteIds: ['prep'],
            deadline: 'ngày 20/6/2024',
          },
        ],
        '2024-06-03',
        { validity: { from: null, to: '2024-12-31', phrase: null } },
      ),
    );
    expect(taskOf(f, 'on')).toMatchObject({
      mode: 'band',
      onTime: null,
      band: { from: '2024-06-03', to: '2024-12-31' },
    });
    expect(taskOf(f, 'ev')).toMatchObject({ mode: 'event', p50: '2024-06-20', onTime: 1 });
    expect(taskOf(f, 'late-ev')).toMatchObject({ mode: 'event', p50: '2024-06-28', onTime: 0 });
  });

  it('never finishes a task nobody can do, and cancels in cascade what needs a cancelled result', () => {
    const p = planFrom(
      [
        { id: 'gone', leadId: 'old', effort: fixed(1) },
        { id: 'after', leadId: 'b1', prerequisiteIds: ['gone'], deadline: 'năm 2024' },
        { id: 'x', leadId: 'b2', effort: fixed(1) },
        { id: 'y', leadId: 'b3', prerequisiteIds: ['x'] },
      ],
      '2024-06-03',
      {
        bodies: [
          { id: 'b0', name: 'A' },
          { id: 'b1', name: 'B' },
          { id: 'b2', name: 'C' },
          { id: 'b3', name: 'D' },
          { id: 'old', name: 'Cũ', validTo: '2024-01-01' },
        ],
      },
    );
    const f = forecast(p, { adjustments: { taskDelays: {}, bodyDelays: {}, blocked: [], cancelled: ['x'] } });
    expect(taskOf(f, 'gone')).toMatchObject({ finishes: 0, p50: null });
    expect(taskOf(f, 'after')).toMatchObject({ finishes: 0, onTime: 0 });
    expect(f.bodies.find((b) => b.assigneeId === 'old')?.finishes).toBe(0);
    expect([taskOf(f, 'x')?.mode, taskOf(f, 'y')?.mode]).toEqual(['cancelled', 'cancelled']);
  });

  it('reports progress slice by slice and stops when asked, with the runs done so far', () => {
    const seen: number[] = [];
    const full = forecast(plan, { runs: 200 });
    forecastPlan(
      plan,
      { calendar: weekends, runs: 200 },
      { sliceRuns: 50, onProgress: (done) => seen.push(done) },
    );
    expect(seen).toEqual([50, 100, 150, 200]);
    const controller = new AbortController();
    const part = forecastPlan(
      plan,
      { calendar: weekends, runs: 200 },
      { sliceRuns: 50, onProgress: () => controller.abort(), signal: controller.signal },
    );
    expect(part).toMatchObject({ runs: 50, complete: false });
    let calls = 0;
    const stopped = forecastPlan(
      plan,
      { calendar: weekends, runs: 200 },
      { sliceRuns: 30, shouldStop: () => ++calls > 2 },
    );
    expect(stopped).toMatchObject({ runs: 60, complete: false });
    expect(full.complete).toBe(true);
  });

  it('refuses, in both languages, a plan that names no date to start from', () => {
    const undated = makePlan([{ id: 'a', leadId: 'b1' }], { date: null });
    const result = forecastPlan(undated);
    expect(isRefusal(result) && result.refused.vi).toMatch(/ngày bắt đầu/);
    expect(isRefusal(forecastPlan(undated, { start: '2024-06-03' }))).toBe(false);
  });
});
