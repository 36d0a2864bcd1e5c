import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlanModel } from '../../../src/engine/model';
import { runOracle } from '../../../src/engine/oracle';
import { verifyBodies } from '../../../src/engine/verify';
import { makePlan } from '../../support/plan-builder';
import { smallPlan } from './small-plan.arbitrary';

describe('verifier against the oracle (full product of the compiled machines)', () => {
  it('gives the same per-body verdict on every small plan', () => {
    fc.assert(
      fc.property(smallPlan, (plan) => {
        const model = compilePlanModel(plan);
        const oracle = runOracle(model);
        const verdicts = new Map(verifyBodies(model).map((v) => [v.assigneeId, v.completes]));
        expect(verdicts).toEqual(oracle.verdicts);
      }),
      { numRuns: 150 },
    );
  }, 300_000);
});

describe('the oracle itself', () => {
  it('explores every status of every assignment and every interleaving', () => {
    expect(runOracle(compilePlanModel(makePlan([{ id: 'a', leadId: 'b1' }]))).states).toBe(6);
    const two = makePlan([
      { id: 'a', leadId: 'b1' },
      { id: 'b', leadId: 'b2' },
    ]);
    expect(runOracle(compilePlanModel(two)).states).toBe(36);
  });

  it('finds a body stuck behind a cycle and a free body completing', () => {
    const plan = makePlan([
      { id: 'a', leadId: 'b1', prerequisiteIds: ['b'] },
      { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
      { id: 'c', leadId: 'b3' },
    ]);
    const { verdicts } = runOracle(compilePlanModel(plan));
    expect(Object.fromEntries(verdicts)).toEqual({ b1: false, b2: false, b3: true });
  });
});
