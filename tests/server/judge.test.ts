import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayRun, runView, type IssuedRun, type RunAction, type RunEvent } from '../../server/src/core';
import { startInstance } from '../../server/src/instance';
import type { Browser } from './client';
import { ENGINES } from './databases';
import { PLAN } from './fixtures';
import { approve, cancel, issueRun, report, start, submission, world } from './harness';

interface Refused {
  error: { code: string; message: { vi: string; en: string } };
}
interface Read {
  issued: IssuedRun;
  events: Array<{ event: RunEvent }>;
}

describe.each(ENGINES)('the server judges every event with the engine on $name', (engine) => {
  let w: Awaited<ReturnType<typeof world>>;
  let admin: Browser;
  let lead: Browser;
  let helper: Browser;
  beforeAll(async () => {
    w = await world(await engine.open());
    [admin, lead, helper] = await Promise.all([w.as('admin'), w.as('lead'), w.as('helper')]);
  });
  afterAll(async () => w.close());

  const act = (b: Browser, runId: string, action: RunAction) =>
    b.json<Refused>('POST', `/api/runs/${runId}/events`, submission(null, action));
  const read = async (runId: string) => (await admin.json<Read>('GET', `/api/runs/${runId}`)).body;

  it('refuses an approval by a body that is not the approver, with the engine reason in both languages', async () => {
    const runId = await issueRun(admin);
    expect((await act(lead, runId, start('b1', 't1'))).status).toBe(201);
    expect((await act(lead, runId, report('b1', 't1'))).status).toBe(201);
    const byHelper = await act(helper, runId, approve('b1', 't1'));
    expect(byHelper.status).toBe(403);
    expect(byHelper.body.error.message.vi).toMatch(/^Không thể «Xác nhận hoàn thành».*Cơ quan 0/);
    expect(byHelper.body.error.message.en).toMatch(/^Cannot “[^”]+”.*Cơ quan 0/);
    expect((await act(lead, runId, approve('b1', 't1'))).status).toBe(403);
    expect((await act(admin, runId, approve('b1', 't1'))).status).toBe(201);
  });

  it('refuses acting for another body: the actor is the signed-in account, never a field of the event', async () => {
    const runId = await issueRun(admin);
    const forOther = await act(lead, runId, start('b2', 't2'));
    expect(forOther.status).toBe(403);
    expect(forOther.body.error.message.en).toContain('Cơ quan 2');
    const forged = await lead.json<Refused>('POST', `/api/runs/${runId}/events`, {
      ...submission(null, start('b2', 't2')),
      action: { ...start('b2', 't2'), actor: { name: 'Giả', bodyId: 'b2' } },
    });
    expect(forged).toMatchObject({ status: 400, body: { error: { code: 'invalid' } } });
    expect((await read(runId)).events).toHaveLength(1);
  });

  it('refuses starting a cancelled assignment, naming its state', async () => {
    const runId = await issueRun(admin);
    expect((await act(admin, runId, cancel('b2', 't2'))).status).toBe(201);
    const late = await act(helper, runId, start('b2', 't2'));
    expect(late.status).toBe(403);
    expect(late.body.error.message.vi).toContain('Đã hủy');
    expect(late.body.error.message.en).toMatch(/cancelled/i);
  });

  it('accepts a valid sequence to completion; the final state is a replay of the log', async () => {
    const runId = await issueRun(admin);
    const steps: Array<[Browser, RunAction]> = [
      [lead, start('b1', 't1')],
      [helper, start('b2', 't1')],
      [helper, start('b2', 't2')],
      [lead, report('b1', 't1')],
      [helper, report('b2', 't1')],
      [helper, report('b2', 't2')],
      [lead, approve('b2', 't1')],
      [admin, approve('b1', 't1')],
      [admin, approve('b2', 't2')],
    ];
    for (const [b, action] of steps) expect((await act(b, runId, action)).status).toBe(201);
    const { issued, events } = await read(runId);
    const replayed = replayRun(
      issued,
      events.map((e) => e.event),
    );
    expect(replayed.refused).toEqual([]);
    expect(runView(replayed.state)).toMatchObject({ seq: 10, status: 'completed' });
    expect((await act(lead, runId, start('b1', 't1'))).status).toBe(403);
  });

  it('a restarted instance rebuilds the state from the log, and instances catch up with each other', async () => {
    const runId = await issueRun(admin);
    expect((await act(lead, runId, start('b1', 't1'))).status).toBe(201);
    const restarted = await startInstance(w.db);
    try {
      const [lead2, admin2] = await Promise.all([w.as('lead', restarted), w.as('admin', restarted)]);
      expect((await act(lead2, runId, start('b1', 't1'))).status).toBe(403);
      expect((await act(lead2, runId, report('b1', 't1'))).status).toBe(201);
      expect((await act(lead, runId, report('b1', 't1'))).status).toBe(403);
      expect((await act(admin, runId, approve('b1', 't1'))).status).toBe(201);
      expect((await act(admin2, runId, approve('b1', 't1'))).status).toBe(403);
      const { issued, events } = await read(runId);
      expect(
        replayRun(
          issued,
          events.map((e) => e.event),
        ).refused,
      ).toEqual([]);
      expect(events.map((e) => e.event.type)).toEqual(['issue', 'start', 'report', 'approve']);
    } finally {
      await restarted.stop();
    }
  });

  it('refuses issuing a plan whose issuer is another body, and stores no run', async () => {
    const before = (await admin.json<{ runs: unknown[] }>('GET', '/api/runs')).body.runs.length;
    const plan = { ...PLAN, id: 'ke-hoach-khac', issuerIds: ['b1'] };
    expect((await admin.json('PUT', `/api/plans/${plan.id}`, { baseRevision: 0, plan })).status).toBe(200);
    const refused = await admin.json<Refused>('POST', '/api/runs', { planId: plan.id });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message.en).toMatch(/^Cannot “Issue”.*Cơ quan 1/);
    expect((await admin.json<{ runs: unknown[] }>('GET', '/api/runs')).body.runs).toHaveLength(before);
  });
});
