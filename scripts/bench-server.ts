/**
 * `npm run bench:server [-- CLIENTS TASKS [http] [workers=W] [rate=R] [live]]`: CLIENTS staff of CLIENTS
 * bodies each lead TASKS tasks of one run and start and report each, without an expected sequence number;
 * then the issuer's staff approve every report, CLIENTS requests at a time, so the run is completed. Every
 * event is judged by the engine. By default the clients call the HTTP app in this process (no sockets); with
 * `http` the server listens on loopback and the clients run in W worker threads (default 2), each with its
 * own connections, as separate browsers would (opened before each phase, untimed). All at once by default;
 * with `rate=R` the clients together offer R events per second (see bench-server-load.ts). With `live` every client follows the run's stream
 * (Server-Sent Events) and the bench waits until each has heard every event, once and in order.
 * The log is checked (seqs 1..N, no loss, no duplicate, its replay completed) and events per second and
 * p50/p99 latency printed. On PGlite, and on PostgreSQL at DATABASE_URL when set (an empty database).
 */
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { replayRun, runView, type IssuedRun, type RunEvent } from '../server/src/core';
import type { Database } from '../server/src/db/database';
import { openPglite } from '../server/src/db/pglite-database';
import { openPostgres } from '../server/src/db/pg-database';
import { startInstance } from '../server/src/instance';
import { Browser } from '../tests/server/client';
import { seedStaff, STAFF_PASSWORD, staffPlan } from '../tests/server/fixtures';
import { Clients } from './bench-server-clients';
import type { Load, Phase } from './bench-server-load';
import type { Order } from './bench-server-worker';

const args = process.argv.slice(2);
const [clients = 50, perClient = 10] = args.filter((a) => /^\d+$/.test(a)).map(Number);
const option = (name: string) => args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
const overHttp = args.includes('http');
const live = args.includes('live');
const workers = Number(option('workers') ?? 2);
const rate = option('rate') === undefined ? null : Number(option('rate'));

/** The worker's module, loaded through tsx (a worker does not inherit the TypeScript loader of this thread). */
const WORKER = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(
  new URL('./bench-server-worker.ts', import.meta.url).href,
)}, ${JSON.stringify(import.meta.url)}))`;

type Instance = Awaited<ReturnType<typeof startInstance>>;

/** Tells every group of clients the same thing; their answers. */
type Driver = <T>(order: Order) => Promise<T[]>;

const ask = (c: Clients, order: Order): Promise<unknown> =>
  order === 'warm'
    ? c.warm()
    : order === 'close'
      ? c.close()
      : 'phase' in order
        ? c.run(order.phase)
        : c.converged(order.converged);

/** All the clients in this process, calling the app without sockets. */
async function inProcess(instance: Instance, load: Load): Promise<[Driver, () => Promise<void>]> {
  const all = Array.from({ length: clients }, (_, i) => i);
  const group = await Clients.open(instance.app, load, all, STAFF_PASSWORD, live);
  return [async <T>(order: Order) => [(await ask(group, order)) as T], async () => {}];
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
        workerData: { ...load, address, password: STAFF_PASSWORD, live, first, step: workers },
      });
      await next(worker);
      return worker;
    }),
  );
  const drive: Driver = <T>(order: Order) =>
    Promise.all(
      threads.map((w) => {
        const answer = next<T>(w);
        w.postMessage(order);
        return answer;
      }),
    );
  const stop = async () => {
    await Promise.all(threads.map((w) => w.terminate()));
    (server as import('node:http').Server).closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return [drive, stop];
}

/** The worker's next message; its error fails it. */
const next = <T>(worker: Worker) =>
  new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });

async function bench(name: string, db: Database) {
  const instance = await startInstance(db);
  await seedStaff(db, clients);
  const plan = staffPlan(clients, perClient);
  const planner = new Browser(instance.app);
  await planner.signIn('staff0', STAFF_PASSWORD);
  await planner.json('PUT', `/api/plans/${plan.id}`, { baseRevision: 0, plan });
  const issued = await planner.json<{ run: { id: string } }>('POST', '/api/runs', { planId: plan.id });
  const load: Load = { runId: issued.body.run.id, clients, perClient, rate };
  const [drive, stop] = overHttp ? await overLoopback(instance, load) : await inProcess(instance, load);
  const total = 1 + 3 * clients * perClient;

  let seconds = 0;
  const phase = async (name: Phase['name']) => {
    await drive('warm');
    const started = performance.now();
    const latencies = await drive<number[]>({ phase: { name, startAt: Date.now() + 20 } });
    seconds += (performance.now() - started) / 1000;
    return latencies.flat();
  };
  const latencies = [...(await phase('staff')), ...(await phase('approve'))];
  const ended = performance.now();
  const heard = live ? await drive<boolean>({ converged: total }) : [];
  const convergedMs = performance.now() - ended;
  await drive('close');
  await stop();

  const read = await planner.json<{ issued: IssuedRun; events: Array<{ event: RunEvent }> }>(
    'GET',
    `/api/runs/${load.runId}`,
  );
  const log = read.body.events.map((e) => e.event);
  const replayed = replayRun(read.body.issued, log);
  const intact =
    log.length === total &&
    log.every((e, i) => e.seq === i + 1) &&
    replayed.refused.length === 0 &&
    runView(replayed.state).status === 'completed';
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] as number).toFixed(1);
  const how =
    (overHttp ? `over loopback HTTP from ${workers} worker threads` : 'in process') +
    (rate === null ? ', all at once' : `, offered ${rate} events/s`);
  const followed = !live
    ? ''
    : heard.every(Boolean)
      ? `; every client's stream heard all ${total} events once, in order, ${Math.round(convergedMs)} ms after the last answer`
      : '; a stream MISSED or REORDERED events';
  console.log(
    `${name}, ${how}: ${clients} clients × ${perClient} tasks: ${latencies.length} events judged in ${seconds.toFixed(2)} s: ` +
      `${Math.round(latencies.length / seconds)} events/s, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, log ${intact ? 'intact (1..N, no loss, no duplicate; its replay completed)' : 'BROKEN'}${followed}`,
  );
  await instance.stop();
  await db.close();
}

await bench('PGlite', await openPglite());
if (process.env.DATABASE_URL) await bench('PostgreSQL', openPostgres(process.env.DATABASE_URL, 20));
