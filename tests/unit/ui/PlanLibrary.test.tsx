// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlans } from '../../../src/ui/checked-plans';
import { PlanLibrary } from '../../../src/ui/PlanLibrary';
import { makePlan } from '../../support/plan-builder';

afterEach(cleanup);

describe('PlanLibrary', () => {
  it('lists each plan with its verdict and each invalid file with its problems', () => {
    const stuck = makePlan(
      [
        { id: 't1', leadId: 'b0', prerequisiteIds: ['t2'] },
        { id: 't2', leadId: 'b1', prerequisiteIds: ['t1'] },
      ],
      { number: { raw: 'Số 5-KH/TU', number: '5', type: 'KH', issuer: 'TU' } },
      2,
    );
    const { checked } = checkPlans([{ file: 'stuck.plan.json', plan: stuck }]);
    const invalid = [
      { file: 'broken.plan.json', problems: [{ path: 'kind', message: 'Giá trị không hợp lệ' }] },
    ];
    render(<PlanLibrary plans={checked} invalid={invalid} navigate={() => {}} />);

    const item = within(screen.getByRole('navigation', { name: 'Danh sách kế hoạch' })).getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Kế hoạch thử' }).getAttribute('href')).toMatch(
      /\?plan=test-plan$/,
    );
    expect(within(item).getByText('Số 5-KH/TU')).toBeTruthy();
    expect(within(item).getByText('02/02/2024')).toBeTruthy();
    expect(within(item).getByRole('img', { name: '2 cơ quan mắc kẹt' })).toBeTruthy();

    const broken = screen.getByRole('region', { name: 'Tệp kế hoạch không hợp lệ' });
    expect(within(broken).getByText('broken.plan.json')).toBeTruthy();
    expect(within(broken).getByText(/Giá trị không hợp lệ/)).toBeTruthy();
  });
});
