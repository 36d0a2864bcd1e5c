import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import { checkPlan } from '../../../src/engine/check-plan';
import { compilePlanModel, type ChildLink } from '../../../src/engine/model';
import { runOracle } from '../../../src/engine/oracle';
import { verifyBodies } from '../../../src/engine/verify';
import { makePlan } from '../../support/plan-builder';
import { smallPlan } from './small-plan.arbitrary';

/** A parent plan whose task `c` is fulfilled by the plan `childId`, and whose task `d` needs `c`. */
function parent(id: string, childId: string | null): Plan {
  return {
    ...makePlan([
      { id: 'c', leadId: 'b1', childPlan: true, childPlanId: childId },
      { id: 'd', leadId: 'b2', prerequisiteIds: ['c'] },
    ]),
    id,
    title: `Kế hoạch ${id}`,
  };
}

const stuckChild: Plan = {
  ...makePlan([{ id: 'x', leadId: 'b1', prerequisiteIds: ['x'] }]),
  id: 'con',
  title: 'Kế hoạch con',
};

const verdictsOf = (plan: Plan, plans: Plan[] = []) =>
  Object.fromEntries(
    checkPlan(plan, { plans: new Map(plans.map((p) => [p.id, p])) }).bodies.map((b) => [b.assigneeId, b]),
  );

describe('child plans', () => {
  it('waits for a child plan not yet linked: a caveat on the task and on everyone needing it, not a block', () => {
    const v = verdictsOf(parent('cha', null));
    expect(v.b1?.completes).toBe(true);
    expect(v.b1?.caveats).toEqual([{ kind: 'child-plan-unlinked', taskId: 'c' }]);
    expect(v.b2?.caveats).toEqual([{ kind: 'child-plan-unlinked', taskId: 'c' }]);
  });

  it('treats a linked plan that cannot be found as unlinked, with a warning', () => {
    const report = checkPlan(parent('cha', 'khong-co'));
    expect(report.bodies.every((b) => b.completes)).toBe(true);
    expect(report.bodies[0]?.caveats[0]?.kind).toBe('child-plan-unlinked');
    expect(report.findings.find((f) => f.code === 'child-plan-missing')).toMatchObject({
      severity: 'warning',
      refs: ['c', 'khong-co'],
    });
  });

  it('blocks the task, and everyone needing it, when a body of the child plan cannot complete', () => {
    const v = verdictsOf(parent('cha', 'con'), [stuckChild]);
    expect(v.b1?.blocked[0]?.cause).toMatchObject({ kind: 'child-plan-stuck', childPlanId: 'con', stuck: 1 });
    expect(v.b1?.blocked[0]?.message.vi).toContain('được cụ thể hóa bằng kế hoạch «Kế hoạch con»');
    expect(v.b2?.blocked[0]?.cause.kind).toBe('child-plan-stuck');
    expect(v.b2?.blocked[0]?.chain).toHaveLength(1);
  });

  it('goes down any number of levels without recursion, the deepest plan first', () => {
    const depth = 3000;
    const plans = Array.from({ length: depth }, (_, i) =>
      parent(`p${i}`, i + 1 < depth ? `p${i + 1}` : 'con'),
    );
    const v = verdictsOf(plans[0] as Plan, [...plans, stuckChild]);
    expect(v.b1?.blocked[0]?.cause).toMatchObject({ kind: 'child-plan-stuck', childPlanId: 'p1', stuck: 2 });
    const fine = verdictsOf(plans[0] as Plan, [...plans, { ...stuckChild, tasks: [] }]);
    expect(fine.b1?.completes).toBe(true);
  });

  it('finds a cycle of child links: an error, and the tasks on it cannot complete', () => {
    const a = parent('a', 'b');
    const b = parent('b', 'a');
    const report = checkPlan(a, { plans: new Map([['b', b]]) });
    expect(report.findings.find((f) => f.code === 'child-plan-cycle')?.severity).toBe('error');
    expect(report.bodies.find((x) => x.assigneeId === 'b1')?.blocked[0]?.cause).toMatchObject({
      kind: 'child-plan-stuck',
      onCycle: true,
    });
  });

  it('gives the parent the verdict of verifying the child first, for every small child and parent', () => {
    fc.assert(
      fc.property(smallPlan, smallPlan, fc.nat(3), (child0, parent0, at) => {
        const child = { ...child0, id: 'con', title: 'Kế hoạch con' };
        const task = parent0.tasks[at % parent0.tasks.length] as Plan['tasks'][number];
        const linked: Plan = {
          ...parent0,
          tasks: parent0.tasks.map((t) => (t === task ? { ...t, childPlan: true, childPlanId: 'con' } : t)),
        };
        const stuck = checkPlan(child).bodies.filter((b) => !b.completes).length;
        const link: ChildLink =
          stuck > 0
            ? { status: 'stuck', planId: 'con', title: child.title, stuck }
            : { status: 'complete', planId: 'con', title: child.title };
        const expected = compilePlanModel(linked, new Map([[task.id, link]]));
        const byChildFirst = new Map(verifyBodies(expected).map((b) => [b.assigneeId, b.completes]));
        const byCheck = checkPlan(linked, { plans: new Map([['con', child]]) });
        expect(new Map(byCheck.bodies.map((b) => [b.assigneeId, b.completes]))).toEqual(byChildFirst);
        expect(runOracle(expected).verdicts).toEqual(byChildFirst);
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});
