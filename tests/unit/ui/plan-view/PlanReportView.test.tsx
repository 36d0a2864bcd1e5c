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

    const table = screen.getByRole('table');
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
});
