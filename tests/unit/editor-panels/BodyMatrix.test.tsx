// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkPlan } from '../../../src/engine/check-plan';
import { BodyMatrix } from '../../../src/ui/editor/matrix/BodyMatrix';
import { toLiveReport } from '../../../src/ui/editor/verify-protocol';
import { makePlan } from '../../support/plan-builder';
import { troubledPlan } from './fixtures';

afterEach(cleanup);

function rowOf(name: string): HTMLElement {
  return screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr') as HTMLElement;
}

describe('BodyMatrix', () => {
  it('has one column per stage and one row per body or group, sorted the Vietnamese way', () => {
    const plan = makePlan([], {
      bodies: [
        { id: 'uy-ban', name: 'Ủy ban nhân dân' },
        { id: 'dang-uy', name: 'Đảng ủy phường' },
        { id: 'ban-dan-van', name: 'Ban Dân vận' },
      ],
      groups: [{ id: 'chi-bo', name: 'Các chi bộ', memberIds: [] }],
      issuerIds: ['dang-uy'],
    });
    render(<BodyMatrix plan={plan} report={null} onSelectTask={vi.fn()} />);

    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual([
      'Cơ quan, nhóm',
      'Xây dựng kế hoạch',
      'Quán triệt, tuyên truyền',
      'Nghiên cứu, học tập',
      'Triển khai thực hiện',
      'Kiểm tra, sơ kết, tổng kết',
    ]);
    const rows = screen
      .getAllByRole('rowheader')
      .map((h) => h.querySelector('.body-matrix__name')?.textContent);
    expect(rows).toEqual(['Ban Dân vận', 'Các chi bộ', 'Đảng ủy phường', 'Ủy ban nhân dân']);
  });

  it("lists each body's tasks in their stage's cell, marked lead or participant", () => {
    render(<BodyMatrix plan={troubledPlan()} report={null} onSelectTask={vi.fn()} />);
    const cells = within(rowOf('Cơ quan 0')).getAllByRole('cell');

    expect(cells.map((c) => c.textContent)).toEqual([
      'III.1 Nhiệm vụ 1 (chủ trì)',
      '',
      '',
      'III.3 Nhiệm vụ 3 (phối hợp)',
      '',
    ]);
    expect(within(rowOf('Các quận ủy')).getAllByRole('cell')[4]?.textContent).toBe(
      'IV.1 Nhiệm vụ 4 (chủ trì)',
    );
  });

  it("shows each body's verdict in its row header, in words", () => {
    const plan = troubledPlan();
    render(<BodyMatrix plan={plan} report={toLiveReport(checkPlan(plan))} onSelectTask={vi.fn()} />);

    expect(within(rowOf('Cơ quan 0')).getByRole('img').getAttribute('aria-label')).toBe('Mắc kẹt');
    expect(within(rowOf('Cơ quan 2')).getByRole('img').getAttribute('aria-label')).toBe('Hoàn thành được');
  });

  it('selects a task when its entry is clicked', () => {
    const onSelectTask = vi.fn();
    render(<BodyMatrix plan={troubledPlan()} report={null} onSelectTask={onSelectTask} />);

    fireEvent.click(within(rowOf('Cơ quan 2')).getByRole('button', { name: /III\.3/ }));

    expect(onSelectTask).toHaveBeenCalledWith('t3');
  });
});
