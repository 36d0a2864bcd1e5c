import { LoginLimiter } from './auth/login-limiter';
import { SessionCache } from './auth/session-cache';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { createApp } from './http/app';
import type { ServerDeps } from './http/env';
import { RunFeed } from './live/run-feed';
import { RunJudge } from './runs/judge';
import { RunLanes } from './runs/run-lanes';
import { FrozenRuns } from './runs/run-store';

export type InstanceOptions = Partial<
  Omit<ServerDeps, 'db' | 'feed' | 'runs' | 'judge' | 'lanes' | 'sessions'>
>;

/** One server instance over `db`: migrated, listening for run events, with its HTTP app. */
export async function startInstance(db: Database, options: InstanceOptions = {}) {
  await migrate(db);
  const court = { db, judge: new RunJudge(), runs: new FrozenRuns() };
  const deps: ServerDeps = {
    ...court,
    lanes: new RunLanes(court),
    feed: await RunFeed.start(db),
    sessions: await SessionCache.start(db),
    limiter: options.limiter ?? new LoginLimiter(),
    allowedOrigins: options.allowedOrigins ?? [],
    maxBodyBytes: options.maxBodyBytes ?? 2 * 1024 * 1024,
    secureCookies: options.secureCookies ?? false,
  };
  return {
    app: createApp(deps),
    deps,
    stop: async () => {
      await deps.feed.stop();
      await deps.sessions.stop();
    },
  };
}
