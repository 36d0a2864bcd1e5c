import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlanModel } from '../../../src/engine/model';
import { simulate } from '../../../src/engine/simulate';
import { verifyBodies } from '../../../src/engine/verify';
import { makePlan } from '../../support/plan-builder';

const chain = makePlan([
  { id: 'a', leadId: 'b1', stage: 'drafting' },
  { id: 'b', leadId: 'b2', participantIds: ['b3'], prerequisiteIds: ['a'], stage: 'disseminating' },
  { id: 'c', leadId: 'b0', stage: 'reviewing', collectsReports: true },
  { id: 'd', leadId: 'b3', report: { toId: 'b0' }, stage: 'implementing' },
]);

describe('simulation', () => {
  it('is reproducible: the same seed gives the same trace', () => {
    const model = compilePlanModel(chain);
    const one = simulate(model, { seed: 7 });
    const two = simulate(model, { seed: 7 });
    expect(two).toEqual(one);
    expect(simulate(model, { seed: 8 }).trace).not.toEqual(one.trace);
  });

  it('runs every body to completion on a sound plan, with dates from the plan and the plan completed', () => {
    const result = simulate(compilePlanModel(chain), { seed: 3 });
    expect(result.stuck).toEqual([]);
    expect(result.completed.map((c) => c.assigneeId).sort()).toEqual(['b0', 'b1', 'b2', 'b3']);
    expect(result.planStage).toBe('completed');
    expect(result.trace[0]?.date).toBe('2024-02-02');
    const first = result.trace.findIndex((e) => e.taskId === 'b' && e.event === 'START');
    const aDone = result.trace.findIndex((e) => e.taskId === 'a' && e.event === 'APPROVE');
    expect(aDone).toBeLessThan(first);
    for (let i = 1; i < result.trace.length; i++) {
      expect(result.trace[i]!.date >= result.trace[i - 1]!.date).toBe(true);
    }
  });

  it('reports stuck bodies and where they wait', () => {
    const plan = makePlan([
      { id: 'a', leadId: 'b1', prerequisiteIds: ['b'] },
      { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
      { id: 'c', leadId: 'b3' },
    ]);
    const result = simulate(compilePlanModel(plan), { seed: 1 });
    expect(result.stuck).toEqual([
      { assigneeId: 'b1', waiting: [{ taskId: 'a', status: 'notStarted' }] },
      { assigneeId: 'b2', waiting: [{ taskId: 'b', status: 'notStarted' }] },
    ]);
    expect(result.planStage).toBe('implementing');
  });

  it('records cascade cancellations in the trace when the assigner cancels', () => {
    const plan = makePlan([
      { id: 'a', leadId: 'b1' },
      { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
    ]);
    const model = compilePlanModel(plan);
    const cascades = [1, 2, 3, 4, 5, 6]
      .map((seed) => simulate(model, { seed, cancelRate: 1 }))
      .filter((r) => r.trace[0]?.taskId === 'a');
    expect(cascades.length).toBeGreaterThan(0);
    for (const result of cascades) {
      expect(result.trace).toHaveLength(1);
      expect(result.trace[0]?.states).toEqual({ b1: { a: 'cancelled' }, b2: { b: 'cancelled' } });
    }
  });

  it('agrees with the verifier: without cancellations, exactly the bodies it proves complete do complete', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lead: fc.integer({ min: 0, max: 5 }),
            deps: fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 2 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer(),
        (tasks, seed) => {
          const plan = makePlan(
            tasks.map((t, i) => ({
              id: `t${i}`,
              leadId: `b${t.lead}`,
              prerequisiteIds: t.deps.filter((d) => d < tasks.length).map((d) => `t${d}`),
            })),
            {},
            6,
          );
          const model = compilePlanModel(plan);
          const result = simulate(model, { seed });
          const stuck = new Set(result.stuck.map((s) => s.assigneeId));
          for (const v of verifyBodies(model)) expect(stuck.has(v.assigneeId)).toBe(!v.completes);
        },
      ),
      { numRuns: 200 },
    );
  });
});
