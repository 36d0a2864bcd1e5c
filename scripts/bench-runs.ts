/**
 * Staff runtime benchmarks for `npm run bench` (alone: `npx tsx scripts/bench-runs.ts`). Targets (issue 9):
 * a run with 10,000 events opened in ≤ 200 ms, cold (its log replayed, nothing cached) and from its stored
 * snapshot; an action in a 200-body run reflected on screen (the event applied, the inbox and the dashboard
 * recomputed) in ≤ 50 ms; the dashboard of a 1,000-assignment run as of a date in ≤ 50 ms.
 */
import { pathToFileURL } from 'node:url';
import { vietnamCalendar } from '@rollout/core/calendar/vietnam-holidays';
import { RUN_SCHEMA_VERSION, RunEventSchema, type RunEvent } from '@rollout/core/domain/run';
import { compilePlanModel } from '@rollout/core/engine/model';
import { runDashboard } from '@rollout/core/engine/run-dashboard';
import { applyRunEvent, replayRun } from '@rollout/core/engine/run-replay';
import { allowedActions, checkAction } from '@rollout/core/engine/run-roles';
import { restoreRun, snapshotOf, touchedBodies } from '@rollout/core/engine/run-snapshot';
import {
  runStatusOf,
  workingStatus,
  type AssignmentRecord,
  type RunState,
} from '@rollout/core/engine/run-state';
import { ms, printRows, time, timeEach, type Row, type Timer } from './bench-timing';
import { syntheticPlan } from './synthetic-plan';
import { syntheticRun } from './synthetic-run';

export function runRows(timer: Timer = time): Row[] {
  const rows: Row[] = [];
  const longRun = syntheticRun(syntheticPlan(200, 5), 10_000, 0.7);
  const n = longRun.log.length;
  const rawLog = JSON.parse(JSON.stringify(longRun.log)) as unknown[];
  const stored = JSON.parse(JSON.stringify(snapshotOf(longRun.state))) as unknown;
  const parse = timer(5, () => rawLog.forEach((e) => RunEventSchema.parse(e)));
  const open = timer(5, () => replayRun(longRun.run, longRun.log));
  const build = timer(5, () => replayRun(longRun.run, []));
  const warmModel = compilePlanModel(longRun.run.plan);
  const replay = timer(5, () => replayRun(longRun.run, longRun.log, warmModel));
  const restore = timer(5, () => restoreRun(longRun.run, stored));
  rows.push([
    `Mở lượt triển khai: phát lại ${n} sự kiện, 200 cơ quan × 5 nhiệm vụ`,
    ms(open),
    '5',
    '≤ 200 ms',
  ]);
  rows.push(['  trong đó dựng mô hình và 200 máy (chưa có sự kiện)', ms(build), '5', '']);
  rows.push([`  phát lại ${n} sự kiện khi máy đã dựng (mở lại)`, ms(replay), '5', '']);
  rows.push([`  đọc và kiểm (zod) ${n} sự kiện`, ms(parse), '5', '']);
  rows.push([`Mở lượt từ ảnh chụp lưu sẵn (sau ${n} sự kiện)`, ms(restore), '5', '≤ 200 ms']);

  const dashRun = syntheticRun(syntheticPlan(200, 5), 2_000).state;
  const calendar = vietnamCalendar(2024, 2025);
  const dashboard = timer(21, () => runDashboard(dashRun, { asOf: '2024-06-30', dueSoonDays: 7, calendar }));
  rows.push([
    `Bảng theo dõi, ${dashRun.assignments.size} nhiệm vụ, tính đến một ngày`,
    ms(dashboard),
    '21',
    '≤ 50 ms',
  ]);
  rows.push(...actionRows(longRun, stored));
  return rows;
}

/**
 * An action on screen in the 200-body run: a report accepted (checked, applied to the machines, its snapshot
 * taken to be written) and what the screen recomputes from the new state — the actor's allowed actions (the
 * inbox) and the dashboard. For a body's staff, and for the issuer, who may act on every assignment.
 */
function actionRows(longRun: ReturnType<typeof syntheticRun>, stored: unknown): Row[] {
  const { run } = longRun;
  const model = compilePlanModel(run.plan);
  const calendar = vietnamCalendar(2024, 2025);
  const open = (state: RunState) =>
    [...state.assignments.values()].find((a) => workingStatus(state, a) === 'inProgress') as AssignmentRecord;
  const restored = () => restoreRun(run, stored, model) as RunState;
  const rows: Row[] = [];
  for (const [who, issuer] of [
    ['cán bộ một cơ quan', false],
    ['cơ quan ban hành', true],
  ] as const) {
    const action = timeEach(11, restored, (state) => {
      const a = open(state);
      const actor = issuer ? run.issuedBy : { name: 'Chuyên viên', bodyId: a.assigneeId };
      const event = {
        type: 'report',
        taskId: a.taskId,
        assigneeId: a.assigneeId,
        report: {
          results: 'Đã xong',
          difficulties: '',
          proposals: '',
          evidence: { links: [], attachmentIds: [] },
        },
        schemaVersion: RUN_SCHEMA_VERSION,
        id: '01J' + String(state.seq + 1).padStart(23, '0'),
        runId: run.id,
        seq: state.seq + 1,
        at: new Date(Date.parse(run.issuedAt) + 400 * 86_400_000).toISOString(),
        actor: { name: 'Chuyên viên', bodyId: a.assigneeId },
      } as RunEvent;
      if (!checkAction(state, event.actor, event).ok || !applyRunEvent(state, event).ok)
        throw new Error('the benchmark report was refused');
      snapshotOf(state, touchedBodies(state, event));
      runStatusOf(state);
      allowedActions(state, actor);
      runDashboard(state, { asOf: '2025-03-01', dueSoonDays: 7, calendar });
    });
    rows.push([`Một thao tác hiện lên màn hình, lượt 200 cơ quan (${who})`, ms(action), '11', '≤ 50 ms']);
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printRows(runRows());
