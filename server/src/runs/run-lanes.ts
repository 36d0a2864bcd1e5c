import type { Actor } from '../auth/sessions';
import type { Database } from '../db/database';
import type { RunJudge } from './judge';
import type { FrozenRuns } from './run-store';
import { settle, type Sent, type Submission, type SubmitResult } from './submit-event';

/** What judging a submission needs: the database, the judge, this instance's frozen runs. */
export interface Court {
  db: Database;
  judge: RunJudge;
  runs: FrozenRuns;
}

interface Waiting extends Sent {
  answer: (result: SubmitResult) => void;
  fail: (error: unknown) => void;
}

/** The most submissions of one run judged and stored in one transaction. */
const MAX_BATCH = 500;
/** How often a transaction that failed (a dropped connection, say) is tried again, and the pause before. */
const ATTEMPTS = 3;
const PAUSE_MS = 100;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Group commit: each run has a lane in this instance where its submissions wait while one transaction of the
 * run is under way; the next transaction takes everything that waits (in arrival order), locks the run's row
 * once, judges each in turn against the run's state and appends them in one statement. So a busy run costs a
 * few round trips per batch rather than per event, and events of one run still reach the log one after the
 * other in a total order (several instances take turns on the row lock).
 *
 * A failed transaction is tried again (a retried submission that did commit is found by its key), and a batch
 * that keeps failing is split, each tried once alone, so that one submission the database refuses fails alone.
 */
export class RunLanes {
  private readonly lanes = new Map<string, Waiting[]>();

  constructor(private readonly court: Court) {}

  /** Judge `submission` by `actor` as the next event of its run, and store it or its refusal. */
  submit(actor: Actor, submission: Submission): Promise<SubmitResult> {
    return new Promise((answer, fail) => {
      const waiting = { actor, submission, answer, fail };
      const lane = this.lanes.get(submission.runId);
      if (lane) return void lane.push(waiting);
      this.lanes.set(submission.runId, [waiting]);
      setImmediate(() => void this.drain(submission.runId));
    });
  }

  private async drain(runId: string): Promise<void> {
    const lane = this.lanes.get(runId) as Waiting[];
    while (lane.length > 0) {
      const batch = lane.splice(0, MAX_BATCH);
      try {
        const results = await this.commit(runId, batch);
        batch.forEach((w, i) => w.answer(results[i] as SubmitResult));
      } catch (error) {
        if (batch.length === 1) batch[0]?.fail(error);
        else
          for (const w of batch)
            await this.commit(runId, [w], 1).then(([result]) => w.answer(result as SubmitResult), w.fail);
      }
    }
    this.lanes.delete(runId);
  }

  private async commit(runId: string, batch: readonly Sent[], attempts = ATTEMPTS): Promise<SubmitResult[]> {
    const { db, judge, runs } = this.court;
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction(async (tx) => {
          const run = await runs.lock(tx, runId);
          return run ? settle(tx, judge, run, batch) : batch.map((): SubmitResult => ({ status: 'no-run' }));
        });
      } catch (error) {
        judge.forget(runId);
        if (attempt >= attempts) throw error;
        console.error(`Lưu sự kiện của lượt ${runId} thất bại (lần ${attempt}), thử lại: ${String(error)}`);
        await pause(PAUSE_MS * attempt);
      }
    }
  }
}
