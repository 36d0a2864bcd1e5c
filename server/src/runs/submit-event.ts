import type { Actor } from '../auth/sessions';
import type { Localized, RunAction } from '../core';
import type { Queryable } from '../db/database';
import type { RunJudge } from './judge';
import { appendEvents, eventsByKeys, type LoggedEvent, type Run } from './run-store';

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

export type SubmitResult =
  | { status: 'appended'; event: LoggedEvent }
  | { status: 'replayed'; event: LoggedEvent }
  | { status: 'stale'; lastSeq: number }
  | { status: 'refused'; reason: Localized }
  | { status: 'no-run' };

/** A submission and who sent it. */
export interface Sent {
  actor: Actor;
  submission: Submission;
}

/**
 * Judge the submissions in the order given as the next events of the locked `run`, as if each were sent
 * alone after the one before: a key already used in the run (or earlier in the list) returns the stored
 * event, a stale `expectedSeq` is told the log moved on, the others are judged by the engine one after the
 * other. The appended events go to the log in one statement, the refusals to the refusal log in another.
 * Runs inside the caller's transaction; when that transaction does not commit, the caller must
 * `judge.forget` the run. The answers, in the order of `sent`.
 */
export async function settle(
  tx: Queryable,
  judge: RunJudge,
  run: Run,
  sent: readonly Sent[],
): Promise<SubmitResult[]> {
  const ours = sent.map((s) => s.actor.organisationId === run.organisationId);
  const keys = sent.filter((_, i) => ours[i]).map((s) => s.submission.idempotencyKey);
  const stored = new Map(
    (keys.length > 0 ? await eventsByKeys(tx, run.id, keys) : []).map((e) => [e.idempotencyKey, e]),
  );
  const state = await judge.stateOf(tx, run);
  const appended: LoggedEvent[] = [];
  const refusals: Array<{ actor: Actor; reason: Localized; request: unknown }> = [];
  const results = sent.map(({ actor, submission: s }, i): SubmitResult => {
    if (!ours[i]) return { status: 'no-run' };
    const known = stored.get(s.idempotencyKey);
    if (known) return { status: 'replayed', event: known };
    if (s.expectedSeq !== null && s.expectedSeq !== state.seq) return { status: 'stale', lastSeq: state.seq };
    const verdict = judge.next(state, actor, s.action, new Date());
    if (!verdict.ok) {
      refusals.push({
        actor,
        reason: verdict.reason,
        request: { idempotencyKey: s.idempotencyKey, action: s.action },
      });
      return { status: 'refused', reason: verdict.reason };
    }
    const event: LoggedEvent = {
      seq: verdict.event.seq,
      idempotencyKey: s.idempotencyKey,
      actorAccountId: actor.accountId,
      event: verdict.event,
    };
    appended.push(event);
    stored.set(s.idempotencyKey, event);
    return { status: 'appended', event };
  });
  await appendEvents(tx, run.id, appended);
  if (refusals.length > 0)
    await tx.query(
      `INSERT INTO refusals (organisation_id, account_id, run_id, action, reason, request)
       SELECT $1, account, $2, 'event', reason::jsonb, request::jsonb
         FROM unnest($3::text[], $4::text[], $5::text[]) AS r(account, reason, request)`,
      [
        run.organisationId,
        run.id,
        refusals.map((r) => r.actor.accountId),
        refusals.map((r) => JSON.stringify(r.reason)),
        refusals.map((r) => JSON.stringify(r.request)),
      ],
    );
  return results;
}
