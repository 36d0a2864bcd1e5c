import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../../src/domain/plan';
import { checkPlan } from '../../../src/engine/check-plan';
import { depthRanks } from '../../../src/ui/editor/layout';
import { chainPlan } from '../../../scripts/national-shapes';

/** No recursion over plan-sized structures: each of these overflows the stack if any walk recurses. */
describe('plans far deeper than the call stack', () => {
  it('verifies and explains a stuck chain of 100,000 tasks, each body naming the one root cause', () => {
    const plan = chainPlan(100_000, true);
    const report = checkPlan(plan);
    expect(report.bodies).toHaveLength(100_000);
    expect(report.bodies.every((b) => !b.completes)).toBe(true);
    const root = report.bodies[0]?.blocked[0]?.cause;
    expect(root?.kind).toBe('inactive');
    const last = report.bodies[99_999]?.blocked[0];
    expect(last?.cause).toBe(root);
    expect(last?.message.en).toContain('99998 more steps');
  }, 120_000);

  it('verifies a chain of 100,000 tasks that completes, and lays it out in 100,000 layers', () => {
    const plan = chainPlan(100_000, false);
    expect(checkPlan(plan).allComplete).toBe(true);
    expect(depthRanks(plan.tasks).get('t-99999')?.rank).toBe(99_999);
  }, 120_000);

  it('gives the witness of a stuck body whose review collects the reports of 200,000 tasks', () => {
    const reports = 200_000;
    const plan = PlanSchema.parse({
      id: 'thu-bao-cao',
      kind: 'ke-hoach',
      format: 'party',
      title: 'Một kiểm điểm thu 200.000 báo cáo',
      issuerIds: ['r'],
      date: '2024-01-15',
      bodies: [
        { id: 'r', name: 'Cơ quan tổng hợp' },
        { id: 'b', name: 'Cơ quan báo cáo' },
        { id: 'gone', name: 'Cơ quan đã giải thể', validTo: '2023-12-31' },
      ],
      tasks: [
        ...Array.from({ length: reports }, (_, i) => ({
          id: `bc-${i}`,
          code: `${i + 1}`,
          title: `Báo cáo ${i + 1}`,
          stage: 'implementing',
          leadId: 'b',
          report: { toId: 'r' },
        })),
        { id: 'kd', code: 'KĐ', title: 'Kiểm điểm', stage: 'reviewing', leadId: 'r', collectsReports: true },
        { id: 'z', code: 'Z', title: 'Việc bỏ dở', stage: 'reviewing', leadId: 'gone' },
        {
          id: 'x',
          code: 'X',
          title: 'Chờ việc bỏ dở',
          stage: 'reviewing',
          leadId: 'r',
          prerequisiteIds: ['z'],
        },
      ],
    });
    const report = checkPlan(plan);
    expect(report.bodies.find((b) => b.assigneeId === 'r')?.completes).toBe(false);
    // every report delivered (four steps each), then the review carried out
    expect(report.witnesses.runOf('r')).toHaveLength(4 * reports + 3);
    expect(report.witnesses.partsOf('r').after).toHaveLength(reports);
  }, 120_000);

  it('expands 100,000 nested groups to the body inside them', () => {
    const depth = 100_000;
    const plan = PlanSchema.parse({
      id: 'long-nest',
      kind: 'ke-hoach',
      format: 'party',
      title: 'Nhóm lồng nhau',
      issuerIds: ['cq'],
      date: '2024-01-15',
      bodies: [{ id: 'cq', name: 'Cơ quan' }],
      groups: Array.from({ length: depth }, (_, i) => ({
        id: `g-${i}`,
        name: `Nhóm ${i}`,
        memberIds: [i + 1 < depth ? `g-${i + 1}` : 'cq'],
      })),
      tasks: [{ id: 't', code: '1', title: 'Việc', stage: 'implementing', leadId: 'g-0' }],
    });
    const report = checkPlan(plan);
    expect(report.bodies.map((b) => b.assigneeId)).toEqual(['cq']);
    expect(report.allComplete).toBe(true);
  }, 120_000);
});
