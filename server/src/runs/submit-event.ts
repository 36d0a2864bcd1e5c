import type { Actor } from '../auth/sessions';
import type { Localized, RunAction } from '../core';
import { isUniqueViolation, type Database, type Queryable } from '../db/database';
import type { RunJudge } from './judge';
import { appendEvent, eventByKey, readRun, type FrozenRuns, type LoggedEvent, type Run } from './run-store';

export interface Submission {
  runId: string;
  /**
   * The sequence number of the last event the sender knew: the event is appended only right after it. Null
   * appends after whatever is last, judged against the log as it then is (for actions that do not depend on
   * what others did meanwhile, so that many bodies acting at once do not refuse each other).
   */
  expectedSeq: number | null;
  /** Chosen by the sender once per action and sent again on every retry of it. */
  idempotencyKey: string;
  action: RunAction;
}

/** What judging a submission needs: the database, the judge, this instance's frozen runs. */
export interface Court {
  db: Database;
  judge: RunJudge;
  runs: FrozenRuns;
}

export type SubmitResult =
  | { status: 'appended'; event: LoggedEvent }
  | { status: 'replayed'; event: LoggedEvent }
  | { status: 'stale'; lastSeq: number }
  | { status: 'refused'; reason: Localized }
  | { status: 'no-run' };

/**
 * Judge `action` as the next event of the locked `run` and append it, or log the refusal. Runs inside the
 * caller's transaction; when that transaction does not commit, the caller must `judge.forget` the run.
 */
export async function judgeAndAppend(
  tx: Queryable,
  judge: RunJudge,
  actor: Actor,
  run: Run,
  idempotencyKey: string,
  action: RunAction,
): Promise<SubmitResult> {
  const verdict = await judge.judge(tx, run, actor, action, new Date());
  if (!verdict.ok) {
    await tx.query(
      `INSERT INTO refusals (organisation_id, account_id, run_id, action, reason, request)
       VALUES ($1, $2, $3, 'event', $4, $5)`,
      [
        actor.organisationId,
        actor.accountId,
        run.id,
        JSON.stringify(verdict.reason),
        JSON.stringify({ idempotencyKey, action }),
      ],
    );
    return { status: 'refused', reason: verdict.reason };
  }
  const event = await appendEvent(tx, {
    seq: verdict.event.seq,
    idempotencyKey,
    actorAccountId: actor.accountId,
    event: verdict.event,
  });
  return { status: 'appended', event };
}

/**
 * Append one event, judged against the log before it. The run's row is locked for the transaction, so the
 * events of one run are appended one at a time in a total order: of several submissions with the same
 * expected sequence number exactly one is appended, the others are told the log moved on. A key already
 * used in the run returns the stored event (a retry), whatever it expected. Refusals are logged.
 */
export async function submitEvent(
  { db, judge, runs }: Court,
  actor: Actor,
  s: Submission,
): Promise<SubmitResult> {
  try {
    return await db.transaction(async (tx): Promise<SubmitResult> => {
      const run = await runs.lock(tx, actor.organisationId, s.runId);
      if (!run) return { status: 'no-run' };
      const stored = await eventByKey(tx, run.id, s.idempotencyKey);
      if (stored) return { status: 'replayed', event: stored };
      if (s.expectedSeq !== null && run.lastSeq !== s.expectedSeq)
        return { status: 'stale', lastSeq: run.lastSeq };
      return judgeAndAppend(tx, judge, actor, run, s.idempotencyKey, s.action);
    });
  } catch (error) {
    judge.forget(s.runId);
    if (!isUniqueViolation(error)) throw error;
    const stored = await eventByKey(db, s.runId, s.idempotencyKey);
    if (stored) return { status: 'replayed', event: stored };
    const run = await readRun(db, actor.organisationId, s.runId);
    return run ? { status: 'stale', lastSeq: run.lastSeq } : { status: 'no-run' };
  }
}
