// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BodySchema } from '../../../src/domain/body';
import type { Plan } from '../../../src/domain/plan';
import type { PlanCommand } from '../../../src/domain/plan-edit';
import { DirectoryEditor } from '../../../src/ui/editor/directory/DirectoryEditor';
import { makePlan } from '../../support/plan-builder';
import { useCommandLog } from './harness';

afterEach(cleanup);

const DIRECTORY = [BodySchema.parse({ id: 'hoi-nong-dan', name: 'Hội Nông dân thành phố' })];

function Harness({ initial, log }: { initial: Plan; log: PlanCommand[] }) {
  const { plan, onCommand } = useCommandLog(initial, log);
  return <DirectoryEditor plan={plan} directory={DIRECTORY} onCommand={onCommand} />;
}

const plan = () => makePlan([{ id: 't1', code: 'III.1', leadId: 'b0', participantIds: ['b1'] }], {}, 2);

function add(label: string, name: string) {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value: name } });
  fireEvent.submit(input.closest('form') as HTMLFormElement);
}

describe('DirectoryEditor', () => {
  it('folds a long list of bodies: no fields are built until the planner opens it', () => {
    render(<Harness initial={makePlan([{ id: 't1', leadId: 'b0' }], {}, 35)} log={[]} />);
    expect(screen.queryByRole('group', { name: /^Cơ quan 12/ })).toBeNull();
    const fold = screen.getByText('Hiện 35 cơ quan để sửa').closest('details') as HTMLDetailsElement;
    fold.open = true;
    fireEvent(fold, new Event('toggle'));
    expect(screen.getByRole('group', { name: /^Cơ quan 12/ })).toBeTruthy();
  });

  it('adds a body named by the user, with a unique slug id', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={plan()} log={log} />);

    add('Thêm cơ quan mới (tên)', 'Ban Tuyên giáo Thành ủy');
    add('Thêm cơ quan mới (tên)', 'Ban Tuyên giáo Thành ủy');

    expect(log.map((c) => c.type === 'putBody' && [c.body.id, c.body.name])).toEqual([
      ['ban-tuyen-giao-thanh-uy', 'Ban Tuyên giáo Thành ủy'],
      ['ban-tuyen-giao-thanh-uy-2', 'Ban Tuyên giáo Thành ủy'],
    ]);
    expect(screen.getAllByRole('group', { name: /^Ban Tuyên giáo Thành ủy/ })).toHaveLength(2);
  });

  it('refuses to remove a body a task uses, saying which task', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={plan()} log={log} />);

    fireEvent.click(screen.getByRole('button', { name: 'Xóa cơ quan Cơ quan 1' }));

    expect(log).toEqual([{ type: 'removeBody', id: 'b1' }]);
    expect(screen.getByRole('alert').textContent).toBe('Cơ quan 1 đang được dùng ở nhiệm vụ III.1');
    expect(screen.getByRole('group', { name: /^Cơ quan 1/ })).toBeTruthy();
  });

  it('renames a body and sets its abbreviation and other names, one command each', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={plan()} log={log} />);
    const body = screen.getByRole('group', { name: /^Cơ quan 0/ });

    const aliases = within(body).getByLabelText('Tên gọi khác');
    fireEvent.change(aliases, { target: { value: 'BTG, Ban Tuyên giáo ,' } });
    fireEvent.blur(aliases);

    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ type: 'putBody', body: { id: 'b0', aliases: ['BTG', 'Ban Tuyên giáo'] } });
  });

  it('brings a body in from the shared directory', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={plan()} log={log} />);
    const box = screen.getByRole('combobox', { name: 'Thêm từ danh mục chung' });

    fireEvent.change(box, { target: { value: 'nong dan' } });
    fireEvent.keyDown(box, { key: 'Enter' });

    expect(log).toEqual([{ type: 'putBody', body: DIRECTORY[0] }]);
    expect(screen.getByRole('group', { name: /^Hội Nông dân thành phố/ })).toBeTruthy();
  });

  it('adds a group and its members, and marks it open', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={plan()} log={log} />);

    add('Thêm nhóm mới (tên)', 'Các đảng ủy trực thuộc');
    const group = screen.getByRole('group', { name: /^Các đảng ủy trực thuộc/ });
    const members = within(group).getByRole('combobox', { name: 'Thành viên' });
    fireEvent.change(members, { target: { value: 'co quan 1' } });
    fireEvent.keyDown(members, { key: 'Enter' });
    fireEvent.click(within(group).getByLabelText('Nhóm mở: văn bản không liệt kê thành viên'));

    expect(log.map((c) => c.type === 'putGroup' && [c.group.id, c.group.memberIds, c.group.open])).toEqual([
      ['cac-dang-uy-truc-thuoc', [], false],
      ['cac-dang-uy-truc-thuoc', ['b1'], false],
      ['cac-dang-uy-truc-thuoc', ['b1'], true],
    ]);
  });
});
