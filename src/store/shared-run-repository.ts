import type { RolloutDatabase } from './database';
import type { OutboxEntry, SharedRunRecord } from './shared-run-records';

/** Which runs mirror a server's, and the actions on them waiting for the server (kept across reloads). */
export class SharedRunRepository {
  constructor(private readonly db: RolloutDatabase) {}

  async markShared(record: SharedRunRecord): Promise<void> {
    await this.db.sharedRuns.put(record);
  }

  async shared(runId: string): Promise<SharedRunRecord | null> {
    return (await this.db.sharedRuns.get(runId)) ?? null;
  }

  /** The ids of every run that mirrors a server's. */
  async sharedIds(): Promise<string[]> {
    return (await this.db.sharedRuns.toCollection().primaryKeys()) as string[];
  }

  async queue(entry: OutboxEntry): Promise<void> {
    await this.db.outbox.add(entry);
  }

  /** The actions waiting for a run, in the order they were taken. */
  pending(runId: string): Promise<OutboxEntry[]> {
    return this.db.outbox.where('runId').equals(runId).sortBy('key');
  }

  async remove(key: string): Promise<void> {
    await this.db.outbox.delete(key);
  }
}
