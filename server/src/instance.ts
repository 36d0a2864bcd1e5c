import { LoginLimiter } from './auth/login-limiter';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { createApp } from './http/app';
import type { ServerDeps } from './http/env';
import { RunFeed } from './live/run-feed';
import { RunJudge } from './runs/judge';
import { FrozenRuns } from './runs/run-store';

export type InstanceOptions = Partial<Omit<ServerDeps, 'db' | 'feed' | 'runs' | 'judge'>>;

/** One server instance over `db`: migrated, listening for run events, with its HTTP app. */
export async function startInstance(db: Database, options: InstanceOptions = {}) {
  await migrate(db);
  const deps: ServerDeps = {
    db,
    feed: await RunFeed.start(db),
    judge: new RunJudge(),
    runs: new FrozenRuns(),
    limiter: options.limiter ?? new LoginLimiter(),
    allowedOrigins: options.allowedOrigins ?? [],
    maxBodyBytes: options.maxBodyBytes ?? 2 * 1024 * 1024,
    secureCookies: options.secureCookies ?? false,
  };
  return { app: createApp(deps), deps, stop: () => deps.feed.stop() };
}
