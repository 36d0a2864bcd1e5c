import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startInstance } from '../../server/src/instance';
import { MAX_EVENT_BYTES } from '../../server/src/http/routes-runs';
import { Browser } from './client';
import { ENGINES } from './databases';
import { PASSWORD, PLAN } from './fixtures';
import { cancel, issueRun, report, start, submission, world } from './harness';

/**
 * The attacks of issue 12 not covered elsewhere (acting for another body and other organisations: runs.test;
 * approving without the role: judge.test; a signed-out session and CSRF: sessions.test): each is refused
 * with a reason or stored inert, and changes nothing else.
 */
describe.each(ENGINES)('security on $name', (engine) => {
  let w: Awaited<ReturnType<typeof world>>;
  let admin: Browser;
  let lead: Browser;
  beforeAll(async () => {
    w = await world(await engine.open(), { maxBodyBytes: 100_000 });
    [admin, lead] = await Promise.all([w.as('admin'), w.as('lead')]);
  });
  afterAll(async () => w.close());

  const lastSeq = async (runId: string) =>
    (await admin.json<{ run: { lastSeq: number } }>('GET', `/api/runs/${runId}`)).body.run.lastSeq;
  const post = (b: Browser, runId: string, body: unknown) =>
    b.json<{ error: { code: string; message: { vi: string }; problems?: Array<{ path: { vi: string } }> } }>(
      'POST',
      `/api/runs/${runId}/events`,
      body,
    );

  it('refuses a forged event: an unknown type, a task not in the plan, fields only the server sets', async () => {
    const runId = await issueRun(admin);
    const unknown = await post(lead, runId, {
      ...submission(1, start('b1', 't1')),
      action: { type: 'xoa-het', assigneeId: 'b1', taskId: 't1' },
    });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'invalid' } } });
    expect(unknown.body.error.problems?.[0]?.path.vi).toBe('action.type');
    const noTask = await post(lead, runId, submission(1, start('b1', 't99')));
    expect(noTask).toMatchObject({ status: 403, body: { error: { code: 'refused' } } });
    for (const forged of [
      { seq: 7 },
      { runId: 'luot-khac' },
      { id: '01HZZZZZZZZZZZZZZZZZZZZZZZ' },
      { at: '2020-01-01T00:00:00.000Z' },
      { schemaVersion: 1 },
      { actor: { name: 'Quản trị', bodyId: 'b0' } },
    ]) {
      const tampered = await post(lead, runId, {
        ...submission(1, start('b1', 't1')),
        action: { ...start('b1', 't1'), ...forged },
      });
      expect(tampered.status).toBe(400);
      expect(tampered.body.error.problems?.[0]?.path.vi).toBe(`action.${Object.keys(forged)[0]}`);
    }
    const halfReport = await post(lead, runId, {
      ...submission(1, report('b1', 't1')),
      action: { type: 'report', assigneeId: 'b1', taskId: 't1', report: { results: 7 } },
    });
    expect(halfReport.status).toBe(400);
    expect(await lastSeq(runId)).toBe(1);
  });

  it('stores SQL and HTML inert in every text field (bodies, accounts, plans, runs, events), returned as data', async () => {
    const hostile = (field: string) => `${field}'); DROP TABLE runs; -- <img src=x onerror=alert(1)> "\\ $1`;
    const body = await admin.json('POST', '/api/admin/bodies', { id: 'b9', name: hostile('name') });
    expect(body).toMatchObject({ status: 201, body: { name: hostile('name') } });
    const account = await admin.json('POST', '/api/admin/accounts', {
      username: 'can-bo-9',
      displayName: hostile('displayName'),
      bodyId: 'b9',
      roles: ['staff'],
      password: 'mat-khau-can-bo-9',
    });
    expect(account).toMatchObject({ status: 201, body: { displayName: hostile('displayName') } });
    const me = new Browser(w.instance.app);
    expect(await me.signIn('can-bo-9', 'mat-khau-can-bo-9')).toBe(200);
    expect((await me.json('GET', '/api/session')).body).toMatchObject({
      actor: { displayName: hostile('displayName') },
    });

    const plan = {
      ...PLAN,
      title: hostile('title'),
      tasks: PLAN.tasks.map((t) => ({ ...t, title: hostile('task') })),
    };
    const saved = await admin.json<{ revision: number }>('GET', `/api/plans/${PLAN.id}`);
    const put = await admin.json('PUT', `/api/plans/${PLAN.id}`, {
      baseRevision: saved.status === 200 ? saved.body.revision : 0,
      plan,
    });
    expect(put).toMatchObject({ status: 200, body: { plan: { title: hostile('title') } } });
    const issued = await admin.json<{ run: { id: string } }>('POST', '/api/runs', {
      planId: PLAN.id,
      number: hostile('number'),
    });
    const runId = issued.body.run.id;
    await post(lead, runId, submission(1, start('b1', 't1')));
    const texts = {
      results: hostile('results'),
      difficulties: hostile('difficulties'),
      proposals: hostile('proposals'),
      evidence: { links: ['https://vi.example/?q=%27%3B%20DROP%20TABLE%20runs'], attachmentIds: [] },
    };
    const reported = await post(lead, runId, {
      ...submission(2, { type: 'report', assigneeId: 'b1', taskId: 't1', report: texts }),
      idempotencyKey: hostile('key'),
    });
    expect(reported.status).toBe(201);
    expect((await post(admin, runId, submission(3, cancel('b2', 't2', hostile('reason'))))).status).toBe(201);

    const read = await lead.call('GET', `/api/runs/${runId}`);
    expect(read.headers.get('content-type')).toMatch(/^application\/json/);
    const run = (await read.json()) as {
      run: { number: string; plan: typeof plan };
      events: Array<{ idempotencyKey: string; event: { report?: unknown; reason?: string } }>;
    };
    expect(run.run.number).toBe(hostile('number'));
    expect(run.run.plan.tasks[0]?.title).toBe(hostile('task'));
    expect(run.events[2]).toMatchObject({ idempotencyKey: hostile('key'), event: { report: texts } });
    expect(run.events[3]?.event.reason).toBe(hostile('reason'));
    expect(await w.db.query(`SELECT 1 FROM runs WHERE id = $1`, [runId])).toHaveLength(1);

    const nul = await post(lead, runId, submission(4, report('b1', 't1', 'trước\u0000sau')));
    expect(nul).toMatchObject({ status: 400, body: { error: { code: 'invalid' } } });
    expect(nul.body.error.problems?.[0]?.path.vi).toBe('action.report.results');
    expect(nul.body.error.message.vi).toContain('NUL');
  });

  it('refuses oversized bodies with 413 and a Vietnamese message, with or without Content-Length', async () => {
    const runId = await issueRun(admin);
    const tooLarge = { vi: `Nội dung yêu cầu quá lớn: tối đa ${MAX_EVENT_BYTES} byte.` };
    const big = await post(lead, runId, submission(1, report('b1', 't1', 'x'.repeat(MAX_EVENT_BYTES))));
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'too-large', message: tooLarge } } });
    const chunks = JSON.stringify(submission(1, report('b1', 't1', 'y'.repeat(MAX_EVENT_BYTES))));
    const streamed = await w.instance.app.request(`/api/runs/${runId}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: lead.cookie, 'x-csrf-token': lead.csrf },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < chunks.length; i += 4096)
            controller.enqueue(new TextEncoder().encode(chunks.slice(i, i + 4096)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ error: { message: tooLarge } });
    const signIn = await new Browser(w.instance.app).json('POST', '/api/session', {
      username: 'lead',
      password: 'x'.repeat(200_000),
    });
    expect(signIn).toMatchObject({
      status: 413,
      body: { error: { message: { vi: 'Nội dung yêu cầu quá lớn: tối đa 100000 byte.' } } },
    });
    expect(await lastSeq(runId)).toBe(1);
  });

  it('refuses an expired session, whether or not this instance has opened it before', async () => {
    const person = await w.as('helper');
    expect((await person.call('GET', '/api/runs')).status).toBe(200);
    await w.db.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second'
        WHERE account_id = (SELECT id FROM accounts WHERE username = 'helper')`,
    );
    const other = await startInstance(w.db);
    try {
      const replay = new Browser(other.app);
      replay.cookie = person.cookie;
      expect((await replay.call('GET', '/api/runs')).status).toBe(401);
    } finally {
      await other.stop();
    }
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 8 * 24 * 3600 * 1000);
      expect((await person.call('GET', '/api/runs')).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a session signed out on one instance is refused by another that had opened it', async () => {
    const other = await startInstance(w.db);
    try {
      const person = await w.as('lead');
      const there = new Browser(other.app);
      there.cookie = person.cookie;
      expect((await there.call('GET', '/api/runs')).status).toBe(200);
      expect((await person.call('DELETE', '/api/session')).status).toBe(204);
      await vi.waitFor(async () => expect((await there.call('GET', '/api/runs')).status).toBe(401), {
        timeout: 3000,
      });
      expect(await new Browser(other.app).signIn('lead', PASSWORD)).toBe(200);
    } finally {
      await other.stop();
    }
  });
});
