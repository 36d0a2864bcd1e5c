import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDashboardXlsx } from '../../../src/documents/export-dashboard';
import { UTF8_BOM } from '../../../src/domain/csv';
import type { RunAction, RunActor } from '../../../src/domain/run';
import type { Stage } from '../../../src/domain/stage';
import { TIMELINESS } from '../../../src/domain/timeliness';
import { runDashboard } from '../../../src/engine/run-dashboard';
import { dashboardCsv } from '../../../src/engine/run-dashboard-csv';
import { applyRunEvent } from '../../../src/engine/run-replay';
import { initialRunState, timingOf, vietnamDate, type RunState } from '../../../src/engine/run-state';
import { makePlan } from '../../support/plan-builder';
import { drive, smallPlan, step } from '../../support/run-arbitrary';
import { eventOf, makeRun, REPORT, staffOf } from '../../support/run-builder';

const STAGE_NAMES: Record<Stage, string> = {
  drafting: 'Xây dựng kế hoạch',
  disseminating: 'Quán triệt, tuyên truyền',
  studying: 'Nghiên cứu, học tập',
  implementing: 'Triển khai thực hiện',
  reviewing: 'Kiểm tra, sơ kết, tổng kết',
};

const plan = makePlan([
  { id: 'a', leadId: 'b1', stage: 'drafting', deadline: 'chậm nhất ngày 15/3/2024' },
  {
    id: 'b',
    leadId: 'b2',
    stage: 'drafting',
    deadline: 'chậm nhất ngày 29/2/2024',
    title: 'Hội nghị, "quán triệt"',
  },
  { id: 'c', leadId: 'b3', stage: 'implementing', deadline: 'trong quý I/2024' },
  { id: 'd', leadId: 'b1', stage: 'reviewing', deadline: 'thực hiện thường xuyên' },
  { id: 'e', leadId: 'b2', stage: 'reviewing' },
]);

function act(state: RunState, actor: RunActor, at: string, action: RunAction) {
  expect(applyRunEvent(state, eventOf(state.seq + 1, actor, action, `${at}T03:00:00.000Z`))).toEqual({
    ok: true,
  });
}

function carriedOut(): RunState {
  const state = initialRunState(makeRun(plan));
  const [issuer, s1, s3] = [staffOf('b0'), staffOf('b1'), staffOf('b3')];
  act(state, issuer, '2024-02-02', { type: 'issue' });
  act(state, s1, '2024-02-05', { type: 'start', taskId: 'a', assigneeId: 'b1' });
  act(state, s1, '2024-03-18', { type: 'report', taskId: 'a', assigneeId: 'b1', report: REPORT });
  act(state, issuer, '2024-03-19', { type: 'approve', taskId: 'a', assigneeId: 'b1' });
  act(state, s3, '2024-02-06', {
    type: 'request-extension',
    taskId: 'c',
    assigneeId: 'b3',
    reason: 'r',
    newDue: '2024-04-30',
  });
  act(state, issuer, '2024-02-07', { type: 'approve-extension', taskId: 'c', assigneeId: 'b3' });
  return state;
}

describe('the dashboard of a run', () => {
  it('counts the categories per body and per stage as of a date, and lists the overdue by days late', () => {
    const state = carriedOut();
    const early = runDashboard(state, { asOf: '2024-02-27', dueSoonDays: 5 });
    expect(early.total).toMatchObject({ total: 5, completed: 0 });
    expect(early.total.counts).toMatchObject({
      'due-soon': 1,
      'within-deadline': 2,
      ongoing: 1,
      'no-deadline': 1,
    });
    expect(early.overdue).toEqual([]);

    const late = runDashboard(state, { asOf: '2024-03-20', dueSoonDays: 5 });
    expect(late.total.counts).toMatchObject({ 'completed-late': 1, overdue: 1, 'within-deadline': 1 });
    expect(late.byBody.map((r) => [r.id, r.total, r.completed])).toEqual([
      ['b1', 2, 1],
      ['b2', 2, 0],
      ['b3', 1, 0],
    ]);
    expect(late.byStage.map((r) => [r.id, r.total])).toEqual([
      ['drafting', 2],
      ['implementing', 1],
      ['reviewing', 2],
    ]);
    expect(late.overdue).toEqual([
      expect.objectContaining({
        taskId: 'b',
        assignee: 'Cơ quan 2',
        due: '2024-02-29',
        daysLate: 20,
        status: 'notStarted',
      }),
    ]);
    const later = runDashboard(state, { asOf: '2024-05-02', dueSoonDays: 5 });
    expect(later.overdue.map((o) => [o.taskId, o.daysLate])).toEqual([
      ['b', 63],
      ['c', 2],
    ]);
  });

  it('adds up, whatever the run and the date', () => {
    fc.assert(
      fc.property(
        smallPlan,
        fc.array(step, { maxLength: 30 }),
        fc.integer({ min: 0, max: 500 }),
        (p, steps, n) => {
          const { state } = drive(p, steps);
          const asOf = new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
          const d = runDashboard(state, { asOf, dueSoonDays: 7 });
          const sum = (rows: { counts: Record<string, number> }[], c: string) =>
            rows.reduce((s, r) => s + r.counts[c]!, 0);
          expect(d.total.total).toBe(state.assignments.size);
          expect(TIMELINESS.reduce((s, c) => s + d.total.counts[c], 0)).toBe(d.total.total);
          for (const c of TIMELINESS) {
            expect(sum(d.byBody, c)).toBe(d.total.counts[c]);
            expect(sum(d.byStage, c)).toBe(d.total.counts[c]);
          }
          expect(d.overdue).toHaveLength(d.total.counts.overdue);
          expect(d.overdue.map((o) => o.daysLate)).toEqual(
            [...d.overdue.map((o) => o.daysLate)].sort((x, y) => y - x),
          );
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it("counts the days of actions in Vietnam's time (UTC+7)", () => {
    expect(vietnamDate('2024-03-15T16:59:59.000Z')).toBe('2024-03-15');
    expect(vietnamDate('2024-03-15T17:00:00.000Z')).toBe('2024-03-16');
    const state = initialRunState(makeRun(plan));
    const at = (seq: number, actor: RunActor, action: RunAction, time: string) =>
      expect(applyRunEvent(state, eventOf(seq, actor, action, time))).toEqual({ ok: true });
    const a = { taskId: 'a', assigneeId: 'b1' };
    at(1, staffOf('b0'), { type: 'issue' }, '2024-02-02T02:00:00.000Z');
    at(2, staffOf('b1'), { type: 'start', ...a }, '2024-03-01T02:00:00.000Z');
    at(3, staffOf('b1'), { type: 'report', ...a, report: REPORT }, '2024-03-15T10:00:00.000Z');
    at(4, staffOf('b0'), { type: 'approve', ...a }, '2024-03-15T18:30:00.000Z');
    const timing = timingOf(state.assignments.get('b1/a')!, '2024-03-31');
    expect(timing).toMatchObject({ due: '2024-03-15', startedOn: '2024-03-01', completedOn: '2024-03-16' });
    const d = runDashboard(state, { asOf: '2024-03-31', dueSoonDays: 5 });
    expect(d.byBody[0]!.counts['completed-late']).toBe(1);
  });

  it('exports a CSV that spreadsheet programs read as UTF-8, in either language', () => {
    const d = runDashboard(carriedOut(), { asOf: '2024-03-20', dueSoonDays: 5 });
    const vi = dashboardCsv(d, 'vi', STAGE_NAMES);
    expect(vi.startsWith(UTF8_BOM)).toBe(true);
    const lines = vi.slice(1).split('\r\n');
    expect(lines[0]).toBe('Báo cáo tiến độ thực hiện');
    expect(lines[1]).toBe('Tính đến ngày,20/03/2024');
    expect(lines[4]).toContain('Nhóm,Tên,Tổng số,Đã hoàn thành,Đã hoàn thành đúng hạn,Đã hoàn thành quá hạn');
    expect(lines).toContain('Cơ quan,Cơ quan 1,2,1,0,1,0,0,0,1,0,0');
    expect(lines).toContain('Giai đoạn,Xây dựng kế hoạch,2,1,0,1,0,0,1,0,0,0');
    expect(lines).toContain('2,"Hội nghị, ""quán triệt""",Cơ quan 2,29/02/2024,20,Chưa thực hiện');
    expect(lines.at(-1)).toBe('');
    const en = dashboardCsv(d, 'en', STAGE_NAMES).split('\r\n');
    expect(en[0]).toBe(`${UTF8_BOM}Progress report`);
    expect(en).toContain('Task code,Task,Body,Due,Days late,Status');
  });

  it('exports an .xlsx workbook in the reporting categories that reads back with the same counts', async () => {
    const d = runDashboard(carriedOut(), { asOf: '2024-03-20', dueSoonDays: 5 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exportDashboardXlsx(d, 'vi', STAGE_NAMES).buffer as ArrayBuffer);
    const progress = book.getWorksheet('Tiến độ')!;
    const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
    expect(progress.getRow(1).getCell(1).value).toBe('Báo cáo tiến độ thực hiện');
    expect(progress.getRow(2).getCell(2).value).toBe('20/03/2024');
    const head = progress.getRow(5);
    expect(values(head).slice(0, 6)).toEqual([
      'Nhóm',
      'Tên',
      'Tổng số',
      'Đã hoàn thành',
      'Đã hoàn thành đúng hạn',
      'Đã hoàn thành quá hạn',
    ]);
    expect(head.font?.bold).toBe(true);
    expect(head.getCell(5).fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFDCF5E3' } });
    const rows: unknown[][] = [];
    progress.eachRow((row, n) => n > 5 && rows.push(values(row)));
    expect(rows).toContainEqual(['Cơ quan', 'Cơ quan 1', 2, 1, 0, 1, 0, 0, 0, 1, 0, 0]);
    expect(rows).toContainEqual(['Giai đoạn', 'Xây dựng kế hoạch', 2, 1, 0, 1, 0, 0, 1, 0, 0, 0]);
    expect(rows).toHaveLength(1 + d.byBody.length + d.byStage.length);
    const overdue = book.getWorksheet('Quá hạn')!;
    expect(values(overdue.getRow(3))).toEqual([
      '2',
      'Hội nghị, "quán triệt"',
      'Cơ quan 2',
      '29/02/2024',
      20,
      'Chưa thực hiện',
    ]);
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(exportDashboardXlsx(d, 'en', STAGE_NAMES).buffer as ArrayBuffer);
    expect(en.worksheets.map((w) => w.name)).toEqual(['Progress', 'Overdue']);
  });
});
