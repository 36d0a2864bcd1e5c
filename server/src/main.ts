import { mkdirSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { ensureFirstAdmin } from './bootstrap';
import type { Database } from './db/database';
import { openPglite } from './db/pglite-database';
import { openPostgres } from './db/pg-database';
import { startInstance } from './instance';

/**
 * `npm run server`: PostgreSQL at DATABASE_URL when set, otherwise PGlite in `.data/pglite` (git-ignored).
 * PORT (default 4300), HOST (default 127.0.0.1), ALLOWED_ORIGINS (comma-separated), SECURE_COOKIES=1 behind
 * HTTPS, ADMIN_PASSWORD for the first administrator of an empty database.
 */
async function main() {
  const env = process.env;
  let db: Database;
  if (env.DATABASE_URL) db = openPostgres(env.DATABASE_URL);
  else {
    mkdirSync('.data', { recursive: true });
    db = await openPglite('.data/pglite');
  }
  const instance = await startInstance(db, {
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
    secureCookies: env.SECURE_COOKIES === '1',
  });
  const admin = await ensureFirstAdmin(db, env.ADMIN_PASSWORD);
  if (admin) console.log(`Tài khoản quản trị đầu tiên: ${admin.username} / ${admin.password}`);
  const port = Number(env.PORT ?? 4300);
  const hostname = env.HOST ?? '127.0.0.1';
  const server = serve({ fetch: instance.app.fetch, port, hostname });
  console.log(
    `Rollout Studio server: http://${hostname}:${port}/api (${db.kind === 'pglite' ? 'PGlite .data/pglite' : 'PostgreSQL'})`,
  );
  const stop = () =>
    server.close(async () => {
      await instance.stop();
      await db.close();
      process.exit(0);
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
