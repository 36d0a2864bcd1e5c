import type { RunRepository, SharedRunRepository } from '../store';
import type { ServerConnection } from './server-connection';
import { RunFollower, type SharedRunView } from './run-follower';

/** Runs shared through the server signed in to: the server's list, and following one run live. */
export class SharedRuns {
  constructor(
    private readonly connection: ServerConnection,
    private readonly runs: RunRepository,
    private readonly shared: SharedRunRepository,
    private readonly now: () => Date = () => new Date(),
    private readonly retryMs = 1500,
  ) {}

  /** The runs of the person's organisation on the server; empty when not signed in or unreachable. */
  list = async () => {
    const reply = await this.connection
      .client()
      ?.runs()
      .catch(() => null);
    return reply?.ok ? reply.body.runs : [];
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
