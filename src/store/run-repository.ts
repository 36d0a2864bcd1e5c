import { Dexie } from 'dexie';
import type { PlanProblem } from '../domain/problems';
import { check } from '../domain/problems';
import { RunEventSchema, RunSchema, type Run, type RunEvent } from '../domain/run';
import type { RolloutDatabase } from './database';
import type { AppendResult, AttachmentRecord, RunSnapshotInput, RunSnapshotRecord } from './run-records';
import { RunLogRepository } from './run-log-repository';
import { readRunEventRows, readRunRow, readRunRows, readRunSnapshotRow } from './run-rows';
import { newUlid } from './ulid';

/** A Blob (or File) as the core sees it: the core compiles without the DOM's types, where Blob is opaque. */
type FileData = Blob & { readonly size: number; readonly type: string };

export type IssueResult = { ok: true } | { ok: false; problems: PlanProblem[] };

/** The event a parent run appends to link a child run, with the state it leads to. */
export interface LinkInParent {
  runId: string;
  expectedSeq: number;
  event: RunEvent;
  snapshot: RunSnapshotInput;
}

/**
 * Runs and their append-only logs. Every action is one read-write transaction that writes its event and the
 * run's new cached state together, or nothing; an event written from a stale state is refused.
 */
export class RunRepository {
  /** The logs read a page at a time, as the audit view shows them. */
  readonly log: RunLogRepository;

  constructor(private readonly db: RolloutDatabase) {
    this.log = new RunLogRepository(db);
  }

  /** A new run with its issue event (number 1) and its first cached state. Refused if the id is taken. */
  issue(run: Run, event: RunEvent, snapshot: RunSnapshotInput): Promise<IssueResult> {
    const checkedRun = check(RunSchema, run);
    if (!checkedRun.ok) return Promise.resolve(checkedRun);
    const checkedEvent = check(RunEventSchema, event);
    if (!checkedEvent.ok) return Promise.resolve(checkedEvent);
    if (event.type !== 'issue' || event.seq !== 1 || event.runId !== run.id)
      throw new Error(`The first event of run ${run.id} must be its issue, number 1`);
    const { runs, runEvents, runSnapshots, runSnapshotParts } = this.db;
    return this.db.transaction('rw', [runs, runEvents, runSnapshots, runSnapshotParts], async () => {
      await runs.add({ ...checkedRun.value, status: snapshot.status });
      await runEvents.add(checkedEvent.value);
      await this.putSnapshot(run.id, 1, snapshot);
      return { ok: true } as const;
    });
  }

  /**
   * Append `event` to the log of `runId` after event number `expectedSeq`, with the state it leads to. When
   * the log has moved on (another tab acted), nothing is written and the number of its last event comes back.
   */
  append(
    runId: string,
    expectedSeq: number,
    event: RunEvent,
    snapshot: RunSnapshotInput,
    attachments: readonly AttachmentRecord[] = [],
  ): Promise<AppendResult> {
    const checked = check(RunEventSchema, event);
    if (!checked.ok) return Promise.resolve({ ok: false, reason: 'invalid', problems: checked.problems });
    if (event.runId !== runId || event.seq !== expectedSeq + 1)
      throw new Error(`Event ${event.id} is not number ${expectedSeq + 1} of run ${runId}`);
    const { runs, runEvents, runSnapshots, runSnapshotParts, attachments: files } = this.db;
    const tables = [runs, runEvents, runSnapshots, runSnapshotParts, files];
    return this.db.transaction('rw', tables, async (): Promise<AppendResult> => {
      const run = await runs.get(runId);
      if (!run) return { ok: false, reason: 'no-run' };
      const currentSeq = await this.lastSeq(runId);
      if (currentSeq !== expectedSeq) return { ok: false, reason: 'stale', currentSeq };
      await runEvents.add(checked.value);
      if (attachments.length > 0) await files.bulkAdd([...attachments]);
      await this.putSnapshot(runId, event.seq, snapshot);
      if (run.status !== snapshot.status) await runs.update(runId, { status: snapshot.status });
      return { ok: true };
    });
  }

  /**
   * A new run of a child plan and the event of its parent run that links it to a task (`parent`), written in
   * one transaction: both or neither. Refused like `issue` and `append`.
   */
  async issueChild(
    child: { run: Run; event: RunEvent; snapshot: RunSnapshotInput },
    parent: LinkInParent,
  ): Promise<AppendResult> {
    const write = async (): Promise<AppendResult> => {
      const issued = await this.issue(child.run, child.event, child.snapshot);
      if (!issued.ok) return { ok: false, reason: 'invalid', problems: issued.problems };
      return this.append(parent.runId, parent.expectedSeq, parent.event, parent.snapshot);
    };
    return this.allOrNothing(write);
  }

  /**
   * Link an earlier run of a child plan to a task of its parent run: the parent's event and the child run's
   * `parent` in one transaction. Refused, writing nothing, when the child run fulfils a task already.
   */
  linkChild(
    childRunId: string,
    parent: LinkInParent,
  ): Promise<AppendResult | { ok: false; reason: 'taken' }> {
    return this.allOrNothing(async () => {
      const child = await this.get(childRunId);
      if (!child) return { ok: false, reason: 'no-run' };
      if (child.parent) return { ok: false, reason: 'taken' };
      const appended = await this.append(parent.runId, parent.expectedSeq, parent.event, parent.snapshot);
      if (appended.ok && parent.event.type === 'link-child')
        await this.db.runs.update(childRunId, {
          parent: { runId: parent.runId, taskId: parent.event.taskId },
        });
      return appended;
    });
  }

  /**
   * Cache the state a reader rebuilt (its stored one was missing, unreadable or older), when it is still the
   * state after the log's last event; otherwise nothing is written. Returns whether it was written.
   */
  refreshSnapshot(runId: string, seq: number, snapshot: RunSnapshotInput): Promise<boolean> {
    const { runEvents, runSnapshots, runSnapshotParts } = this.db;
    return this.db.transaction('rw', [runEvents, runSnapshots, runSnapshotParts], async () => {
      if ((await this.lastSeq(runId)) !== seq) return false;
      await this.putSnapshot(runId, seq, snapshot);
      return true;
    });
  }

  /** The number of the last event of a run, read from the index (0 when it has none). */
  async lastSeq(runId: string): Promise<number> {
    const key: unknown = await this.ofRun(runId, 1).lastKey();
    return Array.isArray(key) ? Number(key[1]) : 0;
  }

  /** The readable events of a run after number `afterSeq`, in order; unreadable rows are reported and skipped. */
  async events(runId: string, afterSeq = 0): Promise<RunEvent[]> {
    const read = readRunEventRows(await this.ofRun(runId, afterSeq + 1).toArray());
    this.db.report(read.problems);
    return read.records;
  }

  async get(runId: string): Promise<Run | null> {
    const row = await this.db.runs.get(runId);
    if (row === undefined) return null;
    const read = readRunRow(row);
    if (read.ok) return read.value;
    this.db.report([read.problem]);
    return null;
  }

  /** The runs of a plan (every run when no plan is named), oldest first: ids sort by time. */
  async list(planId?: string): Promise<Run[]> {
    const rows = planId
      ? await this.db.runs.where('planId').equals(planId).toArray()
      : await this.db.runs.toArray();
    const read = readRunRows(rows);
    this.db.report(read.problems);
    return read.records.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** The cached state of a run, its head and its parts read together, or null (then replay the log). */
  snapshot(runId: string): Promise<RunSnapshotRecord | null> {
    const { runSnapshots, runSnapshotParts } = this.db;
    return this.db.transaction('r', [runSnapshots, runSnapshotParts], async () => {
      const [row, parts] = await Promise.all([
        runSnapshots.get(runId),
        runSnapshotParts
          .where('[runId+bodyId]')
          .between([runId, Dexie.minKey], [runId, Dexie.maxKey])
          .toArray(),
      ]);
      if (row === undefined) return null;
      const read = readRunSnapshotRow(row);
      if (!read.ok) {
        this.db.report([read.problem]);
        return null;
      }
      return { ...read.value, parts: Object.fromEntries(parts.map((p) => [p.bodyId, p.data])) };
    });
  }

  /**
   * A file to keep as evidence for a report of the run, not written yet: its id goes in the report's
   * `attachmentIds`, and `append` writes it with the report's event, in the same transaction.
   */
  newAttachment(runId: string, blob: FileData, name: string): AttachmentRecord {
    const addedAt = this.db.now();
    return { id: newUlid(Date.parse(addedAt)), runId, name, type: blob.type, size: blob.size, addedAt, blob };
  }

  async attachment(id: string): Promise<AttachmentRecord | null> {
    return (await this.db.attachments.get(id)) ?? null;
  }

  /** The files kept for the reports of a run, oldest first. */
  async attachments(runId: string): Promise<AttachmentRecord[]> {
    return (await this.db.attachments.where('runId').equals(runId).toArray()).sort((a, b) =>
      a.id < b.id ? -1 : 1,
    );
  }

  /** Run `write` in one transaction over every run table; whatever it refuses is rolled back. */
  private async allOrNothing<T extends { ok: boolean }>(write: () => Promise<T>): Promise<T> {
    const { runs, runEvents, runSnapshots, runSnapshotParts, attachments } = this.db;
    const tables = [runs, runEvents, runSnapshots, runSnapshotParts, attachments];
    const refused: { result?: T } = {};
    try {
      return await this.db.transaction('rw', tables, async () => {
        const result = await write();
        if (result.ok) return result;
        refused.result = result;
        throw new Error('refused: rolled back');
      });
    } catch (error) {
      if (refused.result) return refused.result;
      throw error;
    }
  }

  private ofRun(runId: string, fromSeq: number) {
    return this.db.runEvents
      .where('[runId+seq]')
      .between([runId, fromSeq], [runId, Dexie.maxKey], true, true);
  }

  /** Write a cached state: its head, and the parts given (within the caller's transaction). */
  private async putSnapshot(runId: string, seq: number, snapshot: RunSnapshotInput): Promise<void> {
    await this.db.runSnapshots.put({ runId, seq, savedAt: this.db.now(), state: snapshot.state });
    const parts = Object.entries(snapshot.parts ?? {}).map(([bodyId, data]) => ({ runId, bodyId, data }));
    if (parts.length > 0) await this.db.runSnapshotParts.bulkPut(parts);
  }
}
