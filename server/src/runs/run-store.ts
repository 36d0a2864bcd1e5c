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

  /** The run with its row locked for the transaction, or null when the organisation has no such run. */
  async lock(tx: Queryable, organisationId: string, id: string): Promise<Run | null> {
    const rows = await tx.query<{ lastSeq: number }>(
      'SELECT last_seq AS "lastSeq" FROM runs WHERE id = $1 AND organisation_id = $2 FOR UPDATE',
      [id, organisationId],
    );
    const locked = rows[0];
    if (!locked) return null;
    const frozen = this.runs.get(id) ?? (await readRun(tx, organisationId, id));
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

export async function eventByKey(db: Queryable, runId: string, key: string): Promise<LoggedEvent | null> {
  const rows = await db.query<LoggedEvent>(
    `SELECT ${EVENT} FROM run_events WHERE run_id = $1 AND idempotency_key = $2`,
    [runId, key],
  );
  return rows[0] ?? null;
}

/**
 * Append the event (at its `seq`), move the run's counter and announce it when the transaction commits: one
 * statement, so one round trip to the database.
 */
export async function appendEvent(db: Queryable, logged: LoggedEvent): Promise<LoggedEvent> {
  const { event } = logged;
  const rows = await db.query<LoggedEvent>(
    `WITH appended AS (
       INSERT INTO run_events (run_id, seq, idempotency_key, actor_account_id, actor_body_id, task_id, type, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${EVENT}),
     moved AS (UPDATE runs SET last_seq = $2 WHERE id = $1),
     announced AS (SELECT pg_notify($9, $10))
     SELECT appended.* FROM appended, announced`,
    [
      event.runId,
      event.seq,
      logged.idempotencyKey,
      logged.actorAccountId,
      event.actor.bodyId,
      event.type === 'issue' ? null : event.taskId,
      event.type,
      JSON.stringify(event),
      RUN_EVENTS_CHANNEL,
      JSON.stringify({ runId: event.runId, seq: event.seq }),
    ],
  );
  return rows[0] as LoggedEvent;
}
