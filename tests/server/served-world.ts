import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { ENGINES } from './databases';
import { world } from './harness';

const [PGLITE] = ENGINES;

export type ServedWorld = Awaited<ReturnType<typeof servedWorld>>;

/**
 * A server on PGlite with the fixture people, served over HTTP on a free loopback port, for the app's own
 * client code (its fetch, streams and cookies) to talk to.
 */
export async function servedWorld() {
  const w = await world(await (PGLITE as (typeof ENGINES)[number]).open());
  const http = serve({ fetch: w.instance.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => http.once('listening', r));
  const address = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const close = async () => {
    await new Promise((r) => http.close(r));
    await w.close();
  };
  return { w, address, close };
}
