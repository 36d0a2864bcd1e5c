/**
 * A worker thread of `npm run bench:server -- CLIENTS TASKS http`: the staff clients `first, first + step…`
 * over HTTP on loopback. It signs them in (and one issuer's session), says "ready", and on each phase
 * ("staff" then "approve") does its share and posts its latencies back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Browser } from '../tests/server/client';
import { remote, work, type Load, type Phase } from './bench-server-load';

interface Data extends Load {
  address: string;
  password: string;
  first: number;
  step: number;
}

const data = workerData as Data;
const port = parentPort as NonNullable<typeof parentPort>;
const mine: number[] = [];
for (let i = data.first; i < data.clients; i += data.step) mine.push(i);
const app = remote(data.address) as unknown as ConstructorParameters<typeof Browser>[0];
const signIn = async (username: string) => {
  const b = new Browser(app);
  const status = await b.signIn(username, data.password);
  if (status !== 200) throw new Error(`${username}: HTTP ${status}`);
  return b;
};
const staff = await Promise.all(mine.map((i) => signIn(`staff${i}`)));
const issuer = await signIn('staff0');
port.on('message', async (phase: Phase) => {
  const latencies = await Promise.all(
    mine.map((i, n) => work(phase.name === 'staff' ? (staff[n] as Browser) : issuer, data, phase, i)),
  );
  port.postMessage(latencies.flat());
});
port.postMessage('ready');
