/**
 * `npm run bench:server [-- CLIENTS EVENTS]`: CLIENTS staff of CLIENTS bodies each append EVENTS events to one
 * run through the HTTP app (in process, no sockets), all at once, without an expected sequence number; then
 * the log is checked (no loss, no duplicate, seqs 1..N) and events per second and p50/p99 latency printed.
 * On PGlite, and on PostgreSQL at DATABASE_URL when set (an empty database: the tables are created).
 */
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../server/src/auth/passwords';
import type { Database } from '../server/src/db/database';
import { openPglite } from '../server/src/db/pglite-database';
import { openPostgres } from '../server/src/db/pg-database';
import { startInstance } from '../server/src/instance';
import { Browser } from '../tests/server/client';
import { makePlan } from '../tests/support/plan-builder';

const [clients = 50, perClient = 20] = process.argv.slice(2).map(Number);

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
  const plan = makePlan(
    Array.from({ length: clients }, (_, i) => ({ id: `t${i}`, leadId: `b${i}` })),
    {},
    clients,
  );
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
  const started = performance.now();
  await Promise.all(
    browsers.map(async (b, i) => {
      for (let k = 0; k < perClient; k++) {
        const t = performance.now();
        const sent = {
          expectedSeq: null,
          idempotencyKey: `khoa-${i}-${k}`,
          event: { type: 'report', bodyId: `b${i}`, taskId: `t${i}`, payload: { k } },
        };
        const r = await b.call('POST', `/api/runs/${runId}/events`, sent);
        if (r.status !== 201) throw new Error(`HTTP ${r.status}: ${await r.text()}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const seqs = (
    await db.query<{ seq: number }>('SELECT seq FROM run_events WHERE run_id = $1 ORDER BY seq', [runId])
  ).map((r) => r.seq);
  const intact = seqs.length === clients * perClient && seqs.every((s, i) => s === i + 1);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] as number).toFixed(1);
  console.log(
    `${name}: ${clients} clients × ${perClient} events = ${seqs.length} events in ${seconds.toFixed(2)} s: ` +
      `${Math.round(seqs.length / seconds)} events/s, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, log ${intact ? 'intact (1..N, no loss, no duplicate)' : 'BROKEN'}`,
  );
  await instance.stop();
  await db.close();
}

await bench('PGlite', await openPglite());
if (process.env.DATABASE_URL) await bench('PostgreSQL', openPostgres(process.env.DATABASE_URL, 20));
