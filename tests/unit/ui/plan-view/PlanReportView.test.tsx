// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlan } from '../../../../src/engine/check-plan';
import { LanguageProvider } from '../../../../src/ui/i18n/language';
import { PlanReportView } from '../../../../src/ui/plan-view/PlanReportView';
import { makePlan } from '../../../support/plan-builder';

afterEach(cleanup);

/** Two bodies, each with one task that needs the result of the other's task: neither can ever start. */
function cyclicPlan() {
  return makePlan(
    [
      { id: 't1', leadId: 'b0', prerequisiteIds: ['t2'] },
      { id: 't2', leadId: 'b1', prerequisiteIds: ['t1'] },
    ],
    {},
    2,
  );
}

describe('PlanReportView', () => {
  it('shows both bodies of a dependency cycle as stuck, explaining the cycle', () => {
    render(<PlanReportView report={checkPlan(cyclicPlan())} />);

    const table = screen.getByRole('table', { name: /^Kết quả kiểm chứng cho từng cơ quan/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    for (const name of ['Cơ quan 0', 'Cơ quan 1']) {
      const row = rows.find((r) => within(r).queryByRole('rowheader', { name }) !== null);
      expect(row, `hàng của ${name}`).toBeDefined();
      const cells = within(row as HTMLElement);
      expect(cells.getByRole('img', { name: 'Mắc kẹt' })).toBeTruthy();
      expect(cells.queryByText('Hoàn thành được')).toBeNull();
      expect(row?.textContent).toMatch(/vòng chờ/);
    }
  });

  it('lists the cycle among the errors, with its code', () => {
    render(<PlanReportView report={checkPlan(cyclicPlan())} />);

    const errors = screen.getByRole('region', { name: /Lỗi/ });
    expect(within(errors).getByText('dependency-cycle')).toBeTruthy();
    expect(within(errors).getByText(/Vòng phụ thuộc/)).toBeTruthy();
  });

  it('marks every body of a plan without blockers as able to complete', () => {
    const plan = makePlan(
      [
        { id: 't1', leadId: 'b0' },
        { id: 't2', leadId: 'b1', prerequisiteIds: ['t1'] },
      ],
      {},
      2,
    );
    render(<PlanReportView report={checkPlan(plan)} />);

    expect(screen.getAllByRole('img', { name: 'Hoàn thành được' })).toHaveLength(2);
    expect(screen.queryByRole('img', { name: 'Mắc kẹt' })).toBeNull();
  });
});

describe('PlanReportView in English', () => {
  it('labels the report and words the checker’s explanations in English, names as written', () => {
    render(
      <LanguageProvider language="en">
        <PlanReportView report={checkPlan(cyclicPlan())} />
      </LanguageProvider>,
    );

    expect(screen.getByRole('region', { name: 'Assigned bodies' })).toBeTruthy();
    expect(screen.getAllByRole('img', { name: 'Stuck' })).toHaveLength(2);
    expect(screen.getByRole('region', { name: /Errors/ }).textContent).toMatch(
      /depend on each other in a cycle/,
    );
    expect(document.body.textContent).toMatch(/cannot complete task/);
    expect(document.body.textContent).not.toMatch(/Vòng phụ thuộc|không thể hoàn thành/);
    expect(screen.queryByText('Cơ quan được giao nhiệm vụ')).toBeNull();
  });

  it('shows who approves, where reports go, adoption, the child plan and the caveats of each body', () => {
    const plan = makePlan([
      {
        id: 't1',
        code: 'I.1',
        leadId: 'b1',
        adoptedById: 'b0',
        report: { toId: 'b2', viaId: 'b3', deadline: 'Quý II/2024' },
      },
      { id: 't2', code: 'I.2', leadId: 'b2', mode: 'request', childPlan: true },
    ]);
    render(<PlanReportView report={checkPlan(plan)} />);

    const relations = screen.getByRole('table', { name: /^Ai xác nhận, báo cáo tới đâu/ });
    const row = (code: string) =>
      within(relations)
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('rowheader')?.textContent?.startsWith(code));
    expect(row('I.1')?.textContent).toContain('tới Cơ quan 2 qua Cơ quan 3 (Quý II/2024)');
    expect(within(row('I.1') as HTMLElement).getAllByText('Cơ quan 0')).toHaveLength(2);
    expect(row('I.2')?.textContent).toContain('đề nghị');
    expect(row('I.2')?.textContent).toContain('chờ kế hoạch cụ thể hóa');
    expect(screen.getByRole('img', { name: 'Hoàn thành được, có điều kiện' }).dataset.verdict).toBe(
      'conditional',
    );
    expect(screen.getByText('dựa trên đề nghị, có thể bị từ chối (I.2)')).toBeTruthy();
  });
});
