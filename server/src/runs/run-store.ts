import type { Plan, RunEvent } from '../core';
import type { Queryable } from '../db/database';

/** An issued run as the server keeps it: the frozen plan, who issued it, how many events its log has. */
export interface Run {
  id: string;
  organisationId: string;
  planId: string;
  planRevision: number;
  plan: Plan;
  number: string | null;
  issuedOn: string;
  issuerAccountId: string;
  issuerName: string;
  issuerBodyId: string;
  lastSeq: number;
  createdAt: string;
}

/** An event of a run's log as stored: the core's event, with who sent it and the key they sent it under. */
export interface LoggedEvent {
  seq: number;
  idempotencyKey: string;
  actorAccountId: string;
  event: RunEvent;
}

/** The channel every appended event is announced on, with `{"runId", "seq"}` as payload. */
export const RUN_EVENTS_CHANNEL = 'run_events';

const RUN = `id, organisation_id AS "organisationId", plan_id AS "planId", plan_revision AS "planRevision",
  plan, number, to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn", issuer_account_id AS "issuerAccountId",
  (SELECT display_name FROM accounts WHERE accounts.id = issuer_account_id) AS "issuerName", issuer_body_id AS "issuerBodyId", last_seq AS "lastSeq", created_at AS "createdAt"`;

const EVENT = `seq, idempotency_key AS "idempotencyKey", actor_account_id AS "actorAccountId", payload AS event`;

/** A run of the organisation, or null: a run of another organisation is as absent as one that never was. */
export async function readRun(db: Queryable, organisationId: string, id: string): Promise<Run | null> {
  const rows = await db.query<Run>(`SELECT ${RUN} FROM runs WHERE id = $1 AND organisation_id = $2`, [
    id,
    organisationId,
  ]);
  return rows[0] ?? null;
}

const KEPT_RUNS = 1000;

/**
 * A run never changes after it is issued but for its counter, so each instance keeps the frozen part (the
 * plan can be large) of the runs it has read, up to KEPT_RUNS, and reads only the counter under the lock.
 */
export class FrozenRuns {
  private readonly runs = new Map<string, Run>();

  /** The run with its row locked for the transaction, or null when there is no such run. */
  async lock(tx: Queryable, id: string): Promise<Run | null> {
    const rows = await tx.query<{ lastSeq: number; organisationId: string }>(
      'SELECT last_seq AS "lastSeq", organisation_id AS "organisationId" FROM runs WHERE id = $1 FOR UPDATE',
      [id],
    );
    const locked = rows[0];
    if (!locked) return null;
    const frozen = this.runs.get(id) ?? (await readRun(tx, locked.organisationId, id));
    if (!frozen) return null;
    if (!this.runs.has(id)) {
      this.runs.set(id, frozen);
      if (this.runs.size > KEPT_RUNS) this.runs.delete(this.runs.keys().next().value as string);
    }
    return { ...frozen, lastSeq: locked.lastSeq };
  }
}

export const listRuns = (db: Queryable, organisationId: string) =>
  db.query<Omit<Run, 'plan'> & { title: string }>(
    `SELECT ${RUN.replace('plan, ', "plan->>'title' AS title, ")} FROM runs WHERE organisation_id = $1
      ORDER BY created_at DESC`,
    [organisationId],
  );

export type NewRun = Omit<Run, 'lastSeq' | 'createdAt' | 'issuerName'>;

export async function insertRun(db: Queryable, run: NewRun): Promise<Run> {
  const rows = await db.query<Run>(
    `INSERT INTO runs (id, organisation_id, plan_id, plan_revision, plan, number, issued_on, issuer_account_id,
                       issuer_body_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${RUN}`,
    [
      run.id,
      run.organisationId,
      run.planId,
      run.planRevision,
      JSON.stringify(run.plan),
      run.number,
      run.issuedOn,
      run.issuerAccountId,
      run.issuerBodyId,
    ],
  );
  return rows[0] as Run;
}

/** The events after `since`, in order. */
export const eventsSince = (db: Queryable, runId: string, since: number) =>
  db.query<LoggedEvent>(`SELECT ${EVENT} FROM run_events WHERE run_id = $1 AND seq > $2 ORDER BY seq`, [
    runId,
    since,
  ]);

/** The run's stored events sent under any of `keys`. */
export const eventsByKeys = (db: Queryable, runId: string, keys: readonly string[]) =>
  db.query<LoggedEvent>(
    `SELECT ${EVENT} FROM run_events WHERE run_id = $1 AND idempotency_key = ANY($2::text[])`,
    [runId, keys],
  );

/**
 * Append the events (consecutive, after the run's last), move the run's counter and announce the last one
 * when the transaction commits: one statement whatever their number, so one round trip to the database.
 */
export async function appendEvents(
  db: Queryable,
  runId: string,
  logged: readonly LoggedEvent[],
): Promise<void> {
  const last = logged.at(-1);
  if (!last) return;
  const column = <T>(pick: (l: LoggedEvent) => T) => logged.map(pick);
  await db.query(
    `WITH appended AS (
       INSERT INTO run_events (run_id, seq, idempotency_key, actor_account_id, actor_body_id, task_id, type, payload)
       SELECT $1, seq, key, account, body, task, type, payload::jsonb
         FROM unnest($2::integer[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
           AS e(seq, key, account, body, task, type, payload)
       RETURNING seq),
     moved AS (UPDATE runs SET last_seq = $9 WHERE id = $1)
     SELECT pg_notify($10, $11), (SELECT count(*) FROM appended) AS appended`,
    [
      runId,
      column((l) => l.seq),
      column((l) => l.idempotencyKey),
      column((l) => l.actorAccountId),
      column((l) => l.event.actor.bodyId),
      column((l) => (l.event.type === 'issue' ? null : l.event.taskId)),
      column((l) => l.event.type),
      column((l) => JSON.stringify(l.event)),
      last.seq,
      RUN_EVENTS_CHANNEL,
      JSON.stringify({ runId, seq: last.seq }),
    ],
  );
}
