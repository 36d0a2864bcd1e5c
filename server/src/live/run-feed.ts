import type { Database, Unlisten } from '../db/database';
import { eventsSince, RUN_EVENTS_CHANNEL, type LoggedEvent } from '../runs/run-store';

/** Takes the next events of a follower, in order; the next ones wait until it resolves. */
export type Deliver = (events: readonly LoggedEvent[]) => Promise<void>;

interface Follower {
  sent: number;
  deliver: Deliver;
  /** The delivery under way: deliveries to one follower never overlap. */
  busy: Promise<void>;
}

/** The newest events of a followed run, read once for all its followers. */
interface Tail {
  followers: Set<Follower>;
  /** Consecutive events after `base`. */
  events: LoggedEvent[];
  base: number;
  reading: Promise<void> | null;
  /** Something new was heard while reading: read again after. */
  again: boolean;
}

/** How many of a run's newest events are kept for followers that lag behind. */
const KEPT_EVENTS = 2000;
/**
 * The pause after each read of a busy run before the next: what was appended meanwhile goes out together, so
 * a run with many followers costs each of them one write per pause rather than one per committed batch.
 */
const REST_MS = 50;

/**
 * This instance's ear on the database: one LISTEN for every run, and one read of the log per run for all
 * the browsers of this instance that follow it. Any instance's append is committed with a NOTIFY, so every
 * instance hears every run's new events; on hearing one, the run's new events are read once and handed to
 * each follower in order, each event once. When notifications may have been missed (the listening
 * connection dropped), every followed run is read again.
 */
export class RunFeed {
  private readonly tails = new Map<string, Tail>();

  private constructor(
    private readonly db: Database,
    private unlisten: Unlisten | null = null,
  ) {}

  static async start(db: Database): Promise<RunFeed> {
    const feed = new RunFeed(db);
    feed.unlisten = await db.listen(RUN_EVENTS_CHANNEL, (payload) => feed.hear(payload));
    return feed;
  }

  /** Hand `deliver` the run's events after `since`, then each new one; stop when the returned function is called. */
  follow(runId: string, since: number, deliver: Deliver): () => void {
    let tail = this.tails.get(runId);
    if (!tail) {
      tail = { followers: new Set(), events: [], base: since, reading: null, again: false };
      this.tails.set(runId, tail);
    }
    const follower: Follower = { sent: since, deliver, busy: Promise.resolve() };
    tail.followers.add(follower);
    this.read(runId, tail);
    return () => {
      tail.followers.delete(follower);
      if (tail.followers.size === 0 && this.tails.get(runId) === tail) this.tails.delete(runId);
    };
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }

  private hear(payload: string | null): void {
    if (payload === null) return this.tails.forEach((tail, runId) => this.read(runId, tail));
    const { runId, seq } = JSON.parse(payload) as { runId: string; seq: number };
    const tail = this.tails.get(runId);
    if (tail && seq > this.last(tail)) this.read(runId, tail);
  }

  private last = (tail: Tail) => tail.base + tail.events.length;

  /**
   * Read the run's events after the tail's last (once, however many ask meanwhile), then hand them out; when
   * more was heard meanwhile, read again after REST_MS.
   */
  private read(runId: string, tail: Tail): void {
    if (tail.reading) {
      tail.again = true;
      return;
    }
    tail.again = false;
    tail.reading = eventsSince(this.db, runId, this.last(tail))
      .then((events) => {
        tail.events.push(...events);
        const dropped = Math.max(0, tail.events.length - KEPT_EVENTS);
        tail.events.splice(0, dropped);
        tail.base += dropped;
        tail.followers.forEach((f) => this.hand(runId, tail, f));
      })
      .catch((error: unknown) => console.error(`Không đọc được nhật ký của lượt ${runId}:`, error))
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, tail.again ? REST_MS : 0)))
      .finally(() => {
        tail.reading = null;
        if (tail.again && this.tails.get(runId) === tail) this.read(runId, tail);
      });
  }

  /** Hand the follower what it has not had yet: from the tail, or from the log when it lags behind the tail. */
  private hand(runId: string, tail: Tail, follower: Follower): void {
    follower.busy = follower.busy
      .then(async () => {
        if (!tail.followers.has(follower) || follower.sent >= this.last(tail)) return;
        const events =
          follower.sent >= tail.base
            ? tail.events.slice(follower.sent - tail.base)
            : await eventsSince(this.db, runId, follower.sent);
        const fresh = events.filter((e) => e.seq > follower.sent);
        if (fresh.length === 0) return;
        await follower.deliver(fresh);
        follower.sent = (fresh.at(-1) as LoggedEvent).seq;
      })
      .catch((error: unknown) => console.error(`Không gửi được sự kiện của lượt ${runId}:`, error));
  }
}
