import type { RunStatus } from '../domain/run';
import type { PlanProblem } from '../domain/problems';

/** The cached state of a run after event `seq`: rebuilt from the log whenever it is missing or unreadable. */
export interface RunSnapshotRecord {
  runId: string;
  seq: number;
  savedAt: string;
  /** The run's state as plain data (the engine's `runView` and the machines' persisted snapshots). */
  state: unknown;
}

/** What an action writes beside its event: the run's status and its new cached state. */
export interface RunSnapshotInput {
  status: RunStatus;
  state: unknown;
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
