import type { RunJudge } from '../runs/judge';
import type { RunLanes } from '../runs/run-lanes';
import type { FrozenRuns } from '../runs/run-store';
import type { Database } from '../db/database';
import type { LoginLimiter } from '../auth/login-limiter';
import type { OpenSession } from '../auth/sessions';
import type { SessionCache } from '../auth/session-cache';
import type { RunFeed } from '../live/run-feed';

/** What every route is given: the database, the judge, the live feed, the limits. */
export interface ServerDeps {
  db: Database;
  judge: RunJudge;
  runs: FrozenRuns;
  /** Where submissions to a run wait for their turn and are judged and stored together. */
  lanes: RunLanes;
  feed: RunFeed;
  limiter: LoginLimiter;
  /** The sessions this instance trusts without reading them again. */
  sessions: SessionCache;
  /** Origins (scheme://host:port) allowed besides the server's own, e.g. the Vite dev server. */
  allowedOrigins: readonly string[];
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Set the cookie's Secure flag (behind HTTPS). */
  secureCookies: boolean;
}

export type AppEnv = { Variables: { session: OpenSession } };
