import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './client';
import { ENGINES } from './databases';
import { PLAN } from './fixtures';
import { cancel, issueRun, report, start, submission, world } from './harness';

interface Stored {
  seq: number;
  idempotencyKey: string;
  event: { type: string; seq: number; actor: { bodyId: string }; report?: Record<string, unknown> };
}

describe.each(ENGINES)('runs and their event log on $name', (engine) => {
  let w: Awaited<ReturnType<typeof world>>;
  let admin: Browser;
  let lead: Browser;
  let helper: Browser;
  beforeAll(async () => {
    w = await world(await engine.open());
    [admin, lead, helper] = await Promise.all([w.as('admin'), w.as('lead'), w.as('helper')]);
  });
  afterAll(async () => w.close());

  const lastSeq = async (runId: string) =>
    (await admin.json<{ run: { lastSeq: number } }>('GET', `/api/runs/${runId}`)).body.run.lastSeq;

  it('issues a run that keeps the plan as it was', async () => {
    const runId = await issueRun(admin);
    await admin.json('PUT', `/api/plans/${PLAN.id}`, {
      baseRevision: 1,
      plan: { ...PLAN, title: 'Sửa sau' },
    });
    const { body } = await lead.json<{
      run: { plan: { title: string }; issuerBodyId: string };
      events: Stored[];
    }>('GET', `/api/runs/${runId}`);
    expect(body.run).toMatchObject({ plan: { title: PLAN.title }, issuerBodyId: 'b0', number: '12-KH/TU' });
    expect(body.run).toMatchObject({ lastSeq: 1 });
    expect(body.events.map((e) => e.event)).toMatchObject([
      { type: 'issue', seq: 1, actor: { bodyId: 'b0' } },
    ]);
  });

  it('issues from the library revision the issuer saw, refuses a stale one, and only issuers issue', async () => {
    const stale = await admin.json('POST', '/api/runs', { planId: PLAN.id, planRevision: 1 });
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { code: 'stale-revision' }, conflict: { revision: 2, plan: { title: 'Sửa sau' } } },
    });
    const issued = await admin.json<{ run: { planRevision: number; plan: { title: string } } }>(
      'POST',
      '/api/runs',
      { planId: PLAN.id, planRevision: 2, number: '13-KH/TU', issuedOn: '2026-12-01' },
    );
    expect(issued).toMatchObject({
      status: 201,
      body: { run: { planRevision: 2, plan: { title: 'Sửa sau' } } },
    });
    expect((await lead.call('POST', '/api/runs', { planId: PLAN.id, planRevision: 2 })).status).toBe(403);
  });

  it('appends the assignees events in order and reads them back since a sequence number', async () => {
    const runId = await issueRun(admin);
    const post = (b: Browser, expected: number, action: Parameters<typeof submission>[1]) =>
      b.json('POST', `/api/runs/${runId}/events`, submission(expected, action));
    expect((await post(lead, 1, start('b1', 't1'))).status).toBe(201);
    expect((await post(helper, 2, start('b2', 't1'))).status).toBe(201);
    expect((await post(admin, 3, cancel('b2', 't2'))).status).toBe(201);
    const { body } = await lead.json<{ events: Stored[] }>('GET', `/api/runs/${runId}?since=2`);
    expect(body.events.map((e) => e.seq)).toEqual([3, 4]);
  });

  it('refuses acting for another body or on a task not assigned, and logs each refusal', async () => {
    const runId = await issueRun(admin);
    const forOther = await lead.json('POST', `/api/runs/${runId}/events`, submission(1, start('b2', 't2')));
    expect(forOther).toMatchObject({ status: 403, body: { error: { code: 'refused' } } });
    expect((forOther.body as { error: { message: { vi: string } } }).error.message.vi).toContain('Cơ quan 1');
    const notAssigned = await lead.json(
      'POST',
      `/api/runs/${runId}/events`,
      submission(1, start('b1', 't2')),
    );
    expect(notAssigned.status).toBe(403);
    const issuerOnly = await lead.json(
      'POST',
      `/api/runs/${runId}/events`,
      submission(1, cancel('b1', 't1')),
    );
    expect(issuerOnly.status).toBe(403);
    const logged = await w.db.query('SELECT reason FROM refusals WHERE run_id = $1', [runId]);
    expect(logged).toHaveLength(3);
    expect(await lastSeq(runId)).toBe(1);
  });

  it('a retry with the same idempotency key returns the stored event and appends nothing', async () => {
    const runId = await issueRun(admin);
    const sent = submission(1, start('b1', 't1'));
    const first = await lead.json<{ event: Stored }>('POST', `/api/runs/${runId}/events`, sent);
    const retry = await lead.json<{ event: Stored; replayed: boolean }>(
      'POST',
      `/api/runs/${runId}/events`,
      sent,
    );
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ event: first.body.event, replayed: true });
    expect(await lastSeq(runId)).toBe(2);
  });

  it('of many submissions expecting the same sequence number exactly one is appended', async () => {
    const runId = await issueRun(admin);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? helper : lead).json(
          'POST',
          `/api/runs/${runId}/events`,
          submission(1, start(i % 2 ? 'b2' : 'b1', 't1')),
        ),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect(results.filter((r) => r.status === 409)[0]?.body).toMatchObject({ lastSeq: 2 });
    expect(await lastSeq(runId)).toBe(2);
  });

  it('submissions that expect no sequence number are all appended, one after another', async () => {
    const runId = await issueRun(admin);
    const sent: Array<[Browser, Parameters<typeof submission>[1]]> = [
      [lead, start('b1', 't1')],
      [helper, start('b2', 't1')],
      [helper, start('b2', 't2')],
      [admin, cancel('b0', 't1')],
    ];
    const results = await Promise.all(
      sent.map(([b, action]) =>
        b.json<{ event: Stored }>('POST', `/api/runs/${runId}/events`, submission(null, action)),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 403]);
    expect(
      results
        .slice(0, 3)
        .map((r) => r.body.event.seq)
        .sort(),
    ).toEqual([2, 3, 4]);
  });

  it('a concurrent retry of one submission is appended once', async () => {
    const runId = await issueRun(admin);
    const sent = submission(1, start('b1', 't1'));
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        lead.json<{ event: Stored }>('POST', `/api/runs/${runId}/events`, sent),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.event.seq))).toEqual(new Set([2]));
  });

  it('a person never sees, nor acts on, a run of another organisation', async () => {
    const runId = await issueRun(admin);
    const stranger = await w.as('stranger');
    expect((await stranger.call('GET', `/api/runs/${runId}`)).status).toBe(404);
    expect((await stranger.call('GET', `/api/runs/${runId}/stream`)).status).toBe(404);
    expect((await stranger.json('GET', '/api/runs')).body).toEqual({ runs: [] });
    expect(
      (await stranger.call('POST', `/api/runs/${runId}/events`, submission(1, start('x0', 't1')))).status,
    ).toBe(404);
    expect(await lastSeq(runId)).toBe(1);
  });

  it('stores SQL and HTML in every text field inert, exactly as sent', async () => {
    const runId = await issueRun(admin);
    const hostile = `'); DROP TABLE run_events; -- <script>alert("x")</script> \\ $1 \u0000`.replace(
      '\u0000',
      '',
    );
    await lead.json('POST', `/api/runs/${runId}/events`, submission(1, start('b1', 't1')));
    const sent = { ...submission(2, report('b1', 't1', hostile)), idempotencyKey: hostile };
    const { status, body } = await lead.json<{ event: Stored }>('POST', `/api/runs/${runId}/events`, sent);
    expect(status).toBe(201);
    const asParsed = hostile.trim();
    expect(body.event).toMatchObject({ idempotencyKey: hostile, event: { report: { results: asParsed } } });
    const read = await lead.json<{ events: Stored[] }>('GET', `/api/runs/${runId}`);
    expect(read.body.events[2]?.event.report?.results).toBe(asParsed);
    const sneaky = await lead.json(
      'POST',
      `/api/runs/${runId}/events`,
      submission(3, start("b1' OR '1'='1", 't1')),
    );
    expect(sneaky).toMatchObject({
      status: 400,
      body: { error: { problems: [{ path: { vi: 'action.assigneeId' } }] } },
    });
    expect(
      await w.db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'run_events'`),
    ).toHaveLength(1);
  });

  it('refuses an oversized event and a malformed one, naming the field', async () => {
    const runId = await issueRun(admin);
    const big = await lead.json(
      'POST',
      `/api/runs/${runId}/events`,
      submission(1, report('b1', 't1', 'x'.repeat(70_000))),
    );
    expect(big.status).toBe(413);
    const bad = await lead.json('POST', `/api/runs/${runId}/events`, {
      ...submission(1, start('b1', 't1')),
      expectedSeq: -1,
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { problems: [{ path: { vi: 'expectedSeq' } }] } },
    });
    const notJson = await lead.call('POST', `/api/runs/${runId}/events`, '{"expectedSeq":');
    expect(notJson.status).toBe(400);
    expect(await lastSeq(runId)).toBe(1);
  });
});
