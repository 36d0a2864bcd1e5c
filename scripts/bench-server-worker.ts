/**
 * A worker thread of `npm run bench:server -- CLIENTS TASKS http`: the staff clients `first, first + step…`
 * over HTTP on loopback. It signs them in, says "ready", and on each message does what it says: a phase of
 *  "warm" (connections opened), a phase of
 * the load (answered with the latencies), "converged" (answered once its followers heard event `seq`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Clients } from './bench-server-clients';
import { remote, type Load, type Phase } from './bench-server-load';

interface Data extends Load {
  address: string;
  password: string;
  live: boolean;
  first: number;
  step: number;
}

export type Order = 'warm' | { phase: Phase } | { converged: number } | 'close';

const data = workerData as Data;
const port = parentPort as NonNullable<typeof parentPort>;
const mine: number[] = [];
for (let i = data.first; i < data.clients; i += data.step) mine.push(i);
const app = remote(data.address) as unknown as Parameters<typeof Clients.open>[0];
const clients = await Clients.open(app, data, mine, data.password, data.live);
port.on('message', async (order: Order) => {
  if (order === 'warm') port.postMessage(await clients.warm());
  else if (order === 'close') port.postMessage(await clients.close());
  else if ('phase' in order) port.postMessage(await clients.run(order.phase));
  else port.postMessage(await clients.converged(order.converged));
});
port.postMessage('ready');
