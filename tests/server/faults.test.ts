import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ServerClient, ServerUnreachable } from '../../src/app/server-client';
import { hashPassword } from '../../server/src/auth/passwords';
import { replayRun, runView, type IssuedRun, type RunAction, type RunEvent } from '../../server/src/core';
import { startInstance } from '../../server/src/instance';
import { migrate } from '../../server/src/db/migrate';
import { openPostgres } from '../../server/src/db/pg-database';
import { makePlan } from '../support/plan-builder';
import { BrowserNetwork } from './browser-fetch';
import type { Browser } from './client';
import { approve, issueRun, report, start, submission, world } from './harness';
import { freshPostgresUrl, hasPostgres } from './databases';

const CLIENTS = 8;
const TASKS = 4;
const PASSWORD = 'mat-khau-su-co';
const evidence = { links: [], attachmentIds: [] };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}

/** `npm run server` as a child process on `url`, resolved once it listens. */
async function startServer(url: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on(
      'data',
      (chunk: Buffer) => chunk.toString().includes('Rollout Studio server') && resolve(),
    );
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

let unanswered = 0;

/** Send until the server answers (a killed server is being restarted); every try with the same key. */
async function sendSurely(client: ServerClient, runId: string, key: string, action: RunAction) {
  for (;;) {
    try {
      const reply = await client.submit(runId, key, action);
      if (reply.ok) return reply.status;
      if (reply.status < 500) throw new Error(`${reply.status}: ${reply.message.en}`);
    } catch (error) {
      if (!(error instanceof ServerUnreachable)) throw error;
      unanswered++;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!hasPostgres)('faults: the server process killed in the middle of the load', () => {
  it('loses nothing and duplicates nothing: every client retries with its keys and the run completes', async () => {
    const url = await freshPostgresUrl();
    const db = openPostgres(url);
    await migrate(db);
    const hash = await hashPassword(PASSWORD);
    await db.query(`INSERT INTO organisations (id, name) VALUES ('o', 'o')`);
    for (let i = 0; i < CLIENTS; i++) {
      await db.query(`INSERT INTO bodies (organisation_id, id, name) VALUES ('o', $1, $1)`, [`b${i}`]);
      await db.query(
        `INSERT INTO accounts (id, organisation_id, body_id, username, display_name, password_hash, roles)
         VALUES ($1, 'o', $2, $3, $3, $4, ARRAY['staff', 'planner'])`,
        [randomUUID(), `b${i}`, `staff${i}`, hash],
      );
    }
    const port = await freePort();
    let server = await startServer(url, port);
    try {
      const address = `http://127.0.0.1:${port}`;
      const clients = await Promise.all(
        Array.from({ length: CLIENTS }, async (_, i) => {
          const client = new ServerClient(address, new BrowserNetwork().fetch);
          expect((await client.signIn(`staff${i}`, PASSWORD)).ok).toBe(true);
          return client;
        }),
      );
      const issuer = clients[0] as ServerClient;
      const tasks = Array.from({ length: CLIENTS * TASKS }, (_, n) => ({
        id: `t${n}`,
        leadId: `b${n % CLIENTS}`,
      }));
      const plan = makePlan(tasks, {}, CLIENTS);
      await issuer.call('PUT', `/api/plans/${plan.id}`, { baseRevision: 0, plan });
      const issued = await issuer.call<{ run: { id: string } }>('POST', '/api/runs', { planId: plan.id });
      const runId = issued.ok ? issued.body.run.id : '';

      let sent = 0;
      const killing = (async () => {
        while (sent < CLIENTS * TASKS) await new Promise((r) => setTimeout(r, 10));
        server.kill('SIGKILL');
        await new Promise((r) => setTimeout(r, 300));
        server = await startServer(url, port);
      })();
      const statuses = await Promise.all(
        clients.map(async (client, i) => {
          const mine: number[] = [];
          for (let k = 0; k < TASKS; k++) {
            const on = { assigneeId: `b${i}`, taskId: `t${k * CLIENTS + i}` };
            mine.push(await sendSurely(client, runId, `start-${on.taskId}`, { type: 'start', ...on }));
            sent++;
            const report = { results: `Xong ${k}`, difficulties: '', proposals: '', evidence };
            mine.push(
              await sendSurely(client, runId, `report-${on.taskId}`, { type: 'report', ...on, report }),
            );
            sent++;
          }
          return mine;
        }),
      );
      await killing;
      for (const t of tasks)
        await sendSurely(issuer, runId, `approve-${t.id}`, {
          type: 'approve',
          assigneeId: t.leadId,
          taskId: t.id,
        });
      expect(statuses.flat().every((s) => s === 201 || s === 200)).toBe(true);
      expect(unanswered).toBeGreaterThan(0);

      const read = await issuer.run(runId, 0);
      if (!read.ok) throw new Error(read.message.en);
      const log = read.body.events;
      expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
      expect(log).toHaveLength(1 + 3 * CLIENTS * TASKS);
      expect(new Set(log.map((e) => e.idempotencyKey)).size).toBe(log.length);
      const replayed = replayRun(
        read.body.issued,
        log.map((e) => e.event),
      );
      expect(replayed.refused).toEqual([]);
      expect(runView(replayed.state).status).toBe('completed');
    } finally {
      server.kill('SIGKILL');
      await db.close();
    }
  }, 120_000);
});

describe.skipIf(!hasPostgres)('two server instances against one PostgreSQL', () => {
  it('clients split between them advance one run concurrently; both judge against the same log', async () => {
    const url = await freshPostgresUrl();
    const w = await world(openPostgres(url));
    const otherDb = openPostgres(url);
    const other = await startInstance(otherDb);
    try {
      const admin = await w.as('admin');
      const runId = await issueRun(admin);
      const [lead, helper] = await Promise.all([w.as('lead'), w.as('helper', other)]);
      const admin2 = await w.as('admin', other);
      const post = (b: Browser, action: RunAction) =>
        b.json('POST', `/api/runs/${runId}/events`, submission(null, action));
      const first = await Promise.all([
        post(lead, start('b1', 't1')),
        post(helper, start('b2', 't1')),
        post(helper, start('b2', 't2')),
      ]);
      expect(first.map((r) => r.status)).toEqual([201, 201, 201]);
      const second = await Promise.all([
        post(lead, report('b1', 't1')),
        post(helper, report('b2', 't1')),
        post(helper, report('b2', 't2')),
        post(lead, start('b1', 't1')),
      ]);
      expect(second.map((r) => r.status)).toEqual([201, 201, 201, 403]);
      const third = await Promise.all([
        post(admin2, approve('b1', 't1')),
        post(lead, approve('b2', 't1')),
        post(admin, approve('b2', 't2')),
        post(admin, approve('b1', 't1')),
      ]);
      expect(third.map((r) => r.status).sort()).toEqual([201, 201, 201, 403]);
      const read = await admin2.json<{ issued: IssuedRun; events: Array<{ event: RunEvent }> }>(
        'GET',
        `/api/runs/${runId}`,
      );
      const replayed = replayRun(
        read.body.issued,
        read.body.events.map((e) => e.event),
      );
      expect(replayed.refused).toEqual([]);
      expect(runView(replayed.state)).toMatchObject({ seq: 10, status: 'completed' });
    } finally {
      await other.stop();
      await otherDb.close();
      await w.close();
    }
  });
});
