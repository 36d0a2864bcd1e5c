import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './client';
import { ENGINES } from './databases';
import { PLAN } from './fixtures';
import { issueRun, submission, world } from './harness';

interface Stored {
  seq: number;
  idempotencyKey: string;
  type: string;
  payload: Record<string, unknown>;
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
    const { body } = await lead.json<{ run: { plan: { title: string }; issuerBodyId: string } }>(
      'GET',
      `/api/runs/${runId}`,
    );
    expect(body.run).toMatchObject({ plan: { title: PLAN.title }, issuerBodyId: 'b0', number: '12-KH/TU' });
  });

  it('appends the assignees events in order and reads them back since a sequence number', async () => {
    const runId = await issueRun(admin);
    expect((await lead.json('POST', `/api/runs/${runId}/events`, submission(0, 'b1', 't1'))).status).toBe(
      201,
    );
    expect((await helper.json('POST', `/api/runs/${runId}/events`, submission(1, 'b2', 't1'))).status).toBe(
      201,
    );
    expect((await admin.json('POST', `/api/runs/${runId}/events`, submission(2, 'b0', null))).status).toBe(
      201,
    );
    const { body } = await lead.json<{ events: Stored[] }>('GET', `/api/runs/${runId}?since=1`);
    expect(body.events.map((e) => e.seq)).toEqual([2, 3]);
  });

  it('refuses acting for another body or on a task not assigned, and logs each refusal', async () => {
    const runId = await issueRun(admin);
    const forOther = await lead.json('POST', `/api/runs/${runId}/events`, submission(0, 'b2', 't2'));
    expect(forOther).toMatchObject({ status: 403, body: { error: { code: 'refused' } } });
    expect((forOther.body as { error: { message: { vi: string } } }).error.message.vi).toContain('"b1"');
    const notAssigned = await lead.json('POST', `/api/runs/${runId}/events`, submission(0, 'b1', 't2'));
    expect(notAssigned.status).toBe(403);
    const onRun = await lead.json('POST', `/api/runs/${runId}/events`, submission(0, 'b1', null));
    expect(onRun.status).toBe(403);
    const logged = await w.db.query('SELECT reason FROM refusals WHERE run_id = $1', [runId]);
    expect(logged).toHaveLength(3);
    expect(await lastSeq(runId)).toBe(0);
  });

  it('a retry with the same idempotency key returns the stored event and appends nothing', async () => {
    const runId = await issueRun(admin);
    const sent = submission(0, 'b1', 't1', { note: 'lần đầu' });
    const first = await lead.json<{ event: Stored }>('POST', `/api/runs/${runId}/events`, sent);
    const retry = await lead.json<{ event: Stored; replayed: boolean }>(
      'POST',
      `/api/runs/${runId}/events`,
      sent,
    );
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ event: first.body.event, replayed: true });
    expect(await lastSeq(runId)).toBe(1);
  });

  it('of many submissions expecting the same sequence number exactly one is appended', async () => {
    const runId = await issueRun(admin);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? helper : lead).json(
          'POST',
          `/api/runs/${runId}/events`,
          submission(0, i % 2 ? 'b2' : 'b1', 't1'),
        ),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect(results.filter((r) => r.status === 409)[0]?.body).toMatchObject({ lastSeq: 1 });
    expect(await lastSeq(runId)).toBe(1);
  });

  it('submissions that expect no sequence number are all appended, one after another', async () => {
    const runId = await issueRun(admin);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? helper : lead).json<{ event: Stored }>(
          'POST',
          `/api/runs/${runId}/events`,
          submission(null, i % 2 ? 'b2' : 'b1', 't1'),
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(results.map((r) => r.body.event.seq).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a concurrent retry of one submission is appended once', async () => {
    const runId = await issueRun(admin);
    const sent = submission(0, 'b1', 't1');
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        lead.json<{ event: Stored }>('POST', `/api/runs/${runId}/events`, sent),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.event.seq))).toEqual(new Set([1]));
  });

  it('a person never sees, nor acts on, a run of another organisation', async () => {
    const runId = await issueRun(admin);
    const stranger = await w.as('stranger');
    expect((await stranger.call('GET', `/api/runs/${runId}`)).status).toBe(404);
    expect((await stranger.call('GET', `/api/runs/${runId}/stream`)).status).toBe(404);
    expect((await stranger.json('GET', '/api/runs')).body).toEqual({ runs: [] });
    expect((await stranger.call('POST', `/api/runs/${runId}/events`, submission(0, 'x0', null))).status).toBe(
      404,
    );
    expect(await lastSeq(runId)).toBe(0);
  });

  it('stores SQL and HTML in every text field inert, exactly as sent', async () => {
    const runId = await issueRun(admin);
    const hostile = `'); DROP TABLE run_events; -- <script>alert("x")</script> \\ $1 \u0000`.replace(
      '\u0000',
      '',
    );
    const sent = {
      ...submission(0, 'b1', 't1', { [hostile]: hostile, text: hostile }),
      idempotencyKey: hostile,
    };
    const { status, body } = await lead.json<{ event: Stored }>('POST', `/api/runs/${runId}/events`, sent);
    expect(status).toBe(201);
    expect(body.event).toMatchObject({
      idempotencyKey: hostile,
      payload: { [hostile]: hostile, text: hostile },
    });
    const read = await lead.json<{ events: Stored[] }>('GET', `/api/runs/${runId}`);
    expect(read.body.events[0]?.payload.text).toBe(hostile);
    const sneaky = await lead.json('POST', `/api/runs/${runId}/events`, submission(1, "b1' OR '1'='1", 't1'));
    expect(sneaky.status).toBe(403);
    expect(
      await w.db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'run_events'`),
    ).toHaveLength(1);
  });

  it('refuses an oversized event and a malformed one, naming the field', async () => {
    const runId = await issueRun(admin);
    const big = await lead.json(
      'POST',
      `/api/runs/${runId}/events`,
      submission(0, 'b1', 't1', { text: 'x'.repeat(70_000) }),
    );
    expect(big.status).toBe(413);
    const bad = await lead.json('POST', `/api/runs/${runId}/events`, {
      ...submission(0, 'b1', 't1'),
      expectedSeq: -1,
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { problems: [{ path: { vi: 'expectedSeq' } }] } },
    });
    const notJson = await lead.call('POST', `/api/runs/${runId}/events`, '{"expectedSeq":');
    expect(notJson.status).toBe(400);
    expect(await lastSeq(runId)).toBe(0);
  });
});
