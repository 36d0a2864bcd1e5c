/**
 * The load of `npm run bench:server`, the same whether its clients call the HTTP app in process or a server
 * over loopback from worker threads: staff client `i` of CLIENTS starts and reports each of its TASKS tasks,
 * one request after the other, without an expected sequence number; then the issuer's staff approve them.
 * Each client sends its next request as soon as it has the answer to the last (all at once: the server's
 * most events per second), or, at a rate, not before its turn: the phase's n-th event of all clients is due
 * n / rate seconds after the phase starts (how fast people act, to measure the latency they see).
 */
import type { RunAction } from '../server/src/core';
import type { Browser } from '../tests/server/client';

export interface Load {
  runId: string;
  clients: number;
  perClient: number;
  /** Events per second offered by all clients together, or null for as fast as the server answers. */
  rate: number | null;
}

/** A phase of the load, started at `startAt` (Date.now()). */
export interface Phase {
  name: 'staff' | 'approve';
  startAt: number;
}

/** Wait until the `n`-th event of the phase is due. */
async function due(load: Load, phase: Phase, n: number): Promise<void> {
  const wait = load.rate === null ? 0 : phase.startAt + (1000 * n) / load.rate - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** The task ids of client `i`, and the body that leads them. */
const tasksOf = ({ clients, perClient }: Load, i: number) =>
  Array.from({ length: perClient }, (_, k) => ({ assigneeId: `b${i}`, taskId: `t${k * clients + i}`, k }));

const evidence = { links: [], attachmentIds: [] };

/** Send `action` as an event of the run; its latency in milliseconds. Throws on any answer but 201. */
async function send(b: Browser, load: Load, idempotencyKey: string, action: RunAction): Promise<number> {
  const t = performance.now();
  const r = await b.call('POST', `/api/runs/${load.runId}/events`, {
    expectedSeq: null,
    idempotencyKey,
    action,
  });
  if (r.status !== 201) throw new Error(`HTTP ${r.status}: ${await r.text()}`);
  await r.arrayBuffer();
  return performance.now() - t;
}

/** Client `i` starts and reports each of its tasks in `phase` "staff", or its issuer approves them; the latencies. */
export async function work(b: Browser, load: Load, phase: Phase, i: number): Promise<number[]> {
  const latencies: number[] = [];
  const sent = async (n: number, key: string, action: RunAction) => {
    await due(load, phase, n * load.clients + i);
    latencies.push(await send(b, load, key, action));
  };
  for (const { k, ...on } of tasksOf(load, i)) {
    if (phase.name === 'approve') {
      await sent(k, `approve-${on.taskId}`, { type: 'approve', ...on });
      continue;
    }
    await sent(2 * k, `start-${on.taskId}`, { type: 'start', ...on });
    const report = { results: `Báo cáo ${k}`, difficulties: '', proposals: '', evidence };
    await sent(2 * k + 1, `report-${on.taskId}`, { type: 'report', ...on, report });
  }
  return latencies;
}

/** A browser that calls a server at `address` over HTTP. */
export const remote = (address: string) => ({
  request: (path: string, init: RequestInit) => fetch(new URL(path, address), init),
});
