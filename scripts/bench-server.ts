/**
 * `npm run bench:server [-- CLIENTS TASKS [http] [workers=W] [rate=R]]`: CLIENTS staff of CLIENTS bodies each
 * lead TASKS tasks of one run and start and report each, without an expected sequence number; then the
 * issuer's staff approve every report, CLIENTS requests at a time, so the run is completed. Every event is
 * judged by the engine. By default the clients call the HTTP app in this process (no sockets); with `http`
 * the server listens on loopback and the clients run in W worker threads (default 2), each with its own
 * connections, as separate browsers would. All at once by default; with `rate=R` the clients together
 * offer R events per second (see bench-server-load.ts). The log is checked (seqs 1..N, no loss, no duplicate, its
 * replay completed) and events per second and p50/p99 latency printed. On PGlite, and on PostgreSQL at
 * DATABASE_URL when set (an empty database: the tables are created).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { hashPassword } from '../server/src/auth/passwords';
import { replayRun, runView, type IssuedRun, type RunEvent } from '../server/src/core';
import type { Database } from '../server/src/db/database';
import { openPglite } from '../server/src/db/pglite-database';
import { openPostgres } from '../server/src/db/pg-database';
import { startInstance } from '../server/src/instance';
import { Browser } from '../tests/server/client';
import { makePlan } from '../tests/support/plan-builder';
import { work, type Load, type Phase } from './bench-server-load';

const args = process.argv.slice(2);
const [clients = 50, perClient = 10] = args.filter((a) => /^\d+$/.test(a)).map(Number);
const option = (name: string) => args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
const overHttp = args.includes('http');
const workers = Number(option('workers') ?? 2);
const rate = option('rate') === undefined ? null : Number(option('rate'));
const PASSWORD = 'mat-khau-do-toc-do';

/** The worker's module, loaded through tsx (a worker does not inherit the TypeScript loader of this thread). */
const WORKER = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(
  new URL('./bench-server-worker.ts', import.meta.url).href,
)}, ${JSON.stringify(import.meta.url)}))`;

type Instance = Awaited<ReturnType<typeof startInstance>>;

/** Runs a phase of the load; the latencies of each event. */
type Driver = (phase: Phase) => Promise<number[]>;

/** Clients calling the app in this process. */
async function inProcess(instance: Instance, load: Load): Promise<Driver> {
  const browsers = await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const b = new Browser(instance.app);
      await b.signIn(`staff${i}`, PASSWORD);
      return b;
    }),
  );
  const issuer = browsers[0] as Browser;
  return async (phase) =>
    (
      await Promise.all(browsers.map((b, i) => work(phase.name === 'staff' ? b : issuer, load, phase, i)))
    ).flat();
}

/** The server on a loopback port, its clients in worker threads; and how to stop them. */
async function overLoopback(instance: Instance, load: Load): Promise<[Driver, () => Promise<void>]> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: instance.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const threads = await Promise.all(
    Array.from({ length: workers }, async (_, first) => {
      const worker = new Worker(WORKER, {
        eval: true,
        workerData: { ...load, address, password: PASSWORD, first, step: workers },
      });
      await next(worker);
      return worker;
    }),
  );
  const drive: Driver = async (phase) =>
    (
      await Promise.all(
        threads.map((w) => {
          const answer = next<number[]>(w);
          w.postMessage(phase);
          return answer;
        }),
      )
    ).flat();
  const stop = async () => {
    await Promise.all(threads.map((w) => w.terminate()));
    await new Promise((resolve) => server.close(resolve));
  };
  return [drive, stop];
}

/** The worker's next message; its error, or its exit, fails it. */
const next = <T>(worker: Worker) =>
  new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });

async function bench(name: string, db: Database) {
  const instance = await startInstance(db);
  const hash = await hashPassword(PASSWORD);
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
  const planner = new Browser(instance.app);
  await planner.signIn('staff0', PASSWORD);
  await planner.json('PUT', `/api/plans/${plan.id}`, { baseRevision: 0, plan });
  const issued = await planner.json<{ run: { id: string } }>('POST', '/api/runs', { planId: plan.id });
  const load: Load = { runId: issued.body.run.id, clients, perClient, rate };
  const [drive, stop] = overHttp
    ? await overLoopback(instance, load)
    : [await inProcess(instance, load), async () => {}];

  const started = performance.now();
  const phase = (name: Phase['name']) => drive({ name, startAt: Date.now() + 20 });
  const latencies = [...(await phase('staff')), ...(await phase('approve'))];
  const seconds = (performance.now() - started) / 1000;
  await stop();

  const read = await planner.json<{ issued: IssuedRun; events: Array<{ event: RunEvent }> }>(
    'GET',
    `/api/runs/${load.runId}`,
  );
  const log = read.body.events.map((e) => e.event);
  const replayed = replayRun(read.body.issued, log);
  const intact =
    log.length === 1 + 3 * clients * perClient &&
    log.every((e, i) => e.seq === i + 1) &&
    replayed.refused.length === 0 &&
    runView(replayed.state).status === 'completed';
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] as number).toFixed(1);
  const how =
    (overHttp ? `over loopback HTTP from ${workers} worker threads` : 'in process') +
    (rate === null ? ', all at once' : `, offered ${rate} events/s`);
  console.log(
    `${name}, ${how}: ${clients} clients × ${perClient} tasks: ${latencies.length} events judged in ${seconds.toFixed(2)} s: ` +
      `${Math.round(latencies.length / seconds)} events/s, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, log ${intact ? 'intact (1..N, no loss, no duplicate; its replay completed)' : 'BROKEN'}`,
  );
  await instance.stop();
  await db.close();
}

await bench('PGlite', await openPglite());
if (process.env.DATABASE_URL) await bench('PostgreSQL', openPostgres(process.env.DATABASE_URL, 20));
