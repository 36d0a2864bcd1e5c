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
    expect(bodies).toEqual([
      'Các quận ủy body-nhom nhóm mở',
      'Cơ quan 0 body-b0',
      'Cơ quan 1 body-b1',
      'Cơ quan 2 body-b2',
    ]);
  });

  it("shows the picked body's regions with the canStart guard and its task code", () => {
    render(<MachineView plan={troubledPlan()} />);

    fireEvent.click(screen.getByRole('button', { name: 'Cơ quan 0 body-b0' }));

    const machine = screen.getByRole('region', { name: 'Cơ quan 0' });
    expect(within(machine).getByText('Vùng của nhiệm vụ III.1: Nhiệm vụ 1')).toBeTruthy();
    expect(within(machine).getByText('Vùng của nhiệm vụ III.3: Nhiệm vụ 3')).toBeTruthy();
    expect(within(machine).getByText('canStart(task: III.1)')).toBeTruthy();
    expect(within(machine).getByText('prerequisiteVoid(task: III.3)')).toBeTruthy();
    expect(within(machine).getAllByText('learnFacts')).toHaveLength(1);
  });

  it("shows the plan machine's stages, each closed by stageClosed", () => {
    render(<MachineView plan={troubledPlan()} />);

    expect(screen.getByText('stageClosed(stage: Xây dựng kế hoạch)')).toBeTruthy();
    expect(screen.getByText('stageClosed(stage: Kiểm tra, sơ kết, tổng kết)')).toBeTruthy();
  });

  it('finds a body by a search without accents', () => {
    render(<MachineView plan={troubledPlan()} />);

    fireEvent.change(screen.getByLabelText('Tìm cơ quan'), { target: { value: 'quan uy' } });

    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Các quận ủy body-nhom nhóm mở',
    ]);
    expect(screen.getByRole('region', { name: 'Các quận ủy' })).toBeTruthy();
  });
});
