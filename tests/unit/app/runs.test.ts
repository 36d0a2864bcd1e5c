import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app';
import { storedSnapshot } from '../../../src/app/run-snapshots';
import { runView } from '../../../src/engine/run-replay';
import { restoreRun, RUN_SNAPSHOT_VERSION } from '../../../src/engine/run-snapshot';
import { workingStatus, type RunState } from '../../../src/engine/run-state';
import { RunRepository } from '../../../src/store';
import { makePlan } from '../../support/plan-builder';
import { REPORT, staffOf } from '../../support/run-builder';
import { testDatabase } from './support';

function newApp() {
  const db = testDatabase();
  let t = Date.UTC(2024, 1, 5, 2);
  return { db, app: createApp(db, () => new Date((t += 60_000))) };
}

const plan = makePlan([
  { id: 'a', leadId: 'b1', deadline: 'chậm nhất ngày 15/3/2024', report: { toId: 'b0' } },
  { id: 'b', leadId: 'b2', prerequisiteIds: ['a'], deadline: 'trong quý II/2024' },
]);
const [issuer, s1, s2] = [staffOf('b0'), staffOf('b1'), staffOf('b2')];
const on = (taskId: string, assigneeId: string) => ({ taskId, assigneeId });
const status = (state: RunState, key: string) => workingStatus(state, state.assignments.get(key)!);

async function issued() {
  const { db, app } = newApp();
  const result = await (
    await app.runs()
  ).issue(plan, issuer, { number: ' 66-CTr/TU ', issuedOn: '2024-02-02' });
  if (!result.ok) throw new Error('not issued');
  return { db, app, run: result.run, state: result.state };
}

describe('the runs service', () => {
  it('issues a frozen copy of the plan with its number and date, and lists it', async () => {
    const { app, run } = await issued();
    expect(run).toMatchObject({
      number: '66-CTr/TU',
      issuedOn: '2024-02-02',
      issuedBy: issuer,
      status: 'active',
    });
    expect(run.plan).toEqual(plan);
    expect(run.plan).not.toBe(plan);
    expect((await (await app.runs()).list()).map((r) => r.id)).toEqual([run.id]);
  });

  it('acts in one transaction each, and opens the run exactly as it was left', async () => {
    const { app, run } = await issued();
    let state = (await (await app.runs()).open(run.id))!;
    for (const [actor, action] of [
      [s1, { type: 'start', ...on('a', 'b1') }],
      [s1, { type: 'report', ...on('a', 'b1'), report: REPORT }],
      [issuer, { type: 'approve', ...on('a', 'b1') }],
      [s1, { type: 'deliver', ...on('a', 'b1') }],
    ] as const) {
      const done = await (await app.runs()).act(state, actor, action);
      if (!done.ok) throw new Error(`${action.type} refused`);
      state = done.state;
    }
    expect(status(state, 'b1/a')).toBe('completed');
    expect((await app.runs()).allowed(state, s2).map((a) => a.type)).toContain('start');
    const reopened = (await (await app.runs()).open(run.id))!;
    expect(runView(reopened)).toEqual(runView(state));
  });

  it('refuses an action the machine does not allow, and writes nothing', async () => {
    const { db, app, run } = await issued();
    const state = (await (await app.runs()).open(run.id))!;
    const refused = await (await app.runs()).act(state, s2, { type: 'start', ...on('a', 'b1') });
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'role' } });
    expect(await new RunRepository(db).lastSeq(run.id)).toBe(1);
  });

  it('reads the log again when another tab acted first, and tries once more', async () => {
    const { app, run } = await issued();
    const here = (await (await app.runs()).open(run.id))!;
    const there = (await (await app.runs()).open(run.id))!;
    const paused = await (
      await app.runs()
    ).act(there, issuer, { type: 'pause', ...on('b', 'b2'), reason: 'Chờ' });
    expect(paused.ok).toBe(true);
    const late = await (await app.runs()).act(here, s1, { type: 'start', ...on('a', 'b1') });
    if (!late.ok) throw new Error('start refused');
    expect(late.state.seq).toBe(3);
    expect([status(late.state, 'b1/a'), status(late.state, 'b2/b')]).toEqual(['inProgress', 'paused']);
    const stale = (await (await app.runs()).open(run.id))!;
    expect((await (await app.runs()).act(there, s1, { type: 'start', ...on('a', 'b1') })).ok).toBe(false);
    expect(
      await (await app.runs()).act(stale, issuer, { type: 'pause', ...on('b', 'b2'), reason: 'Chờ' }),
    ).toMatchObject({ ok: false });
  });

  it('keeps the profile in settings, and refuses to read one that is not a person and a body', async () => {
    const { app } = newApp();
    expect(await app.settings.profile()).toBeNull();
    await app.settings.setProfile({ name: 'Trần Thị Bình', bodyId: 'b1' });
    expect(await app.settings.profile()).toEqual({ name: 'Trần Thị Bình', bodyId: 'b1' });
    await expect(app.settings.setProfile({ name: ' ', bodyId: 'b1' })).rejects.toThrow();
  });

  it('gives the dashboard as of a date: overdue after the deadline', async () => {
    const { app, run } = await issued();
    const state = (await (await app.runs()).open(run.id))!;
    const before = (await app.runs()).dashboard(state, { asOf: '2024-03-01', dueSoonDays: 5 });
    const after = (await app.runs()).dashboard(state, { asOf: '2024-03-20', dueSoonDays: 5 });
    expect(before.overdue).toEqual([]);
    expect(after.overdue.map((o) => [o.taskId, o.daysLate])).toEqual([['a', 5]]);
  });

  it("keeps a report's files with its event, and refuses files over the limits naming them, writing nothing", async () => {
    const { db, app, run } = await issued();
    const runs = await app.runs();
    const started = await runs.act((await runs.open(run.id))!, s1, { type: 'start', ...on('a', 'b1') });
    if (!started.ok) throw new Error('start refused');
    const big = new File([new Uint8Array(11 * 1024 * 1024)], 'ghi-hinh.mp4', { type: 'video/mp4' });
    const empty = new File([], 'trong.pdf', { type: 'application/pdf' });
    const report = { type: 'report', ...on('a', 'b1'), report: REPORT } as const;
    const refused = await runs.act(started.state, s1, report, [big, empty]);
    expect(refused).toMatchObject({ ok: false, refusal: null });
    const messages = refused.ok ? [] : refused.problems.map((p) => `${p.path.vi}: ${p.message.vi}`);
    expect(messages).toEqual([
      'tệp minh chứng «ghi-hinh.mp4»: Tệp nặng 11 MB, quá giới hạn 10 MB cho một tệp.',
      'tệp minh chứng «trong.pdf»: Tệp trống (0 byte).',
    ]);
    expect(await new RunRepository(db).lastSeq(run.id)).toBe(2);
    expect(await runs.attachments(run.id)).toEqual([]);

    const file = new File(['Biên bản hội nghị'], 'bien-ban.txt', { type: 'text/plain' });
    const done = await runs.act(started.state, s1, report, [file]);
    if (!done.ok) throw new Error('report refused');
    const [kept] = await runs.attachments(run.id);
    expect(kept).toMatchObject({ name: 'bien-ban.txt', size: file.size, type: 'text/plain' });
    expect(await kept!.blob.text()).toBe('Biên bản hội nghị');
    const stored = done.state.assignments.get('b1/a')!.reports.at(-1)!.contents.evidence;
    expect(stored.attachmentIds).toEqual([kept!.id]);
    const reopened = (await runs.open(run.id))!;
    expect(reopened.assignments.get('b1/a')!.reports.at(-1)!.contents.evidence.attachmentIds).toEqual([
      kept!.id,
    ]);
  });

  it('opens a run whose cached state is missing or outdated from its log, and caches the state again', async () => {
    const { db, app, run } = await issued();
    const runs = await app.runs();
    const started = await runs.act((await runs.open(run.id))!, s1, { type: 'start', ...on('a', 'b1') });
    if (!started.ok) throw new Error('start refused');
    const expected = runView(started.state);
    await db.runSnapshots.update(run.id, { state: { version: 0 } });
    expect(runView((await runs.open(run.id))!)).toEqual(expected);
    expect(await db.runSnapshots.get(run.id)).toMatchObject({
      seq: 2,
      state: { version: RUN_SNAPSHOT_VERSION },
    });
    await db.runSnapshots.delete(run.id);
    expect(runView((await runs.open(run.id))!)).toEqual(expected);
    expect((await db.runSnapshots.get(run.id))?.seq).toBe(2);
    const restored = restoreRun(run, storedSnapshot((await new RunRepository(db).snapshot(run.id))!));
    expect(restored && runView(restored)).toEqual(expected);
  });
});
