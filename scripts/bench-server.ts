/**
 * `npm run bench:server [-- CLIENTS TASKS]`: CLIENTS staff of CLIENTS bodies each lead TASKS tasks of one run
 * and start and report each, all at once, through the HTTP app (in process, no sockets), without an expected
 * sequence number; then the issuer's staff approve every report, CLIENTS requests at a time, so the run is
 * completed. Every event is judged by the engine. The log is checked (seqs 1..N, no loss, no duplicate, its
 * replay completed with no refusal) and events per second and p50/p99 latency printed. On PGlite, and on
 * PostgreSQL at DATABASE_URL when set (an empty database: the tables are created).
 */
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../server/src/auth/passwords';
import { replayRun, runView, type IssuedRun, type RunAction, type RunEvent } from '../server/src/core';
import type { Database } from '../server/src/db/database';
import { openPglite } from '../server/src/db/pglite-database';
import { openPostgres } from '../server/src/db/pg-database';
import { startInstance } from '../server/src/instance';
import { Browser } from '../tests/server/client';
import { makePlan } from '../tests/support/plan-builder';

const evidence = { links: [], attachmentIds: [] };
const [clients = 50, perClient = 10] = process.argv.slice(2).map(Number);

async function bench(name: string, db: Database) {
  const instance = await startInstance(db);
  const hash = await hashPassword('mat-khau-do-toc-do');
  await db.query(`INSERT INTO organisations (id, name) VALUES ('o', 'o')`);
  for (let i = 0; i < clients; i++) {
    await db.query(`INSERT INTO bodies (organisation_id, id, name) VALUES ('o', $1, $1)`, [`b${i}`]);
    await db.query(
      `INSERT INTO accounts (id, organisation_id, body_id, username, display_name, password_hash, roles)
       VALUES ($1, 'o', $2, $3, $3, $4, ARRAY['staff', 'planner'])`,
      [randomUUID(), `b${i}`, `staff${i}`, hash],
    );
  }
  const tasks = Array.from({ length: clients * perClient }, (_, n) => ({
    id: `t${n}`,
    leadId: `b${n % clients}`,
  }));
  const plan = makePlan(tasks, {}, clients);
  const browsers = await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const b = new Browser(instance.app);
      await b.signIn(`staff${i}`, 'mat-khau-do-toc-do');
      return b;
    }),
  );
  await browsers[0]?.json('PUT', `/api/plans/${plan.id}`, { baseRevision: 0, plan });
  const issued = await browsers[0]?.json<{ run: { id: string } }>('POST', '/api/runs', { planId: plan.id });
  const runId = issued?.body.run.id as string;
  const latencies: number[] = [];
  const send = async (b: Browser, idempotencyKey: string, action: RunAction) => {
    const t = performance.now();
    const r = await b.call('POST', `/api/runs/${runId}/events`, {
      expectedSeq: null,
      idempotencyKey,
      action,
    });
    if (r.status !== 201) throw new Error(`HTTP ${r.status}: ${await r.text()}`);
    latencies.push(performance.now() - t);
  };
  const started = performance.now();
  await Promise.all(
    browsers.map(async (b, i) => {
      for (let k = 0; k < perClient; k++) {
        const on = { assigneeId: `b${i}`, taskId: `t${k * clients + i}` };
        await send(b, `start-${on.taskId}`, { type: 'start', ...on });
        const report = { results: `Báo cáo ${k}`, difficulties: '', proposals: '' };
        await send(b, `report-${on.taskId}`, { type: 'report', ...on, report: { ...report, evidence } });
      }
    }),
  );
  const issuer = browsers[0] as Browser;
  await Promise.all(
    browsers.map(async (_, i) => {
      for (let k = 0; k < perClient; k++) {
        const on = { assigneeId: `b${i}`, taskId: `t${k * clients + i}` };
        await send(issuer, `approve-${on.taskId}`, { type: 'approve', ...on });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const read = await issuer.json<{ issued: IssuedRun; events: Array<{ event: RunEvent }> }>(
    'GET',
    `/api/runs/${runId}`,
  );
  const log = read.body.events.map((e) => e.event);
  const seqs = log.map((e) => e.seq);
  const replayed = replayRun(read.body.issued, log);
  const intact =
    seqs.length === 1 + 3 * clients * perClient &&
    seqs.every((s, i) => s === i + 1) &&
    replayed.refused.length === 0 &&
    runView(replayed.state).status === 'completed';
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] as number).toFixed(1);
  console.log(
    `${name}: ${clients} clients × ${perClient} tasks: ${latencies.length} events judged in ${seconds.toFixed(2)} s: ` +
      `${Math.round(latencies.length / seconds)} events/s, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, log ${intact ? 'intact (1..N, no loss, no duplicate; its replay completed)' : 'BROKEN'}`,
  );
  await instance.stop();
  await db.close();
}

await bench('PGlite', await openPglite());
if (process.env.DATABASE_URL) await bench('PostgreSQL', openPostgres(process.env.DATABASE_URL, 20));
