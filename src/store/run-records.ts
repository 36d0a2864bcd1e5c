import type { RunStatus } from '../domain/run';
import type { PlanProblem } from '../domain/problems';

/** The cached state of a run after event `seq`: rebuilt from the log whenever it is missing or unreadable. */
export interface RunSnapshotRecord {
  runId: string;
  seq: number;
  savedAt: string;
  /** The head of the run's state as plain data (the engine's snapshot without its parts). */
  state: unknown;
  /** The parts of the state, by key (the engine's: one per assigned body), as last written. */
  parts: Record<string, unknown>;
}

/** One part of a run's cached state, rewritten only when an action changes it. */
export interface RunSnapshotPartRow {
  runId: string;
  bodyId: string;
  data: unknown;
}

/**
 * What an action writes beside its event: the run's status and its new cached state — the head, and the parts
 * that changed (the others stay as stored: they are the same after the event).
 */
export interface RunSnapshotInput {
  status: RunStatus;
  state: unknown;
  parts?: Record<string, unknown>;
}

/** A file attached to a report as evidence (minh chứng), kept in the browser. */
export interface AttachmentRecord {
  id: string;
  runId: string;
  name: string;
  type: string;
  size: number;
  addedAt: string;
  blob: Blob;
}

export type AppendResult =
  | { ok: true }
  /** Another tab appended first: nothing was written; read the log from `currentSeq` and try again. */
  | { ok: false; reason: 'stale'; currentSeq: number }
  | { ok: false; reason: 'no-run' }
  | { ok: false; reason: 'invalid'; problems: PlanProblem[] };
