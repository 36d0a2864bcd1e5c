import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { ServerClient, ServerUnreachable } from '../../src/app/server-client';
import { replayRun, runView, type IssuedRun, type RunAction, type RunEvent } from '../../server/src/core';
import type { LoggedEvent } from '../../server/src/runs/run-store';
import { startInstance } from '../../server/src/instance';
import { migrate } from '../../server/src/db/migrate';
import { openPostgres } from '../../server/src/db/pg-database';
import { BrowserNetwork } from './browser-fetch';
import { Browser } from './client';
import { approve, issueRun, report, start, submission, world } from './harness';
import { freshPostgresUrl, hasPostgres } from './databases';
import { seedStaff, STAFF_PASSWORD, staffPlan } from './fixtures';
import { approvals, expectCompleted, staffActions } from './staff-load';

const CLIENTS = 8;
const TASKS = 4;

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
    await seedStaff(db, CLIENTS);
    const port = await freePort();
    let server = await startServer(url, port);
    try {
      const address = `http://127.0.0.1:${port}`;
      const clients = await Promise.all(
        Array.from({ length: CLIENTS }, async (_, i) => {
          const client = new ServerClient(address, new BrowserNetwork().fetch);
          expect((await client.signIn(`staff${i}`, STAFF_PASSWORD)).ok).toBe(true);
          return client;
        }),
      );
      const issuer = clients[0] as ServerClient;
      const plan = staffPlan(CLIENTS, TASKS);
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
          for (const [key, action] of staffActions(CLIENTS, TASKS, i)) {
            mine.push(await sendSurely(client, runId, key, action));
            sent++;
          }
          return mine;
        }),
      );
      await killing;
      for (const [key, action] of approvals(CLIENTS, TASKS)) await sendSurely(issuer, runId, key, action);
      expect(statuses.flat().every((s) => s === 201 || s === 200)).toBe(true);
      expect(unanswered).toBeGreaterThan(0);

      const read = await issuer.run(runId, 0);
      if (!read.ok) throw new Error(read.message.en);
      expectCompleted(read.body.issued, read.body.events, CLIENTS, TASKS);
    } finally {
      server.kill('SIGKILL');
      await db.close();
    }
  }, 120_000);
});

describe.skipIf(!hasPostgres)('faults: the database connections dropped in the middle of the load', () => {
  it('the server recovers without a restart: nothing lost, nothing duplicated, every client converges', async () => {
    const url = await freshPostgresUrl();
    const db = openPostgres(url);
    const instance = await startInstance(db);
    const dba = new pg.Client({ connectionString: url });
    await dba.connect();
    try {
      await seedStaff(db, CLIENTS);
      const clients = await Promise.all(
        Array.from({ length: CLIENTS }, async (_, i) => {
          const b = new Browser(instance.app);
          expect(await b.signIn(`staff${i}`, STAFF_PASSWORD)).toBe(200);
          return b;
        }),
      );
      const issuer = clients[0] as Browser;
      const plan = staffPlan(CLIENTS, TASKS);
      await issuer.json('PUT', `/api/plans/${plan.id}`, { baseRevision: 0, plan });
      const issued = await issuer.json<{ run: { id: string } }>('POST', '/api/runs', { planId: plan.id });
      const runId = issued.body.run.id;
      const heard: number[] = [];
      const unfollow = instance.deps.feed.follow(
        runId,
        1,
        async (events) => void heard.push(...events.map((e) => e.seq)),
      );

      let sent = 0;
      let failed = 0;
      /** Send until the server says it has the event (a 500 when the database dropped), with the same key. */
      const send = async (b: Browser, key: string, action: RunAction) => {
        for (;;) {
          const r = await b.call('POST', `/api/runs/${runId}/events`, {
            expectedSeq: null,
            idempotencyKey: key,
            action,
          });
          if (r.status === 201 || r.status === 200) return r.status;
          if (r.status < 500) throw new Error(`${r.status}: ${await r.text()}`);
          failed++;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      const terminated: number[] = [];
      const dropping = (async () => {
        for (const at of [1, 2, 3].map((k) => (k * CLIENTS * TASKS) / 2)) {
          while (sent < at) await new Promise((resolve) => setTimeout(resolve, 1));
          let n = 0;
          // The server may not have opened a connection again since the last round: wait until it has one.
          while (n === 0 && sent < 2 * CLIENTS * TASKS) {
            const { rows } = await dba.query<{ n: string }>(
              `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid()`,
            );
            n = Number(rows[0]?.n);
            if (n === 0) await new Promise((resolve) => setTimeout(resolve, 5));
          }
          terminated.push(n);
        }
      })();
      const statuses = await Promise.all(
        clients.map(async (b, i) => {
          const mine: number[] = [];
          for (const [key, action] of staffActions(CLIENTS, TASKS, i)) {
            mine.push(await send(b, key, action));
            sent++;
          }
          return mine;
        }),
      );
      await dropping;
      expect(terminated.every((n) => n > 0)).toBe(true);
      expect(statuses.flat().every((s) => s === 201 || s === 200)).toBe(true);
      for (const [key, action] of approvals(CLIENTS, TASKS)) await send(issuer, key, action);

      const read = await issuer.json<{ issued: IssuedRun; events: LoggedEvent[] }>(
        'GET',
        `/api/runs/${runId}`,
      );
      expectCompleted(read.body.issued, read.body.events, CLIENTS, TASKS);
      const after = read.body.events.slice(1).map((e) => e.seq);
      await vi.waitFor(() => expect(heard).toEqual(after), { timeout: 5000 });
      unfollow();
      expect(await new Browser(instance.app).signIn('staff1', STAFF_PASSWORD)).toBe(200);
      console.log(`Connections dropped ${terminated.join(', ')}; answers 500 then retried: ${failed}`);
    } finally {
      await dba.end();
      await instance.stop();
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
