import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/engine/check-plan';
import { compilePlanModel } from '../../../src/engine/model';
import { PlanRun } from '../../../src/engine/plan-run';
import { verifyBodies } from '../../../src/engine/verify';
import { makePlan } from '../../support/plan-builder';

function verdicts(plan: ReturnType<typeof makePlan>) {
  return new Map(verifyBodies(compilePlanModel(plan)).map((v) => [v.assigneeId, v]));
}

describe('verifier', () => {
  it('proves completion when dependencies can be met', () => {
    const plan = makePlan([
      { id: 'a', leadId: 'b1' },
      { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
    ]);
    const v = verdicts(plan);
    expect(v.get('b1')?.completes).toBe(true);
    expect(v.get('b2')?.completes).toBe(true);
  });

  it('explains a cycle of waiting, naming both bodies and tasks', () => {
    const plan = makePlan([
      { id: 'a', code: 'III.1', leadId: 'b1', prerequisiteIds: ['b'] },
      { id: 'b', code: 'III.2', leadId: 'b2', prerequisiteIds: ['a'] },
    ]);
    const v = verdicts(plan).get('b1');
    expect(v?.completes).toBe(false);
    const blocked = v?.blocked[0];
    expect(blocked?.cause.kind).toBe('cycle');
    expect(blocked?.message.vi).toBe(
      '«Cơ quan 1» không thể hoàn thành nhiệm vụ III.1 «Nhiệm vụ 1»: vòng chờ lẫn nhau: ' +
        'nhiệm vụ III.1 của «Cơ quan 1» chờ kết quả nhiệm vụ III.2 «Nhiệm vụ 2» của «Cơ quan 2»; ' +
        'nhiệm vụ III.2 của «Cơ quan 2» chờ kết quả nhiệm vụ III.1 «Nhiệm vụ 1» của «Cơ quan 1».',
    );
    expect(blocked?.message.en).toBe(
      '“Cơ quan 1” cannot complete task III.1 “Nhiệm vụ 1”: they wait for each other: ' +
        'task III.1 of “Cơ quan 1” waits for the result of task III.2 “Nhiệm vụ 2” from “Cơ quan 2”; ' +
        'task III.2 of “Cơ quan 2” waits for the result of task III.1 “Nhiệm vụ 1” from “Cơ quan 1”.',
    );
  });

  it('follows a chain to a body that no longer exists', () => {
    const plan = makePlan(
      [
        { id: 'a', code: '1', leadId: 'b1' },
        { id: 'b', code: '2', leadId: 'b2', prerequisiteIds: ['a'] },
      ],
      {
        bodies: [
          { id: 'b0', name: 'Thành ủy' },
          { id: 'b1', name: 'Quận ủy Kiến An', validTo: '2023-12-31' },
          { id: 'b2', name: 'Ban Tuyên giáo' },
        ],
      },
    );
    const v = verdicts(plan);
    expect(v.get('b1')?.blocked[0]?.cause).toMatchObject({ kind: 'inactive', assigneeId: 'b1' });
    const b2 = v.get('b2');
    expect(b2?.completes).toBe(false);
    expect(b2?.blocked[0]?.chain).toHaveLength(1);
    expect(b2?.blocked[0]?.message.vi).toContain('«Quận ủy Kiến An» không còn hiệu lực');
    expect(b2?.blocked[0]?.message.vi).toContain('(chỉ tồn tại đến 31/12/2023) nên không thể bắt đầu.');
    expect(b2?.blocked[0]?.message.en).toContain('“Quận ủy Kiến An” no longer exists');
    expect(b2?.blocked[0]?.message.en).toContain('(it existed only until 31/12/2023), so it cannot start.');
  });

  it('blocks on a prerequisite nobody is assigned to, and on an undefined task', () => {
    const plan = makePlan([
      { id: 'a', leadId: null },
      { id: 'b', leadId: 'b1', prerequisiteIds: ['a'] },
      { id: 'c', leadId: 'b2', prerequisiteIds: ['khong-co'] },
    ]);
    const v = verdicts(plan);
    expect(v.get('b1')?.blocked[0]?.cause).toEqual({ kind: 'no-assignee', taskId: 'a' });
    expect(v.get('b2')?.blocked[0]?.cause).toEqual({ kind: 'undefined-task', taskId: 'khong-co' });
  });

  it('makes a review wait for every report addressed to its lead', () => {
    const plan = makePlan([
      { id: 'r', leadId: 'b0', stage: 'reviewing', collectsReports: true },
      { id: 'x', leadId: 'b1', report: { toId: 'b0' } },
      { id: 'y', leadId: 'b2', report: { toId: 'b0' }, prerequisiteIds: ['r'] },
    ]);
    const v = verdicts(plan);
    expect(v.get('b0')?.completes).toBe(false);
    expect(v.get('b0')?.blocked[0]?.cause.kind).toBe('cycle');
    expect(v.get('b1')?.completes).toBe(true);
  });

  it('gives a witness run that the real machines accept and that leaves the body stuck', () => {
    const plan = makePlan([
      { id: 'a', leadId: 'b1' },
      { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
      { id: 'c', leadId: 'b2', prerequisiteIds: ['d'] },
      { id: 'd', leadId: 'b3', prerequisiteIds: ['c'] },
    ]);
    const { model, witnesses } = checkPlan(plan);
    const witness = witnesses.runOf('b2');
    expect(witness.map((e) => `${e.assigneeId}:${e.type}:${e.taskId}`)).toEqual([
      'b1:START:a',
      'b1:REPORT:a',
      'b1:APPROVE:a',
      'b2:START:b',
      'b2:REPORT:b',
      'b2:APPROVE:b',
    ]);
    const run = new PlanRun(model);
    for (const e of witness)
      expect(run.send(e.assigneeId, { type: e.type, task: e.taskId } as never)).not.toEqual([]);
    expect(run.statuses('b2')).toEqual({ b: 'completed', c: 'notStarted' });
    expect(run.send('b2', { type: 'START', task: 'c' })).toEqual([]);
    run.stop();
  });

  it('reports every body of a plan through checkPlan', () => {
    const report = checkPlan(makePlan([{ id: 'a', leadId: 'b1', participantIds: ['b2'] }]));
    expect(report.bodies.map((b) => b.assigneeId).sort()).toEqual(['b1', 'b2']);
    expect(report.allComplete).toBe(true);
  });
});
