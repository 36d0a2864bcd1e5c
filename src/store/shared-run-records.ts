import type { RunAction } from '../domain/run';

/** An action taken on a shared run, kept until the server accepts or refuses it. */
export interface OutboxEntry {
  /** The idempotency key sent with every try (a ULID: the outbox reads in the order actions were taken). */
  key: string;
  runId: string;
  action: RunAction;
  queuedAt: string;
}

/** A local run that mirrors a run of the server at `address`: its log holds only the server's events. */
export interface SharedRunRecord {
  runId: string;
  address: string;
}
