// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkPlan } from '../../../src/engine/check-plan';
import { ProblemsPanel } from '../../../src/ui/editor/problems/ProblemsPanel';
import { toLiveReport } from '../../../src/ui/editor/verify-protocol';
import { troubledPlan } from './fixtures';

afterEach(cleanup);

function renderPanel(pending = false) {
  const onSelectTask = vi.fn();
  const onSelectBody = vi.fn();
  const report = toLiveReport(checkPlan(troubledPlan()));
  render(
    <ProblemsPanel
      report={report}
      pending={pending}
      onSelectTask={onSelectTask}
      onSelectBody={onSelectBody}
    />,
  );
  return { onSelectTask, onSelectBody };
}

describe('ProblemsPanel', () => {
  it('counts stuck bodies, errors and warnings (III.1 of drafting waits for III.2 of a later stage) in its heading', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Vấn đề: 2 cơ quan mắc kẹt, 1 lỗi, 3 cảnh báo',
    );
  });

  it('shows each verdict in words, stuck bodies first, and selects the body when clicked', () => {
    const { onSelectBody } = renderPanel();
    const verdicts = screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'));
    expect(verdicts).toEqual([
      'Có cơ quan mắc kẹt',
      'Mắc kẹt',
      'Mắc kẹt',
      'Hoàn thành được, có điều kiện',
      'Hoàn thành được',
    ]);

    fireEvent.click(screen.getByRole('button', { name: /^Mắc kẹt Cơ quan 1$/ }));

    expect(onSelectBody).toHaveBeenCalledWith('b1');
  });

  it("lists a stuck body's blocked tasks; clicking one selects that task", () => {
    const { onSelectTask } = renderPanel();
    const reason = screen.getByRole('button', { name: /^«Cơ quan 0» không thể hoàn thành nhiệm vụ III\.1/ });

    fireEvent.click(reason);

    expect(onSelectTask).toHaveBeenCalledWith('t1');
  });

  it('groups findings by severity with their codes; a finding selects its first task, else its body', () => {
    const { onSelectTask, onSelectBody } = renderPanel();
    const errors = screen.getByRole('region', { name: 'Lỗi (1)' });
    const notes = screen.getByRole('region', { name: 'Lưu ý (1)' });

    fireEvent.click(within(errors).getByRole('button', { name: /^Vòng phụ thuộc.* dependency-cycle$/ }));
    fireEvent.click(within(notes).getByRole('button', { name: /\S.* open-group$/ }));

    expect(onSelectTask).toHaveBeenCalledWith('t1', 'prerequisites');
    expect(onSelectBody).toHaveBeenCalledWith('nhom');
    expect(
      within(screen.getByRole('region', { name: 'Cảnh báo (3)' })).getByText('task-no-lead'),
    ).toBeTruthy();
  });

  it('says politely that a check is running', () => {
    renderPanel(true);
    const status = screen.getByText('Đang kiểm chứng…');
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  it('before the first check, says nothing has been checked', () => {
    render(<ProblemsPanel report={null} pending onSelectTask={vi.fn()} onSelectBody={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vấn đề');
    expect(screen.getByText('Đang kiểm chứng…')).toBeTruthy();
  });
});
