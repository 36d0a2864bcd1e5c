import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';

export const ROLES = ['planner', 'reviewer', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The person behind a request: their account, organisation, the one body they act for, their roles. */
export interface Actor {
  accountId: string;
  organisationId: string;
  bodyId: string;
  username: string;
  displayName: string;
  roles: Role[];
}

export interface OpenSession {
  actor: Actor;
  tokenHash: string;
  csrfToken: string;
}

const SESSION_DAYS = 7;

const token = () => randomBytes(32).toString('base64url');
export const hashToken = (value: string) => createHash('sha256').update(value).digest('hex');

/** A new session: the token goes in the cookie, only its hash in the database. */
export async function startSession(
  db: Queryable,
  accountId: string,
): Promise<{ token: string; csrfToken: string }> {
  const session = { token: token(), csrfToken: token() };
  await db.query(
    `INSERT INTO sessions (token_hash, account_id, csrf_token, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
    [hashToken(session.token), accountId, session.csrfToken, SESSION_DAYS],
  );
  return session;
}

/** The session a cookie opens, unless it has ended or expired. */
export async function findSession(db: Queryable, sessionToken: string): Promise<OpenSession | null> {
  const rows = await db.query<Actor & { tokenHash: string; csrfToken: string }>(
    `SELECT s.token_hash AS "tokenHash", s.csrf_token AS "csrfToken", a.id AS "accountId",
            a.organisation_id AS "organisationId", a.body_id AS "bodyId", a.username,
            a.display_name AS "displayName", a.roles
       FROM sessions s JOIN accounts a ON a.id = s.account_id
      WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now()`,
    [hashToken(sessionToken)],
  );
  const row = rows[0];
  if (!row) return null;
  const { tokenHash, csrfToken, ...actor } = row;
  return { tokenHash, csrfToken, actor };
}

export async function endSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('UPDATE sessions SET ended_at = now() WHERE token_hash = $1 AND ended_at IS NULL', [
    tokenHash,
  ]);
}

/** End every session of an account (after its password is reset). */
export async function endSessionsOf(db: Queryable, accountId: string): Promise<void> {
  await db.query('UPDATE sessions SET ended_at = now() WHERE account_id = $1 AND ended_at IS NULL', [
    accountId,
  ]);
}
