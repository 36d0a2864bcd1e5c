import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { RunAction, RunEvent } from '../../../src/domain/run';
import { applyRunEvent, replayRun, runView } from '../../../src/engine/run-replay';
import { initialRunState, runStatusOf, type RunState } from '../../../src/engine/run-state';
import { RunRepository } from '../../../src/store';
import { makePlan } from '../../support/plan-builder';
import { eventOf, makeRun, REPORT, RUN_ID, staffOf, testId } from '../../support/run-builder';
import { freshDatabase } from './support';

const plan = makePlan([{ id: 'a', leadId: 'b1', deadline: 'trong quý I/2024' }]);
const run = makeRun(plan);
const [issuer, staff] = [staffOf('b0'), staffOf('b1')];
const on = { taskId: 'a', assigneeId: 'b1' };

/** Apply an action to the state and store it as the app will: event and snapshot in one append. */
async function act(repo: RunRepository, state: RunState, actor = staff, action: RunAction) {
  const event = eventOf(state.seq + 1, actor, action);
  const expected = state.seq;
  expect(applyRunEvent(state, event)).toEqual({ ok: true });
  const snapshot = { status: runStatusOf(state), state: runView(state) };
  if (event.type === 'issue') return repo.issue(run, event, snapshot);
  return repo.append(RUN_ID, expected, event, snapshot);
}

async function issuedRun() {
  const { db, reported } = freshDatabase();
  const repo = new RunRepository(db);
  const state = initialRunState(run);
  expect(await act(repo, state, issuer, { type: 'issue' })).toEqual({ ok: true });
  return { db, reported, repo, state };
}

describe('the run repository', () => {
  it('keeps a run, its log in order and its cached state; replaying the stored log gives the state again', async () => {
    const { db, repo, state } = await issuedRun();
    await act(repo, state, staff, { type: 'start', ...on });
    await act(repo, state, staff, { type: 'report', ...on, report: REPORT });
    await act(repo, state, issuer, { type: 'approve', ...on });
    expect(await repo.lastSeq(RUN_ID)).toBe(4);
    const events = await repo.events(RUN_ID);
    expect(events.map((e) => e.type)).toEqual(['issue', 'start', 'report', 'approve']);
    expect((await repo.events(RUN_ID, 2)).map((e) => e.seq)).toEqual([3, 4]);
    const stored = await repo.get(RUN_ID);
    expect(stored).toEqual({ ...run, status: 'completed' });
    const replayed = replayRun(stored!, events);
    expect(runView(replayed.state)).toEqual(runView(state));
    expect(await repo.snapshot(RUN_ID)).toMatchObject({ runId: RUN_ID, seq: 4, state: runView(state) });
    expect(await repo.list(plan.id)).toEqual([stored]);
    db.close();
  });

  it('refuses an event written from a stale state and writes nothing', async () => {
    const { db, repo, state } = await issuedRun();
    await act(repo, state, staff, { type: 'start', ...on });
    const late = eventOf(2, staff, { type: 'request-extension', ...on, reason: 'r', newDue: '2024-06-30' });
    const result = await repo.append(RUN_ID, 1, late, { status: 'active', state: {} });
    expect(result).toEqual({ ok: false, reason: 'stale', currentSeq: 2 });
    expect((await repo.events(RUN_ID)).map((e) => e.type)).toEqual(['issue', 'start']);
    expect((await repo.snapshot(RUN_ID))?.seq).toBe(2);
    await expect(db.runEvents.add({ ...late, id: '01J00000000000000000000777' })).rejects.toThrow();
    db.close();
  });

  it('writes the event and the snapshot together or not at all', async () => {
    const { db, repo } = await issuedRun();
    const event = eventOf(2, staff, { type: 'start', ...on });
    const unstorable = { status: 'active' as const, state: { f: () => 1 } };
    await expect(repo.append(RUN_ID, 1, event, unstorable)).rejects.toThrow();
    expect(await repo.lastSeq(RUN_ID)).toBe(1);
    expect((await repo.snapshot(RUN_ID))?.seq).toBe(1);
    const unstorablePart = { status: 'active' as const, state: {}, parts: { b1: 1, b2: () => 2 } };
    await expect(repo.append(RUN_ID, 1, event, unstorablePart)).rejects.toThrow();
    expect(await repo.lastSeq(RUN_ID)).toBe(1);
    expect(await repo.snapshot(RUN_ID)).toMatchObject({ seq: 1, parts: {} });
    const parts = { status: 'active' as const, state: { head: 2 }, parts: { b1: 1, b2: 2 } };
    expect(await repo.append(RUN_ID, 1, event, parts)).toEqual({ ok: true });
    const next = eventOf(3, staff, { type: 'report', ...on, report: REPORT });
    expect(await repo.append(RUN_ID, 2, next, { ...parts, state: { head: 3 }, parts: { b2: 3 } })).toEqual({
      ok: true,
    });
    expect(await repo.snapshot(RUN_ID)).toMatchObject({
      seq: 3,
      state: { head: 3 },
      parts: { b1: 1, b2: 3 },
    });
    expect(
      await repo.append(
        '01J00000000000000000000999',
        0,
        { ...event, runId: '01J00000000000000000000999', seq: 1 },
        unstorable,
      ),
    ).toEqual({
      ok: false,
      reason: 'no-run',
    });
    db.close();
  });

  it('refuses a malformed event in Vietnamese and English, naming the field', async () => {
    const { db, repo } = await issuedRun();
    const bad = { ...eventOf(2, staff, { type: 'return', ...on, reason: 'x' }), reason: '  ' } as RunEvent;
    const result = await repo.append(RUN_ID, 1, bad, { status: 'active', state: {} });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    const problems = result.ok || result.reason !== 'invalid' ? [] : result.problems;
    expect(problems.map((p) => p.path.vi)).toEqual(['reason']);
    expect(problems[0]!.message.vi).not.toBe(problems[0]!.message.en);
    expect(await repo.lastSeq(RUN_ID)).toBe(1);
    db.close();
  });

  it('skips and reports an unreadable event row', async () => {
    const { db, repo, reported } = await issuedRun();
    await db.runEvents.add({
      id: '01J00000000000000000000555',
      runId: RUN_ID,
      seq: 2,
      type: 'start',
    } as unknown as RunEvent);
    expect((await repo.events(RUN_ID)).map((e) => e.seq)).toEqual([1]);
    expect(reported).toMatchObject([{ table: 'runEvents', key: '01J00000000000000000000555' }]);
    db.close();
  });

  it('keeps attachments as Blobs, written with the report that names them', async () => {
    const { db, repo, state } = await issuedRun();
    await act(repo, state, staff, { type: 'start', ...on });
    const file = new Blob(['Biên bản hội nghị'], { type: 'text/plain' });
    const kept = repo.newAttachment(RUN_ID, file, 'bien-ban.txt');
    expect(kept.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(await repo.attachment(kept.id)).toBeNull();
    const report = { ...REPORT, evidence: { links: [], attachmentIds: [kept.id] } };
    const event = eventOf(3, staff, { type: 'report', ...on, report });
    expect(await repo.append(RUN_ID, 2, event, { status: 'active', state: {} }, [kept])).toEqual({
      ok: true,
    });
    const read = await repo.attachment(kept.id);
    expect(read).toMatchObject({ runId: RUN_ID, name: 'bien-ban.txt', type: 'text/plain', size: file.size });
    expect(await read!.blob.text()).toBe('Biên bản hội nghị');
    expect((await repo.attachments(RUN_ID)).map((a) => a.id)).toEqual([kept.id]);
    db.close();
  });

  it('writes no attachment when the report it came with is refused as stale', async () => {
    const { db, repo, state } = await issuedRun();
    await act(repo, state, staff, { type: 'start', ...on });
    const kept = repo.newAttachment(RUN_ID, new Blob(['x'], { type: 'text/plain' }), 'x.txt');
    const event = eventOf(2, staff, { type: 'report', ...on, report: REPORT });
    const result = await repo.append(RUN_ID, 1, event, { status: 'active', state: {} }, [kept]);
    expect(result).toEqual({ ok: false, reason: 'stale', currentSeq: 2 });
    expect(await repo.attachments(RUN_ID)).toEqual([]);
    db.close();
  });

  it('caches a rebuilt state only when it is the state after the last event', async () => {
    const { db, repo, state } = await issuedRun();
    await act(repo, state, staff, { type: 'start', ...on });
    expect(await repo.refreshSnapshot(RUN_ID, 1, { status: 'active', state: { old: true } })).toBe(false);
    expect((await repo.snapshot(RUN_ID))?.seq).toBe(2);
    expect(await repo.refreshSnapshot(RUN_ID, 2, { status: 'active', state: { rebuilt: true } })).toBe(true);
    expect(await repo.snapshot(RUN_ID)).toMatchObject({ seq: 2, state: { rebuilt: true } });
    db.close();
  });

  it('writes a child run and its parent’s link together, or neither when the parent’s log moved on', async () => {
    const { db, repo, state } = await issuedRun();
    await act(repo, state, staff, { type: 'start', ...on });
    const child = { ...makeRun(makePlan([{ id: 'x', leadId: 'b2' }], { id: 'child' })), id: testId(50) };
    const issued = {
      run: child,
      event: { ...eventOf(1, issuer, { type: 'issue' }), runId: child.id, id: testId(51) },
      snapshot: { status: 'active' as const, state: {} },
    };
    const link = (seq: number) =>
      eventOf(seq, staff, {
        type: 'link-child',
        ...on,
        childRunId: child.id,
        childPlanId: 'child',
        childNumber: null,
        childIssuedOn: '2024-02-10',
      });
    const parent = (seq: number) => ({
      runId: RUN_ID,
      expectedSeq: seq - 1,
      event: link(seq),
      snapshot: { status: 'active' as const, state: {} },
    });
    expect(await repo.issueChild(issued, parent(2))).toEqual({ ok: false, reason: 'stale', currentSeq: 2 });
    expect(await repo.get(child.id)).toBeNull();
    expect(await repo.lastSeq(child.id)).toBe(0);
    expect(await repo.issueChild(issued, parent(3))).toEqual({ ok: true });
    expect([await repo.lastSeq(RUN_ID), await repo.lastSeq(child.id)]).toEqual([3, 1]);
    expect(await repo.linkChild(child.id, parent(4))).toEqual({ ok: true });
    expect((await repo.get(child.id))?.parent).toEqual({ runId: RUN_ID, taskId: 'a' });
    expect(await repo.linkChild(child.id, parent(5))).toEqual({ ok: false, reason: 'taken' });
    expect(await repo.lastSeq(RUN_ID)).toBe(4);
    db.close();
  });
});
