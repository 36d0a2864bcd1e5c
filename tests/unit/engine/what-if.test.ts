import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../../src/domain/working-days';
import { forecastPlan, isRefusal } from '../../../src/engine/forecast';
import type { Forecast } from '../../../src/engine/forecast-types';
import { compilePlanModel } from '../../../src/engine/model';
import { verifyBodies } from '../../../src/engine/verify';
import {
  applyWhatIf,
  delayBody,
  delayTask,
  removeBody,
  replaceBody,
  scenarioOf,
  verdictPlan,
  type Scenario,
  type WhatIf,
} from '../../../src/engine/what-if';
import { compareWhatIf } from '../../../src/engine/what-if-compare';
import { fixed, planFrom } from '../../support/forecast-plans';

const calendar = makeCalendar();

const plan = planFrom(
  [
    { id: 'a', leadId: 'b1', effort: fixed(5), deadline: 'chậm nhất ngày 7/6/2024' },
    { id: 'b', leadId: 'b2', participantIds: ['b1'], prerequisiteIds: ['a'], deadline: 'trong tháng 7/2024' },
    { id: 'c', leadId: 'b3', report: { toId: 'b0', viaId: 'b1' }, effort: fixed(3) },
    { id: 'r', leadId: 'b0', stage: 'reviewing', collectsReports: true },
  ],
  '2024-06-03',
  { groups: [{ id: 'g', name: 'Nhóm', memberIds: ['b1', 'b2'] }] },
);

function run(scenario: Scenario): Forecast {
  const f = forecastPlan(scenario.plan, { calendar, runs: 100, adjustments: scenario.adjustments });
  if (isRefusal(f)) throw new Error(f.refused.en);
  return f;
}

const p50 = (f: Forecast, id: string) => f.tasks.find((t) => t.taskId === id)?.p50;

describe('what-if', () => {
  it('delays a task by calendar days from when it could start, and a body by months from the plan start', () => {
    expect(p50(run(delayTask(scenarioOf(plan), 'a', { by: 5, unit: 'days' })), 'a')).toBe('2024-06-14');
    expect(p50(run(delayTask(scenarioOf(plan), 'a', { until: '2024-06-10' })), 'a')).toBe('2024-06-14');
    const late = run(delayBody(scenarioOf(plan), 'b1', { by: 1, unit: 'months' }));
    expect(p50(late, 'a')).toBe('2024-07-09');
    expect(late.likelyLate).toContain('a');
  });

  it('replaces a body by its successor everywhere, adding it to the plan', () => {
    const successor = { ...plan.bodies[1]!, id: 'b9', name: 'Cơ quan sau hợp nhất' };
    const { plan: next } = replaceBody(scenarioOf(plan), 'b1', successor);
    expect(next.tasks.map((t) => [t.leadId, t.participantIds])).toEqual([
      ['b9', []],
      ['b2', ['b9']],
      ['b3', []],
      ['b0', []],
    ]);
    expect(next.tasks[2]?.report).toEqual({ toId: 'b0', viaId: 'b9', deadline: null });
    expect(next.groups[0]?.memberIds).toEqual(['b9', 'b2']);
    expect(next.bodies.map((b) => b.id)).toContain('b9');
    expect(next.tasks[3]).toBe(plan.tasks[3]);
  });

  it('removes a body from every assignment, and the verdicts show who can no longer complete', () => {
    const scenario = removeBody(scenarioOf(plan), 'b1');
    expect(scenario.plan.bodies.map((b) => b.id)).not.toContain('b1');
    expect(scenario.plan.tasks[0]?.leadId).toBeNull();
    const before = verifyBodies(compilePlanModel(plan));
    const after = verifyBodies(compilePlanModel(verdictPlan(scenario)));
    const comparison = compareWhatIf(run(scenarioOf(plan)), run(scenario), { before, after });
    expect(comparison.verdicts).toContainEqual({ assigneeId: 'b2', before: true, after: false });
    expect(comparison.verdicts).toContainEqual({ assigneeId: 'b1', before: true, after: null });
    expect(comparison.tasks.find((t) => t.taskId === 'a')?.after?.finishes).toBe(0);
  });

  it('cancels a task and those needing its result; blocks one so that its dependents wait forever', () => {
    const cancelled = applyWhatIf(scenarioOf(plan), { kind: 'cancel-task', taskId: 'a' });
    expect(verdictPlan(cancelled).tasks.map((t) => t.id)).toEqual(['c', 'r']);
    expect(run(cancelled).tasks.map((t) => t.mode)).toEqual(['cancelled', 'cancelled', 'work', 'work']);
    const blocked = run(applyWhatIf(scenarioOf(plan), { kind: 'block-task', taskId: 'a' }));
    expect(blocked.tasks.slice(0, 2).map((t) => t.finishes)).toEqual([0, 0]);
    expect(blocked.likelyLate).toEqual(['a', 'b']);
  });

  it('lists nothing when nothing changed: each task keeps its draws in both forecasts', () => {
    const effortOfC = applyWhatIf(scenarioOf(plan), { kind: 'change-effort', taskId: 'c', effort: fixed(4) });
    const comparison = compareWhatIf(run(scenarioOf(plan)), run(effortOfC));
    expect(comparison.tasks.map((t) => t.taskId)).toEqual(['c', 'r']);
    expect(comparison.tasks[0]?.p50Days).toBe(1);
    expect(compareWhatIf(run(scenarioOf(plan)), run(scenarioOf(plan)))).toMatchObject({
      tasks: [],
      bodies: [],
      verdicts: [],
      endP50Days: 0,
      criticalChainChanged: false,
    });
  });
});

const ids = fc.constantFrom('a', 'b', 'c', 'r', 'zz');
const bodyIds = fc.constantFrom('b0', 'b1', 'b2', 'b3', 'b9');
const delay = fc.oneof(
  fc.record({
    by: fc.integer({ min: 0, max: 90 }),
    unit: fc.constantFrom('days' as const, 'months' as const),
  }),
  fc.constant({ until: '2024-09-01' }),
);
const change: fc.Arbitrary<WhatIf> = fc.oneof(
  fc.record({ kind: fc.constant('delay-task' as const), taskId: ids, delay }),
  fc.record({ kind: fc.constant('delay-body' as const), bodyId: bodyIds, delay }),
  fc.record({ kind: fc.constant('remove-body' as const), bodyId: bodyIds }),
  fc.record({ kind: fc.constant('replace-body' as const), bodyId: bodyIds, by: bodyIds }),
  fc.record({ kind: fc.constant('block-task' as const), taskId: ids }),
  fc.record({ kind: fc.constant('cancel-task' as const), taskId: ids }),
  fc.record({ kind: fc.constant('change-effort' as const), taskId: ids, effort: fc.constant(fixed(2)) }),
);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('what-if functions leave their input untouched', () => {
  it('for any sequence of changes, every scenario along the way stays as it was', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 6 }), (changes) => {
        let scenario = deepFreeze(scenarioOf(structuredClone(plan)));
        const snapshots: [Scenario, Scenario][] = [];
        for (const c of changes) {
          snapshots.push([scenario, structuredClone(scenario)]);
          scenario = deepFreeze(applyWhatIf(scenario, c));
        }
        for (const [kept, copy] of snapshots) expect(kept).toEqual(copy);
        expect(plan.tasks.map((t) => t.leadId)).toEqual(['b1', 'b2', 'b3', 'b0']);
      }),
      { numRuns: 200 },
    );
  });
});
