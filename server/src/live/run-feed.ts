import type { Database, Unlisten } from '../db/database';
import { RUN_EVENTS_CHANNEL } from '../runs/run-store';

type Heard = (seq: number) => void;

/**
 * This instance's ear on the database: one LISTEN for every run, fanned out to the subscribers of each run.
 * Any instance's append is committed with a NOTIFY, so every instance hears every run's new events.
 */
export class RunFeed {
  private readonly subscribers = new Map<string, Set<Heard>>();

  private constructor(private readonly unlisten: Unlisten | null) {}

  static async start(db: Database): Promise<RunFeed> {
    let feed: RunFeed | null = null;
    const unlisten = await db.listen(RUN_EVENTS_CHANNEL, (payload) => feed?.hear(payload));
    feed = new RunFeed(unlisten);
    return feed;
  }

  subscribe(runId: string, heard: Heard): () => void {
    const set = this.subscribers.get(runId) ?? new Set();
    this.subscribers.set(runId, set.add(heard));
    return () => {
      set.delete(heard);
      if (set.size === 0) this.subscribers.delete(runId);
    };
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }

  /** A run's new event; or, when notifications may have been missed, every subscriber reads its log again. */
  private hear(payload: string | null): void {
    if (payload === null) {
      this.subscribers.forEach((set) => set.forEach((heard) => heard(Infinity)));
      return;
    }
    const { runId, seq } = JSON.parse(payload) as { runId: string; seq: number };
    this.subscribers.get(runId)?.forEach((heard) => heard(seq));
  }
}
