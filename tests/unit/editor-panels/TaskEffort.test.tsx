// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import type { PlanCommand } from '../../../src/domain/plan-edit';
import { LeadCapacity, TaskEffort } from '../../../src/ui/editor/inspector/TaskEffort';
import { makePlan } from '../../support/plan-builder';
import { useCommandLog } from './harness';

afterEach(cleanup);

function Harness({ initial, log }: { initial: Plan; log: PlanCommand[] }) {
  const { plan, onCommand } = useCommandLog(initial, log);
  const task = plan.tasks[0]!;
  const props = { plan, task, directory: [], dispatch: (c: PlanCommand) => onCommand(c).ok };
  return (
    <>
      <TaskEffort {...props} />
      <LeadCapacity {...props} />
    </>
  );
}

const plan = () => makePlan([{ id: 't1', code: 'III.1', leadId: 'b0', stage: 'implementing' }], {}, 1);

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const leave = () =>
  fireEvent.blur(screen.getByLabelText('Số ngày bi quan'), { relatedTarget: document.body });

describe('effort and capacity in the task inspector', () => {
  it("shows the stage's default effort as placeholders, and saves three numbers in order as one command", () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={plan()} log={log} />);
    expect(screen.getByLabelText<HTMLInputElement>('Số ngày lạc quan').placeholder).toBe('20');
    expect(screen.getByLabelText<HTMLInputElement>('Số ngày bi quan').placeholder).toBe('80');
    type('Số ngày lạc quan', '5');
    type('Số ngày khả năng nhất', '7,5');
    type('Số ngày bi quan', '12');
    leave();
    expect(log).toEqual([
      { type: 'updateTask', id: 't1', changes: { effort: { optimistic: 5, likely: 7.5, pessimistic: 12 } } },
    ]);
  });

  it('names the field of invalid input and saves nothing', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={plan()} log={log} />);
    type('Số ngày lạc quan', '10');
    type('Số ngày khả năng nhất', '12');
    type('Số ngày bi quan', '8');
    leave();
    expect(screen.getByRole('alert').textContent).toBe(
      'Số ngày bi quan (8) nhỏ hơn số ngày khả năng nhất (12).',
    );
    expect(screen.getByLabelText('Số ngày bi quan').getAttribute('aria-invalid')).toBe('true');
    type('Số ngày bi quan', 'abc');
    leave();
    expect(screen.getByRole('alert').textContent).toContain('Số ngày bi quan phải là một số ngày làm việc');
    expect(log).toEqual([]);
  });

  it("sets the lead body's capacity, refusing anything but a whole number from 1", () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={plan()} log={log} />);
    const field = screen.getByLabelText('Số nhiệm vụ Cơ quan 0 làm cùng lúc');
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.blur(field);
    expect(screen.getByRole('alert').textContent).toContain('phải là số nguyên từ 1 trở lên');
    expect(log).toEqual([]);
    fireEvent.change(field, { target: { value: '2' } });
    fireEvent.blur(field);
    expect(log).toMatchObject([{ type: 'putBody', body: { id: 'b0', capacity: 2 } }]);
  });
});
