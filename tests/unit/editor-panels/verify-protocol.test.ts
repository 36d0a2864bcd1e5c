import { describe, expect, it } from 'vitest';
import { answerVerifyRequest, isCurrentResponse } from '../../../src/ui/editor/verify-protocol';
import { makePlan } from '../../support/plan-builder';
import { troubledPlan } from './fixtures';

describe('the verify worker protocol', () => {
  it('answers with the request’s sequence number and a report made of plain data', () => {
    const response = answerVerifyRequest({ seq: 7, plan: troubledPlan() });

    expect(response.seq).toBe(7);
    expect(structuredClone(response)).toEqual(response);
    expect(JSON.parse(JSON.stringify(response))).toEqual(response);
    expect('model' in response.report).toBe(false);
    expect(response.report.allComplete).toBe(false);
    expect(response.report.bodies.filter((b) => !b.completes).map((b) => b.assigneeId)).toEqual(['b0', 'b1']);
  });

  it('sorts each finding’s refs into tasks and bodies', () => {
    const { report } = answerVerifyRequest({ seq: 1, plan: troubledPlan() });
    const byCode = new Map(report.findings.map((f) => [f.code, f]));

    expect(byCode.get('lead-open-group')).toMatchObject({ taskIds: ['t4'], bodyIds: ['nhom'] });
    expect(byCode.get('open-group')).toMatchObject({ taskIds: [], bodyIds: ['nhom'] });
    expect(byCode.get('dependency-cycle')).toMatchObject({ taskIds: ['t1', 't2'], bodyIds: [] });
  });

  it('looks up the child plans a plan links among the library’s plans it was sent', () => {
    const child = { ...makePlan([{ id: 'x', leadId: 'b1' }]), id: 'con', title: 'Kế hoạch con' };
    const plan = makePlan([{ id: 'c', leadId: 'b1', childPlan: true, childPlanId: 'con' }]);
    const codes = (plans?: ReadonlyMap<string, typeof plan>) =>
      answerVerifyRequest({ seq: 1, plan, ...(plans ? { plans } : {}) }).report.findings.map((f) => f.code);

    expect(codes()).toContain('child-plan-missing');
    expect(codes(new Map([['con', child]]))).not.toContain('child-plan-missing');
    const response = answerVerifyRequest({ seq: 1, plan, plans: new Map([['con', child]]) });
    expect(response.report.allComplete).toBe(true);
  });

  it('keeps only the answer to the newest request', () => {
    const plan = troubledPlan();
    expect(isCurrentResponse(answerVerifyRequest({ seq: 3, plan }), 3)).toBe(true);
    expect(isCurrentResponse(answerVerifyRequest({ seq: 2, plan }), 3)).toBe(false);
  });
});
