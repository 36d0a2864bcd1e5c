import { describe, expect, it } from 'vitest';
import { staticFindings } from '../../../src/engine/check-plan';
import { compilePlanModel } from '../../../src/engine/model';
import { makePlan } from '../../support/plan-builder';

const codes = (plan: ReturnType<typeof makePlan>) =>
  staticFindings(compilePlanModel(plan)).map((f) => f.code);
const review = { id: 'r', leadId: 'b0', stage: 'reviewing' as const };

describe('static findings', () => {
  it('finds nothing to report on a sound plan', () => {
    expect(
      codes(makePlan([{ id: 'a', leadId: 'b1', deadline: 'hoàn thành trong quý I/2024' }, review])),
    ).toEqual([]);
  });

  it('flags a task with no lead and a lead that is an open group', () => {
    const plan = makePlan(
      [{ id: 'a', leadId: null, participantIds: ['b1'] }, { id: 'b', leadId: 'g' }, review],
      {
        groups: [{ id: 'g', name: 'Các quận ủy, huyện ủy', open: true }],
      },
    );
    expect(codes(plan)).toEqual(expect.arrayContaining(['task-no-lead', 'lead-open-group', 'open-group']));
  });

  it('flags references to bodies and tasks that are not defined', () => {
    const plan = makePlan([{ id: 'a', leadId: 'ma', prerequisiteIds: ['khong'] }, review], {
      focalBodyId: 'dau-moi',
    });
    const found = staticFindings(compilePlanModel(plan));
    expect(found.filter((f) => f.code === 'undefined-body').map((f) => f.refs[1])).toEqual(['dau-moi', 'ma']);
    const missing = found.find((f) => f.code === 'undefined-task')?.message;
    expect(missing?.vi).toContain(
      'cần kết quả của nhiệm vụ «khong», nhưng nhiệm vụ này không có trong kế hoạch.',
    );
    expect(missing?.en).toContain('needs the result of task “khong”, but that task is not in the plan.');
    const focal = found.find((f) => f.code === 'undefined-body' && f.refs[1] === 'dau-moi')?.message;
    expect(focal).toEqual({
      vi: 'Cơ quan «dau-moi» (cơ quan đầu mối) không có trong danh mục cơ quan của kế hoạch.',
      en: "The body “dau-moi” (focal body) is not in the plan's directory of bodies.",
    });
    expect(found[0]?.severity).toBe('error');
  });

  it('flags a dependency cycle once, naming its tasks in order', () => {
    const plan = makePlan([
      { id: 'a', code: 'III.1', leadId: 'b1', prerequisiteIds: ['b'] },
      { id: 'b', code: 'III.2', leadId: 'b2', prerequisiteIds: ['a'] },
      { id: 's', code: 'III.3', leadId: 'b2', prerequisiteIds: ['s'] },
      review,
    ]);
    const cycles = staticFindings(compilePlanModel(plan)).filter((f) => f.code === 'dependency-cycle');
    expect(cycles.map((c) => c.refs.sort())).toEqual([['a', 'b'], ['s']]);
    expect(cycles[0]?.message.vi).toMatch(
      /^Vòng phụ thuộc giữa các nhiệm vụ (III\.1 → III\.2 → III\.1|III\.2 → III\.1 → III\.2):/,
    );
    expect(cycles[0]?.message.en).toMatch(
      /^The tasks (III\.1 → III\.2 → III\.1|III\.2 → III\.1 → III\.2) depend on each other/,
    );
  });

  it('flags a task due before its prerequisite, and a deadline outside the plan period', () => {
    const plan = makePlan(
      [
        { id: 'a', leadId: 'b1', deadline: 'hoàn thành trong quý II/2024' },
        { id: 'b', leadId: 'b2', prerequisiteIds: ['a'], deadline: 'Tháng 01/2024' },
        { id: 'c', leadId: 'b2', deadline: 'chậm nhất ngày 14/5/2025' },
        review,
      ],
      { validity: { from: '2024-01-01', to: '2024-12-31' } },
    );
    expect(codes(plan)).toEqual(
      expect.arrayContaining(['due-before-prerequisite', 'deadline-outside-period']),
    );
    expect(codes(plan).filter((c) => c === 'deadline-outside-period')).toHaveLength(1);
  });

  it('flags a plan with no reviewing task', () => {
    expect(codes(makePlan([{ id: 'a', leadId: 'b1' }]))).toEqual(['no-reviewing-task']);
  });

  it('flags a report to a body that takes no part and a recipient for action without a task', () => {
    const plan = makePlan([{ id: 'a', leadId: 'b1', report: { toId: 'b3' } }, review], {
      recipients: [{ name: 'Cơ quan 2', bodyId: 'b2', purpose: 'thuc-hien' }],
    });
    expect(codes(plan)).toEqual(
      expect.arrayContaining(['report-to-nonparticipant', 'recipient-action-without-task']),
    );
  });

  it('flags a body no longer valid at the plan date', () => {
    const plan = makePlan([{ id: 'a', leadId: 'b1' }, review], {
      bodies: [
        { id: 'b0', name: 'Thành ủy' },
        { id: 'b1', name: 'Quận ủy Kiến An', validTo: '2024-01-31' },
      ],
    });
    const f = staticFindings(compilePlanModel(plan)).find((x) => x.code === 'body-not-valid');
    expect(f?.message).toEqual({
      vi: '«Quận ủy Kiến An» được giao nhiệm vụ nhưng chỉ tồn tại đến 31/01/2024, không còn hiệu lực vào ngày 02/02/2024 của kế hoạch.',
      en: "“Quận ủy Kiến An” is assigned tasks but existed only until 31/01/2024: it is not in existence on the plan's date, 02/02/2024.",
    });
  });
});
