import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlanModel } from '../../../src/engine/model';
import { runOracle } from '../../../src/engine/oracle';
import { verifyBodies } from '../../../src/engine/verify';
import { makePlan } from '../../support/plan-builder';

/** Random small plans: up to 4 bodies, random dependencies (cycles too), missing leads, dead bodies. */
const smallPlan = fc
  .record({
    bodyCount: fc.integer({ min: 1, max: 4 }),
    inactive: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    openGroup: fc.boolean(),
    tasks: fc.array(
      fc.record({
        lead: fc.oneof(
          { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }).map((i) => `b${i}`) },
          { weight: 1, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constant('nhom') },
          { weight: 1, arbitrary: fc.constant('khong-co') },
        ),
        participant: fc.option(
          fc.integer({ min: 0, max: 3 }).map((i) => `b${i}`),
          { freq: 3 },
        ),
        prerequisites: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }),
        collectsReports: fc.boolean(),
        reportTo: fc.option(
          fc.integer({ min: 0, max: 3 }).map((i) => `b${i}`),
          { freq: 2 },
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ bodyCount, inactive, openGroup, tasks }) => {
    const known = (id: string | null) =>
      id === null || id === 'khong-co' || id === 'nhom' || Number(id.slice(1)) < bodyCount ? id : 'b0';
    return makePlan(
      tasks.map((t, i) => ({
        id: `t${i}`,
        leadId: known(t.lead),
        participantIds: t.participant ? [known(t.participant) as string] : [],
        prerequisiteIds: t.prerequisites.map((p) => (p < tasks.length ? `t${p}` : 'tx')),
        collectsReports: t.collectsReports,
        report: t.reportTo ? { toId: known(t.reportTo) as string } : null,
      })),
      {
        bodies: Array.from({ length: bodyCount }, (_, i) => ({
          id: `b${i}`,
          name: `Cơ quan ${i}`,
          validTo: inactive[i] && i > 0 ? '2023-12-31' : null,
        })),
        groups: [
          { id: 'nhom', name: 'Các đảng ủy trực thuộc', open: openGroup, memberIds: openGroup ? [] : ['b0'] },
        ],
      },
      bodyCount,
    );
  })
  .filter((plan) => {
    const model = compilePlanModel(plan);
    const assignments = [...model.assignees.values()].reduce((n, a) => n + a.taskIds.length, 0);
    return assignments <= 5;
  });

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
