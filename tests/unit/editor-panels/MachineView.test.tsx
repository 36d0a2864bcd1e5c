// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MachineView } from '../../../src/ui/editor/machine/MachineView';
import { troubledPlan } from './fixtures';

afterEach(cleanup);

describe('MachineView', () => {
  it('lists one machine per assigned body, sorted by name', () => {
    render(<MachineView plan={troubledPlan()} />);

    expect(screen.getByRole('heading', { name: 'Máy của từng cơ quan (4)' })).toBeTruthy();
    const bodies = screen.getAllByRole('button').map((b) => b.textContent);
    expect(bodies).toEqual(['Các quận ủy nhóm mở', 'Cơ quan 0', 'Cơ quan 1', 'Cơ quan 2']);
  });

  it("shows the picked body's regions, states, events and guards in words, with the task codes", () => {
    render(<MachineView plan={troubledPlan()} />);

    fireEvent.click(screen.getByRole('button', { name: 'Cơ quan 0' }));

    const machine = screen.getByRole('region', { name: 'Cơ quan 0' });
    expect(within(machine).getByText('Vùng của nhiệm vụ III.1: Nhiệm vụ 1')).toBeTruthy();
    expect(within(machine).getByText('Vùng của nhiệm vụ III.3: Nhiệm vụ 3')).toBeTruthy();
    expect(
      within(machine).getByText('nhiệm vụ III.1 bắt đầu được (các việc cần trước đã xong)'),
    ).toBeTruthy();
    expect(within(machine).getByText('một việc cần trước của nhiệm vụ III.3 đã bị hủy')).toBeTruthy();
    expect(within(machine).getAllByText('ghi nhận tiến độ của các cơ quan khác')).toHaveLength(1);
    expect(within(machine).getAllByText('Chưa thực hiện').length).toBeGreaterThan(0);
    expect(within(machine).getAllByText('Bắt đầu').length).toBeGreaterThan(0);
    const names = within(machine)
      .getAllByText((_, el) => el?.classList.contains('outline-state__name') ?? false)
      .map((el) => el.textContent);
    expect(
      names.filter((n) => /^(notStarted|inProgress|reported|returned|cancelled)$/.test(n ?? '')),
    ).toEqual([]);
  });

  it("shows the plan machine's stages, each closed when its stage has closed", () => {
    render(<MachineView plan={troubledPlan()} />);

    expect(screen.getByText('giai đoạn «Xây dựng kế hoạch» đã kết thúc')).toBeTruthy();
    expect(screen.getByText('giai đoạn «Kiểm tra, sơ kết, tổng kết» đã kết thúc')).toBeTruthy();
  });

  it('finds a body by a search without accents', () => {
    render(<MachineView plan={troubledPlan()} />);

    fireEvent.change(screen.getByLabelText('Tìm cơ quan'), { target: { value: 'quan uy' } });

    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Các quận ủy nhóm mở']);
    expect(screen.getByRole('region', { name: 'Các quận ủy' })).toBeTruthy();
  });
});
