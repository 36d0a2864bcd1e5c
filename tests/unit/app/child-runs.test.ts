import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app';
import type { RunAction, RunActor } from '../../../src/domain/run';
import { auditEntryOf } from '../../../src/engine/run-audit';
import { describeAuditEntry } from '../../../src/engine/run-replay';
import { workingStatus, type RunState } from '../../../src/engine/run-state';
import { RunRepository } from '../../../src/store';
import { makePlan } from '../../support/plan-builder';
import { REPORT, staffOf } from '../../support/run-builder';
import { testDatabase } from './support';

const parentPlan = makePlan(
  [
    { id: 'a', leadId: 'b1', childPlan: true, childPlanId: 'child-plan', report: { toId: 'b0' } },
    { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
  ],
  { id: 'parent-plan', title: 'Kế hoạch cấp trên' },
);
/** The ward's own plan for task a: issued by b1, carried out by b2 and b3. */
const childPlan = makePlan(
  [
    { id: 'x', leadId: 'b2' },
    { id: 'y', leadId: 'b3' },
  ],
  { id: 'child-plan', title: 'Kế hoạch cụ thể hóa', issuerIds: ['b1'] },
);
const [issuer, s1, s2, s3] = ['b0', 'b1', 'b2', 'b3'].map((b) => staffOf(b));
const on = (taskId: string, assigneeId: string) => ({ taskId, assigneeId });
const status = (state: RunState, key: string) => workingStatus(state, state.assignments.get(key)!);

async function setUp() {
  const db = testDatabase();
  let t = Date.UTC(2024, 1, 5, 2);
  const app = createApp(db, () => new Date((t += 60_000)));
  const runs = await app.runs();
  const issued = await runs.issue(parentPlan, issuer!, { number: '66-CTr/TU', issuedOn: '2024-02-02' });
  if (!issued.ok) throw new Error('not issued');
  return { db, runs, parent: issued.state };
}

async function finish(runs: Awaited<ReturnType<typeof setUp>>['runs'], childRunId: string) {
  let child = (await runs.open(childRunId))!;
  let last = null;
  for (const [actor, action] of [
    [s2, { type: 'start', ...on('x', 'b2') }],
    [s2, { type: 'report', ...on('x', 'b2'), report: REPORT }],
    [s1, { type: 'approve', ...on('x', 'b2') }],
    [s3, { type: 'start', ...on('y', 'b3') }],
    [s3, { type: 'report', ...on('y', 'b3'), report: REPORT }],
    [s1, { type: 'approve', ...on('y', 'b3') }],
  ] as Array<[RunActor, RunAction]>) {
    last = await runs.act(child, actor, action);
    if (!last.ok) throw new Error(`${action.type} refused`);
    child = last.state;
  }
  return last!;
}

/** The audit entry of the last event of a run's log. */
async function lastEntry(runs: Awaited<ReturnType<typeof setUp>>['runs'], state: RunState) {
  const { events } = await runs.log(state.run.id).page({}, 1);
  return auditEntryOf(state, events[0]!);
}

describe('runs of child plans', () => {
  it('issues the child plan from the task, with its number and date, in one transaction with the link', async () => {
    const { runs, parent } = await setUp();
    const done = await runs.children.issue(parent, s1!, on('a', 'b1'), childPlan, {
      number: '12-KH/ĐU',
      issuedOn: '2024-02-10',
    });
    if (!done.ok) throw new Error('child not issued');
    const child = (await runs.get(done.childRunId))!;
    expect(child).toMatchObject({ planId: 'child-plan', number: '12-KH/ĐU', issuedOn: '2024-02-10' });
    expect(child.parent).toEqual({ runId: parent.run.id, taskId: 'a' });
    const reopened = (await runs.open(parent.run.id))!;
    expect(reopened.assignments.get('b1/a')!.child).toMatchObject({ runId: child.id, number: '12-KH/ĐU' });
    const [progress] = await runs.children.progress(reopened);
    expect(progress).toMatchObject({ taskId: 'a', completed: 0, total: 2, status: 'active', refusal: null });
    expect(await runs.children.parentOf(child)).toMatchObject({
      run: { id: parent.run.id },
      task: { id: 'a', code: '1' },
    });
  });

  it('completes the parent task when the child run completes, written on the child run’s behalf', async () => {
    const { runs, parent } = await setUp();
    const done = await runs.children.issue(parent, s1!, on('a', 'b1'), childPlan, {
      number: '12-KH/ĐU',
      issuedOn: '2024-02-10',
    });
    if (!done.ok) throw new Error('child not issued');
    const last = await finish(runs, done.childRunId);
    expect(last.ok && last.cascade).toMatchObject({ ok: true });
    const after = (await runs.open(parent.run.id))!;
    expect(status(after, 'b1/a')).toBe('completed');
    expect(runs.allowed(after, s2!).map((a) => `${a.type} ${a.taskId}`)).toContain('start b');
    const entry = await lastEntry(runs, after);
    expect(entry).toMatchObject({ type: 'child-completed', actor: s1 });
    expect(describeAuditEntry(after, entry).vi).toMatch(/^Hệ thống, thay mặt kế hoạch con số 12-KH\/ĐU/);
    const [progress] = await runs.children.progress(after);
    expect(progress).toMatchObject({ completed: 2, total: 2, status: 'completed', refusal: null });
  });

  it('refuses the cascade, and shows why, when the parent task was cancelled', async () => {
    const { runs, parent } = await setUp();
    const done = await runs.children.issue(parent, s1!, on('a', 'b1'), childPlan, {
      number: null,
      issuedOn: '2024-02-10',
    });
    if (!done.ok) throw new Error('child not issued');
    const cancelled = await runs.act(done.parent, issuer!, {
      type: 'cancel',
      ...on('a', 'b1'),
      reason: 'Thôi',
    });
    expect(cancelled.ok).toBe(true);
    const last = await finish(runs, done.childRunId);
    expect(last.ok && last.cascade).toMatchObject({ ok: false, refusal: { code: 'state' } });
    const after = (await runs.open(parent.run.id))!;
    expect((await lastEntry(runs, after)).type).toBe('cancel');
    const [progress] = await runs.children.progress(after);
    expect(progress!.status).toBe('completed');
    expect(progress!.refusal?.message.vi).toContain('«Đã hủy»');
  });

  it('links an earlier run of the child plan, once; a run fulfils one task only', async () => {
    const { db, runs, parent } = await setUp();
    const earlier = await runs.issue(childPlan, s1!, { number: '9-KH/ĐU', issuedOn: '2024-01-20' });
    if (!earlier.ok) throw new Error('not issued');
    expect((await runs.children.candidates(parent, 'a')).map((r) => r.id)).toEqual([earlier.run.id]);
    const linked = await runs.children.link(parent, s1!, on('a', 'b1'), earlier.run.id);
    expect(linked.ok).toBe(true);
    expect((await runs.get(earlier.run.id))!.parent).toEqual({ runId: parent.run.id, taskId: 'a' });
    expect(await runs.children.candidates(parent, 'a')).toEqual([]);

    const other = await runs.issue(parentPlan, issuer!, { number: '67-CTr/TU', issuedOn: '2024-03-01' });
    if (!other.ok) throw new Error('not issued');
    const taken = await runs.children.link(other.state, s1!, on('a', 'b1'), earlier.run.id);
    expect(taken).toMatchObject({ ok: false, refusal: { code: 'child-linked' } });
    expect(await new RunRepository(db).lastSeq(other.run.id)).toBe(1);
  });

  it('writes nothing when the child plan cannot be issued by the task’s lead', async () => {
    const { db, runs, parent } = await setUp();
    const notIssuer = makePlan([{ id: 'x', leadId: 'b2' }], { id: 'child-plan', issuerIds: ['b3'] });
    const refused = await runs.children.issue(parent, s1!, on('a', 'b1'), notIssuer, {
      number: null,
      issuedOn: '2024-02-10',
    });
    expect(refused).toMatchObject({ ok: false, refusal: null });
    expect(refused.ok || refused.problems[0]!.message.vi).toContain('chỉ cơ quan ban hành (Cơ quan 3)');
    expect(await runs.list('child-plan')).toEqual([]);
    expect(await new RunRepository(db).lastSeq(parent.run.id)).toBe(1);
    const byOther = await runs.children.issue(parent, s2!, on('a', 'b1'), childPlan, {
      number: null,
      issuedOn: '2024-02-10',
    });
    expect(byOther).toMatchObject({ ok: false, refusal: { code: 'role' }, problems: [] });
  });
});
