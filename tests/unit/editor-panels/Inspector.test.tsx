// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BodySchema, type Body } from '../../../src/domain/body';
import type { Plan } from '../../../src/domain/plan';
import type { PlanCommand } from '../../../src/domain/plan-edit';
import { Inspector } from '../../../src/ui/editor/inspector/Inspector';
import { LanguageProvider } from '../../../src/ui/i18n/language';
import { makePlan } from '../../support/plan-builder';
import { useCommandLog } from './harness';

afterEach(cleanup);

const DIRECTORY: Body[] = [BodySchema.parse({ id: 'so-tu-phap', name: 'Sở Tư pháp', abbreviation: 'STP' })];

function Harness({ initial, taskId, log }: { initial: Plan; taskId: string | null; log: PlanCommand[] }) {
  const { plan, onCommand } = useCommandLog(initial, log);
  return <Inspector plan={plan} taskId={taskId} onCommand={onCommand} directory={DIRECTORY} />;
}

const twoTasks = () =>
  makePlan([
    { id: 't1', code: 'III.1', leadId: 'b0' },
    { id: 't2', code: 'III.2', leadId: 'b1', prerequisiteIds: ['t1'] },
  ]);

function pick(comboboxName: string, query: string) {
  const box = screen.getByRole('combobox', { name: comboboxName });
  fireEvent.change(box, { target: { value: query } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

describe('Inspector: a task', () => {
  it('shows what a deadline phrase means while it is typed, and commits the phrase once, on Enter', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={twoTasks()} taskId="t1" log={log} />);
    const input = screen.getByLabelText('Thời hạn (như văn bản ghi)');

    fireEvent.change(input, { target: { value: 'Dự kiến hoàn thành trong quý I/2024' } });

    const meaning = input.parentElement?.querySelector('output') as HTMLElement;
    expect(meaning.textContent).toContain('Hạn chót');
    expect(meaning.textContent).toContain('31/03/2024');
    expect(within(meaning).getByText('Dự kiến').nextElementSibling?.textContent).toBe('Có');
    expect(meaning.textContent).toMatch(/hết quý I\/2024/);
    expect(meaning.textContent).not.toContain('Q1 2024');
    expect(log).toEqual([]);

    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    expect(log).toEqual([
      { type: 'updateTask', id: 't1', changes: { deadline: 'Dự kiến hoàn thành trong quý I/2024' } },
    ]);
  });

  it('in English, says what a deadline phrase means in English, the phrase kept as typed', () => {
    render(
      <LanguageProvider language="en">
        <Harness initial={twoTasks()} taskId="t1" log={[]} />
      </LanguageProvider>,
    );
    const input = screen.getByLabelText('Deadline (as written)');

    fireEvent.change(input, { target: { value: 'Dự kiến hoàn thành trong quý I/2024' } });

    const meaning = input.parentElement?.querySelector('output') as HTMLElement;
    expect(within(meaning).getByText('Meaning').nextElementSibling?.textContent).toBe(
      'Due 31/03/2024 (end of Q1 2024); tentative: it may slip without being overdue',
    );
    expect(meaning.textContent).not.toMatch(/Hạn chót|hết quý/);
    expect((input as HTMLInputElement).value).toBe('Dự kiến hoàn thành trong quý I/2024');
  });

  it('choosing a lead from the shared directory adds the body to the plan, then assigns it, as one step', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={twoTasks()} taskId="t1" log={log} />);

    pick('Chủ trì', 'tu phap');

    expect(log).toEqual([
      {
        type: 'batch',
        commands: [
          { type: 'putBody', body: DIRECTORY[0] },
          { type: 'updateTask', id: 't1', changes: { leadId: 'so-tu-phap' } },
        ],
      },
    ]);
    const lead = screen.getByRole('group', { name: 'Chủ trì' });
    expect(within(lead).getByRole('button', { name: 'Bỏ Sở Tư pháp' })).toBeTruthy();
    expect(within(lead).queryByRole('button', { name: 'Bỏ Cơ quan 0' })).toBeNull();
  });

  it('choosing a body of the plan as lead only updates the task; arrows move through the matches', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={twoTasks()} taskId="t1" log={log} />);
    const box = screen.getByRole('combobox', { name: 'Chủ trì' });

    fireEvent.change(box, { target: { value: 'co quan' } });
    const options = within(screen.getByRole('listbox', { name: 'Chủ trì' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Cơ quan 1', 'Cơ quan 2', 'Cơ quan 3']);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    fireEvent.keyDown(box, { key: 'Enter' });

    expect(log).toEqual([{ type: 'updateTask', id: 't1', changes: { leadId: 'b2' } }]);
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape closes the list of matches without choosing', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={twoTasks()} taskId="t1" log={log} />);
    const box = screen.getByRole('combobox', { name: 'Phối hợp' });

    fireEvent.change(box, { target: { value: 'co quan' } });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(box, { key: 'Escape' });

    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(log).toEqual([]);
  });

  it('refuses a prerequisite that closes a cycle, naming the tasks by their codes', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={twoTasks()} taskId="t1" log={log} />);

    pick('Cần kết quả của nhiệm vụ', 'III.2');

    expect(log).toEqual([{ type: 'connect', from: 't2', to: 't1' }]);
    expect(screen.getByRole('alert').textContent).toBe(
      'Không thể nối: tạo vòng phụ thuộc III.1 → III.2 → III.1',
    );
    const prerequisites = screen.getByRole('group', { name: 'Cần kết quả của nhiệm vụ' });
    expect(within(prerequisites).queryByText(/III\.2/)).toBeNull();
  });

  it('adds and removes a prerequisite through connect and disconnect', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={twoTasks()} taskId="t2" log={log} />);
    const prerequisites = screen.getByRole('group', { name: 'Cần kết quả của nhiệm vụ' });

    fireEvent.click(within(prerequisites).getByRole('button', { name: 'Bỏ III.1 Nhiệm vụ 1' }));

    expect(log).toEqual([{ type: 'disconnect', from: 't1', to: 't2' }]);
    expect(within(prerequisites).queryByText('III.1 Nhiệm vụ 1')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('commits a select on change', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={twoTasks()} taskId="t1" log={log} />);

    fireEvent.change(screen.getByLabelText('Giai đoạn'), { target: { value: 'reviewing' } });

    expect(log).toEqual([{ type: 'updateTask', id: 't1', changes: { stage: 'reviewing' } }]);
  });
});

describe('Inspector: the plan', () => {
  it('splits a document number typed as written into its parts', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={twoTasks()} taskId={null} log={log} />);
    const raw = screen.getByLabelText('Như văn bản ghi (66-CTr/TU, 115/KH-UBND)');

    fireEvent.change(raw, { target: { value: 'Số 66-CTr/TU' } });
    fireEvent.blur(raw);

    expect(log).toEqual([
      {
        type: 'updatePlan',
        changes: { number: { raw: 'Số 66-CTr/TU', number: '66', type: 'CTr', issuer: 'TU' } },
      },
    ]);
    expect((screen.getByLabelText('Loại (viết tắt)') as HTMLInputElement).value).toBe('CTr');
  });

  it('takes dates as dd/mm/yyyy and refuses, without sending, one that is not on the calendar', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={twoTasks()} taskId={null} log={log} />);
    const date = screen.getByLabelText('Ngày ban hành') as HTMLInputElement;
    expect(date.value).toBe('02/02/2024');

    fireEvent.change(date, { target: { value: '31/2/2024' } });
    fireEvent.blur(date);
    expect(log).toEqual([]);
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toBeTruthy();
    const hint = document.getElementById(date.getAttribute('aria-describedby') as string);
    expect(hint?.textContent).toMatch(/^Không phải một ngày có thật/);

    fireEvent.change(date, { target: { value: '5/3/2024' } });
    fireEvent.keyDown(date, { key: 'Enter' });
    expect(log).toEqual([{ type: 'updatePlan', changes: { date: '2024-03-05' } }]);
    expect(date.value).toBe('05/03/2024');
    expect(date.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows why removing the last issuer is refused', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={twoTasks()} taskId={null} log={log} />);
    const issuers = screen.getByRole('group', { name: 'Cơ quan ban hành' });

    fireEvent.click(within(issuers).getByRole('button', { name: 'Bỏ Cơ quan 0' }));

    expect(log).toEqual([{ type: 'updatePlan', changes: { issuerIds: [] } }]);
    expect(screen.getByRole('alert').textContent).toBe(
      'Thay đổi không hợp lệ: issuerIds: Kế hoạch cần ít nhất một cơ quan ban hành',
    );
    expect(within(issuers).getByRole('button', { name: 'Bỏ Cơ quan 0' })).toBeTruthy();
  });

  it('shows why removing the last issuer is refused, in English', () => {
    render(
      <LanguageProvider language="en">
        <Harness initial={twoTasks()} taskId={null} log={[]} />
      </LanguageProvider>,
    );
    const issuers = screen.getByRole('group', { name: 'Issued by' });

    fireEvent.click(within(issuers).getByRole('button', { name: 'Remove Cơ quan 0' }));

    expect(screen.getByRole('alert').textContent).toBe(
      'Invalid change: issuerIds: A plan needs at least one issuing body',
    );
  });

  it('adds a recipient row and edits its purpose', () => {
    const log: PlanCommand[] = [];
    render(<Harness initial={twoTasks()} taskId={null} log={log} />);

    fireEvent.change(screen.getByLabelText('Thêm nơi nhận (tên)'), { target: { value: 'Lưu VPTU' } });
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Nơi nhận' })).getByRole('button', { name: 'Thêm' }),
    );
    fireEvent.change(screen.getByLabelText('Mục đích'), { target: { value: 'luu' } });

    expect(log).toEqual([
      { type: 'updatePlan', changes: { recipients: [{ name: 'Lưu VPTU', bodyId: null, purpose: 'khac' }] } },
      { type: 'updatePlan', changes: { recipients: [{ name: 'Lưu VPTU', bodyId: null, purpose: 'luu' }] } },
    ]);
  });
});

describe('Inspector: keys the editor also listens to', () => {
  it('keeps Escape to itself while a list is open, and lets it through otherwise', () => {
    const seen: string[] = [];
    render(
      <div onKeyDown={(e) => seen.push(e.key)}>
        <Harness initial={twoTasks()} taskId="t1" log={[]} />
      </div>,
    );
    const box = screen.getByRole('combobox', { name: 'Chủ trì' });

    fireEvent.change(box, { target: { value: 'co' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(seen).toEqual([]);
    fireEvent.keyDown(box, { key: 'Escape' });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(seen).toEqual(['Escape']);
  });
});

describe('body picker', () => {
  const PARENTED: Body[] = [
    BodySchema.parse({ id: 'tu', name: 'Thành ủy Hải Phòng' }),
    BodySchema.parse({ id: 'btg-tu', name: 'Ban Tuyên giáo Thành ủy', parentId: 'tu' }),
  ];

  function ParentHarness({ log, added }: { log: PlanCommand[]; added: Body[] }) {
    const { plan, onCommand } = useCommandLog(twoTasks(), log);
    return (
      <Inspector
        plan={plan}
        taskId="t1"
        onCommand={onCommand}
        directory={PARENTED}
        onNewBody={(b) => added.push(b)}
      />
    );
  }

  it('shows a child body with its parent, and brings the parent into the plan with it', () => {
    const log: PlanCommand[] = [];
    render(<ParentHarness log={log} added={[]} />);
    const box = screen.getByRole('combobox', { name: 'Chủ trì' });
    fireEvent.change(box, { target: { value: 'tuyen giao' } });
    const option = within(screen.getByRole('listbox', { name: 'Chủ trì' })).getAllByRole('option')[0]!;
    expect(option.textContent).toContain('thuộc Thành ủy Hải Phòng');
    fireEvent.keyDown(box, { key: 'Enter' });

    expect(log).toEqual([
      {
        type: 'batch',
        commands: [
          { type: 'putBody', body: PARENTED[0] },
          { type: 'putBody', body: PARENTED[1] },
          { type: 'updateTask', id: 't1', changes: { leadId: 'btg-tu' } },
        ],
      },
    ]);
    const lead = screen.getByRole('group', { name: 'Chủ trì' });
    expect(within(lead).getByRole('listitem').textContent).toMatch(
      /^Ban Tuyên giáo Thành ủy · thuộc Thành ủy Hải Phòng/,
    );
  });

  it('offers to add a name found nowhere as a new body, adds it to the directory and assigns it', () => {
    const log: PlanCommand[] = [];
    const added: Body[] = [];
    render(<ParentHarness log={log} added={added} />);
    const box = screen.getByRole('combobox', { name: 'Phối hợp' });
    fireEvent.change(box, { target: { value: 'Hội Cựu chiến binh thành phố' } });
    const options = within(screen.getByRole('listbox', { name: 'Phối hợp' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Thêm cơ quan mới «Hội Cựu chiến binh thành phố»']);
    fireEvent.click(options[0]!);

    expect(added).toEqual([
      BodySchema.parse({ id: 'hoi-cuu-chien-binh-thanh-pho', name: 'Hội Cựu chiến binh thành phố' }),
    ]);
    expect(log).toEqual([
      {
        type: 'batch',
        commands: [
          { type: 'putBody', body: added[0] },
          { type: 'updateTask', id: 't1', changes: { participantIds: ['hoi-cuu-chien-binh-thanh-pho'] } },
        ],
      },
    ]);
  });

  it('does not offer a new body while something matches what is typed', () => {
    render(<ParentHarness log={[]} added={[]} />);
    const box = screen.getByRole('combobox', { name: 'Phối hợp' });
    fireEvent.change(box, { target: { value: 'thanh uy hai phong' } });
    const options = within(screen.getByRole('listbox', { name: 'Phối hợp' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).not.toContain('Thêm cơ quan mới «thanh uy hai phong»');
    expect(options.length).toBeGreaterThan(0);
  });
});
