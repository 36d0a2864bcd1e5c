import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../../../src/domain/plan';
import type { TaskInput } from '../../../src/domain/task';
import { checkPlan, standingOf } from '../../../src/engine/check-plan';
import { approverOf, compilePlanModel } from '../../../src/engine/model';
import { PlanRun } from '../../../src/engine/plan-run';
import { makePlan } from '../../support/plan-builder';

type Tasks = Array<Partial<TaskInput> & { id: string }>;

function report(tasks: Tasks, extra: Partial<PlanInput> = {}) {
  return checkPlan(makePlan(tasks, extra));
}

function bodies(tasks: Tasks, extra: Partial<PlanInput> = {}) {
  return Object.fromEntries(report(tasks, extra).bodies.map((b) => [b.assigneeId, b]));
}

const causes = (v: { blocked: Array<{ cause: { kind: string } }> } | undefined) =>
  v?.blocked.map((b) => b.cause.kind);

describe('adoption ("tham mưu cho X")', () => {
  it('makes X the approver of the lead, and the lead the approver of participants', () => {
    const model = compilePlanModel(
      makePlan([{ id: 'a', leadId: 'b1', participantIds: ['b2'], adoptedById: 'b3' }]),
    );
    expect(approverOf(model, 'b1', 'a')).toBe('b3');
    expect(approverOf(model, 'b2', 'a')).toBe('b1');
    expect(model.assignees.has('b3')).toBe(false);
  });

  it('refuses an approval from anyone but the approver', () => {
    const run = new PlanRun(compilePlanModel(makePlan([{ id: 'a', leadId: 'b1', adoptedById: 'b3' }])));
    run.send('b1', { type: 'START', task: 'a' });
    run.send('b1', { type: 'REPORT', task: 'a' });
    expect(run.send('b1', { type: 'APPROVE', task: 'a', by: 'b0' })).toEqual([]);
    expect(run.send('b1', { type: 'APPROVE', task: 'a', by: 'b3' })).toEqual(['a']);
  });

  it('blocks the task when X is not defined or is abolished before the task is due, naming the successor', () => {
    const v = bodies(
      [
        { id: 'a', leadId: 'b1', adoptedById: 'khong-co' },
        { id: 'b', leadId: 'b2', adoptedById: 'b3', deadline: 'trước ngày 01/08/2024' },
        { id: 'c', leadId: 'b1', prerequisiteIds: ['b'] },
      ],
      {
        bodies: [
          { id: 'b0', name: 'Thành ủy' },
          { id: 'b1', name: 'Ban A' },
          { id: 'b2', name: 'Ban B' },
          { id: 'b3', name: 'Quận ủy cũ', validTo: '2024-06-30', successorIds: ['b4'] },
          { id: 'b4', name: 'Quận ủy mới' },
        ],
      },
    );
    expect(causes(v.b1)).toEqual(['adopter-unavailable', 'adopter-unavailable']);
    expect(v.b2?.blocked[0]?.message.vi).toBe(
      '«Ban B» không thể hoàn thành nhiệm vụ 2 «Nhiệm vụ 2»: không ai thông qua được nhiệm vụ 2 «Nhiệm vụ 2»: ' +
        '«Quận ủy cũ» đã giải thể từ 01/07/2024 (cơ quan kế thừa: «Quận ủy mới»).',
    );
    expect(v.b2?.blocked[0]?.message.en).toContain(
      '“Quận ủy cũ” is abolished from 01/07/2024 (successor: “Quận ủy mới”)',
    );
  });
});

describe('report obligations', () => {
  const plan = (toValidTo: string | null) =>
    makePlan(
      [
        { id: 'x', leadId: 'b1', report: { toId: 'b2', deadline: 'trước ngày 01/09/2024' } },
        { id: 'r', leadId: 'b2', collectsReports: true, stage: 'reviewing' },
      ],
      {
        bodies: [
          { id: 'b0', name: 'Thành ủy' },
          { id: 'b1', name: 'Ban A' },
          { id: 'b2', name: 'Ban B', validTo: toValidTo },
        ],
      },
    );

  it('is fulfilled by DELIVER after approval, and the collecting review waits for the delivery', () => {
    const run = new PlanRun(compilePlanModel(plan(null)));
    expect(run.send('b1', { type: 'DELIVER', task: 'x' })).toEqual([]);
    for (const type of ['START', 'REPORT', 'APPROVE'] as const) run.send('b1', { type, task: 'x' });
    expect(run.status('b1', 'x')).toBe('approved');
    expect(run.send('b2', { type: 'START', task: 'r' })).toEqual([]);
    expect(run.send('b1', { type: 'DELIVER', task: 'x' })).toEqual(['x']);
    expect(run.send('b2', { type: 'START', task: 'r' })).toEqual(['r']);
  });

  it('is blocked when the receiver cannot act at the report deadline, and so is the review', () => {
    const report = checkPlan(plan('2024-06-30'));
    const v = Object.fromEntries(report.bodies.map((b) => [b.assigneeId, b]));
    expect(v.b1?.blocked[0]?.cause).toMatchObject({
      kind: 'report-receiver-unavailable',
      receiverId: 'b2',
      absence: { why: 'abolished', date: '2024-07-01' },
    });
    expect(report.witnesses.runOf('b1').map((e) => e.type)).toEqual(['START', 'REPORT', 'APPROVE']);
    expect(causes(v.b2)).toEqual(['report-receiver-unavailable']);
  });

  it('is blocked when the receiver is not defined, but not when it is the issuer', () => {
    const v = bodies(
      [
        { id: 'a', leadId: 'b1', report: { toId: 'khong-co' } },
        { id: 'b', leadId: 'b2', report: { toId: 'thanh-uy' } },
      ],
      { issuerIds: ['thanh-uy'] },
    );
    expect(causes(v.b1)).toEqual(['report-receiver-unavailable']);
    expect(v.b2?.completes).toBe(true);
  });
});

describe('requests ("đề nghị")', () => {
  it('may be declined, cancelling in cascade, and give a caveat to everyone needing the result', () => {
    const tasks: Tasks = [
      { id: 'a', leadId: 'b1', mode: 'request' },
      { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
      { id: 'c', leadId: 'b3' },
    ];
    const v = bodies(tasks);
    expect(v.b1?.caveats).toEqual([{ kind: 'request', taskId: 'a' }]);
    expect(v.b2).toMatchObject({ completes: true, caveats: [{ kind: 'request', taskId: 'a' }] });
    expect(v.b3?.caveats).toEqual([]);
    const run = new PlanRun(compilePlanModel(makePlan(tasks)));
    expect(run.send('b3', { type: 'DECLINE', task: 'c' })).toEqual([]);
    expect(run.send('b1', { type: 'DECLINE', task: 'a' })).toEqual(['a', 'b']);
    expect(run.status('b2', 'b')).toBe('cancelled');
    expect(run.actors.get('b1')?.getSnapshot().context.notes.a).toBe('declined');
  });
});

describe('approvers', () => {
  it('is the focal body, else the first issuer; one that cannot act blocks, one not listed is an info finding', () => {
    const tasks: Tasks = [{ id: 'a', leadId: 'b1', deadline: 'trước ngày 01/09/2024' }];
    const focal = compilePlanModel(makePlan(tasks, { focalBodyId: 'b2' }));
    expect(approverOf(focal, 'b1', 'a')).toBe('b2');
    const unlisted = report(tasks, { issuerIds: ['thanh-uy'] });
    expect(unlisted.bodies[0]?.completes).toBe(true);
    expect(unlisted.findings.filter((f) => f.code === 'approver-undefined')).toHaveLength(1);
    const v = bodies(tasks, {
      focalBodyId: 'b2',
      bodies: [
        { id: 'b0', name: 'Thành ủy' },
        { id: 'b1', name: 'Ban A' },
        { id: 'b2', name: 'Văn phòng', validTo: '2024-03-31' },
      ],
    });
    expect(causes(v.b1)).toEqual(['approver-unavailable']);
  });
});

describe('validity over the time window', () => {
  const directory = [
    { id: 'b0', name: 'Thành ủy' },
    { id: 'b1', name: 'Quận ủy cũ', validTo: '2024-06-30', successorIds: ['b3'] },
    { id: 'b2', name: 'Đảng ủy mới', validFrom: '2024-05-01' },
    { id: 'b3', name: 'Quận ủy mới', validFrom: '2024-07-01' },
  ];

  it('lets a body act when it exists when the task is due, and names the day and successor otherwise', () => {
    const v = bodies(
      [
        { id: 'a', leadId: 'b1', deadline: 'trước ngày 01/04/2024' },
        { id: 'b', leadId: 'b1', deadline: 'Quý IV/2024' },
        { id: 'c', leadId: 'b2', deadline: 'trước ngày 01/06/2024' },
        { id: 'd', leadId: 'b3', deadline: 'trước ngày 01/06/2024' },
      ],
      { bodies: directory },
    );
    expect(v.b1?.blocked.map((b) => b.taskId)).toEqual(['b']);
    expect(v.b1?.blocked[0]?.message.vi).toBe(
      '«Quận ủy cũ» không thể hoàn thành nhiệm vụ 2 «Nhiệm vụ 2»: «Quận ủy cũ» không còn hiệu lực: ' +
        'đã giải thể từ 01/07/2024, trước hạn 31/12/2024 (chỉ tồn tại đến 30/06/2024) nên không thể bắt đầu ' +
        '(cơ quan kế thừa: «Quận ủy mới»).',
    );
    expect(v.b2?.completes).toBe(true);
    expect(v.b3?.blocked[0]?.message.vi).toContain(
      '«Quận ủy mới» chỉ thành lập từ 01/07/2024, sau hạn 31/05/2024',
    );
  });

  it('judges ongoing duties up to the end of the plan', () => {
    const v = bodies([{ id: 'a', leadId: 'b1', kind: 'ongoing', deadline: 'Thường xuyên' }], {
      bodies: directory,
      validity: { from: '2024-02-02', to: '2025-12-31' },
    });
    expect(causes(v.b1)).toEqual(['inactive']);
  });
});

describe('groups', () => {
  const groups = [
    { id: 'rong', name: 'Nhóm rỗng', memberIds: [] },
    { id: 'g1', name: 'Nhóm 1', memberIds: ['b1', 'g2'] },
    { id: 'g2', name: 'Nhóm 2', memberIds: ['b2', 'g1', 'b3'] },
    { id: 'g3', name: 'Nhóm 3', memberIds: ['b1', 'khong-co'] },
  ];
  const directory = [
    { id: 'b0', name: 'Thành ủy' },
    { id: 'b1', name: 'Ban A' },
    { id: 'b2', name: 'Ban B' },
    { id: 'b3', name: 'Ban C', validTo: '2023-12-31' },
  ];

  it('finds empty groups, groups containing each other and members no longer valid', () => {
    const r = report(
      [
        { id: 'a', leadId: 'rong' },
        { id: 'b', leadId: 'b1', prerequisiteIds: ['a'] },
        { id: 'c', leadId: 'g1' },
        { id: 'd', leadId: 'g3' },
      ],
      { groups, bodies: directory },
    );
    const codes = r.findings.map((f) => `${f.severity}:${f.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'error:group-empty',
        'error:group-cycle',
        'warning:group-member-not-valid',
        'error:undefined-body',
      ]),
    );
    const v = Object.fromEntries(r.bodies.map((b) => [b.assigneeId, b]));
    expect(v.b1?.blocked[0]?.cause).toEqual({ kind: 'no-assignee', taskId: 'a' });
    expect(Object.keys(v).sort()).toEqual(['b1', 'b2', 'b3']);
    expect(causes(v.b3)).toEqual(['inactive']);
    expect(standingOf(r)).toBe('stuck');
  });

  it('names the undefined member when it leaves a task with no member able to act', () => {
    const v = bodies(
      [
        { id: 'a', leadId: 'g3' },
        { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
      ],
      {
        groups,
        bodies: [
          { id: 'b0', name: 'Thành ủy' },
          { id: 'b1', name: 'Ban A', validTo: '2023-12-31' },
          { id: 'b2', name: 'Ban B' },
          { id: 'b3', name: 'Ban C' },
        ],
      },
    );
    expect(causes(v.b1)).toEqual(['inactive']);
    expect(v.b2?.blocked[0]?.cause).toEqual({ kind: 'undefined-assignee', taskId: 'a', refs: ['khong-co'] });
  });

  it('carries an open group lead as a caveat to every body needing its result', () => {
    const v = bodies(
      [
        { id: 'a', leadId: 'mo' },
        { id: 'b', leadId: 'b1', prerequisiteIds: ['a'] },
        { id: 'c', leadId: 'b2', prerequisiteIds: ['b'] },
      ],
      { groups: [{ id: 'mo', name: 'Các đảng ủy', open: true }] },
    );
    for (const id of ['mo', 'b1', 'b2']) {
      expect(v[id]).toMatchObject({ completes: true, caveats: [{ kind: 'open-group', taskId: 'a' }] });
    }
  });
});

describe('findings and standing', () => {
  it('flags a task waiting for a task of a later stage', () => {
    const r = report([
      { id: 'a', leadId: 'b1', stage: 'reviewing' },
      { id: 'b', leadId: 'b2', stage: 'drafting', prerequisiteIds: ['a'] },
    ]);
    expect(r.findings.find((f) => f.code === 'stage-order')).toMatchObject({
      severity: 'warning',
      refs: ['b', 'a'],
    });
  });

  it('is proven only without a stuck body, an error finding or a caveat', () => {
    const review = { id: 'r', leadId: 'b1', stage: 'reviewing' as const };
    expect(standingOf(report([{ id: 'a', leadId: 'b1' }, review]))).toBe('proven');
    expect(standingOf(report([{ id: 'a', leadId: 'b1', mode: 'request' }, review]))).toBe('conditional');
    expect(standingOf(report([{ id: 'a', leadId: 'b1', participantIds: ['x'] }, review]))).toBe('errors');
  });
});

describe('reasons at scale', () => {
  it('names the root cause by reference, so a chain of 5,000 stuck bodies is explained in linear words', () => {
    const n = 5000;
    const r = checkPlan(
      makePlan(
        Array.from({ length: n }, (_, i) => ({
          id: `t${i}`,
          leadId: `b${i}`,
          prerequisiteIds: i === 0 ? ['khong-co'] : [`t${i - 1}`],
        })),
        {},
        n,
      ),
    );
    expect(r.bodies.every((b) => !b.completes)).toBe(true);
    const last = r.bodies[n - 1]?.blocked[0];
    expect(last?.cause).toBe(r.bodies[1]?.blocked[0]?.cause);
    expect(last?.message.vi).toContain('… (còn 4998 bước chờ nữa);');
    const size = r.bodies.reduce((s, b) => s + b.blocked.reduce((t, x) => t + x.message.vi.length, 0), 0);
    expect(size).toBeLessThan(n * 400);
  });
});
