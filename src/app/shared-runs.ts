import type { Localized } from '../domain/localized';
import type { Run } from '../domain/run';
import type { RunRepository, SharedRunRepository } from '../store';
import { ServerUnreachable, type ServerRunSummary } from './server-client';
import { SERVER_WORDING } from './server-wording';
import type { ServerConnection } from './server-connection';
import { RunFollower, type SharedRunView } from './run-follower';

export type ServerRunList = { ok: true; runs: ServerRunSummary[] } | { ok: false; reason: Localized };

/** Runs shared through the server signed in to: the server's list, and following one run live. */
export class SharedRuns {
  constructor(
    private readonly connection: ServerConnection,
    private readonly runs: RunRepository,
    private readonly shared: SharedRunRepository,
    private readonly now: () => Date = () => new Date(),
    private readonly retryMs = 1500,
  ) {}

  /**
   * The runs of the person's organisation on the server (none when nobody is signed in), or why they could not
   * be read (the server cannot be reached, or refused).
   */
  list = async (): Promise<ServerRunList> => {
    const client = this.connection.client();
    const status = this.connection.current();
    if (!client)
      return status.kind === 'unreachable'
        ? { ok: false, reason: SERVER_WORDING.unreachable(status.address) }
        : { ok: true, runs: [] };
    try {
      const reply = await client.runs();
      return reply.ok ? { ok: true, runs: reply.body.runs } : { ok: false, reason: reply.message };
    } catch (error) {
      if (!(error instanceof ServerUnreachable)) throw error;
      return { ok: false, reason: error.reason };
    }
  };

  /** The server's runs kept in this browser (followed from here before), for when the server is away. */
  cached = async (): Promise<Run[]> => {
    const ids = new Set(await this.shared.sharedIds());
    return (await this.runs.list()).filter((run) => ids.has(run.id));
  };

  /** Whether a local run mirrors a server's. */
  isShared = async (runId: string) => (await this.shared.shared(runId)) !== null;

  /**
   * Follow a run of the server: kept locally, live, acting through the server. While the server cannot be
   * reached, the account last signed in acts on the local copy and its actions wait. Null when signed out.
   * Call `stop()` on the follower when done.
   */
  follow = async (runId: string, listener: (view: SharedRunView) => void): Promise<RunFollower | null> => {
    const client = this.connection.client();
    const account = this.connection.actor();
    if (!client || !account) return null;
    const actor = { name: account.displayName, bodyId: account.bodyId };
    const deps = {
      client,
      runs: this.runs,
      shared: this.shared,
      actor,
      now: this.now,
      retryMs: this.retryMs,
      onSignedOut: () => void this.connection.refresh(),
    };
    const follower = new RunFollower(runId, deps, listener);
    await follower.start();
    return follower;
  };
}
