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
  /** When the session expires, in milliseconds since the epoch. */
  expiresAt: number;
}

/** The channel every ended session is announced on, with its token hash as payload. */
export const SESSIONS_ENDED_CHANNEL = 'sessions_ended';

const SESSION_DAYS = 7;

const token = () => randomBytes(32).toString('base64url');
export const hashToken = (value: string) => createHash('sha256').update(value).digest('hex');

const OPEN_SESSION = `s.token_hash AS "tokenHash", s.csrf_token AS "csrfToken", s.expires_at AS "expiresAt",
  a.id AS "accountId", a.organisation_id AS "organisationId", a.body_id AS "bodyId", a.username,
  a.display_name AS "displayName", a.roles`;

type SessionRow = Actor & { tokenHash: string; csrfToken: string; expiresAt: Date };

const opened = ({ tokenHash, csrfToken, expiresAt, ...actor }: SessionRow): OpenSession => ({
  tokenHash,
  csrfToken,
  actor,
  expiresAt: new Date(expiresAt).getTime(),
});

/** A new session: the token goes in the cookie, only its hash in the database. */
export async function startSession(
  db: Queryable,
  accountId: string,
): Promise<OpenSession & { token: string }> {
  const session = { token: token(), csrfToken: token() };
  const rows = await db.query<SessionRow>(
    `WITH s AS (INSERT INTO sessions (token_hash, account_id, csrf_token, expires_at)
                VALUES ($1, $2, $3, now() + make_interval(days => $4)) RETURNING *)
     SELECT ${OPEN_SESSION} FROM s JOIN accounts a ON a.id = s.account_id`,
    [hashToken(session.token), accountId, session.csrfToken, SESSION_DAYS],
  );
  return { ...opened(rows[0] as SessionRow), token: session.token };
}

/** The session a cookie opens, unless it has ended or expired. */
export async function findSession(db: Queryable, sessionToken: string): Promise<OpenSession | null> {
  const rows = await db.query<SessionRow>(
    `SELECT ${OPEN_SESSION} FROM sessions s JOIN accounts a ON a.id = s.account_id
      WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now()`,
    [hashToken(sessionToken)],
  );
  const row = rows[0];
  return row ? opened(row) : null;
}

/** End the sessions `which` selects and announce each; their token hashes. */
async function endSessions(db: Queryable, which: string, value: string): Promise<string[]> {
  const rows = await db.query<{ tokenHash: string }>(
    `WITH ended AS (UPDATE sessions SET ended_at = now() WHERE ${which} = $1 AND ended_at IS NULL
                    RETURNING token_hash)
     SELECT token_hash AS "tokenHash", pg_notify($2, token_hash) FROM ended`,
    [value, SESSIONS_ENDED_CHANNEL],
  );
  return rows.map((r) => r.tokenHash);
}

export const endSession = (db: Queryable, tokenHash: string) => endSessions(db, 'token_hash', tokenHash);

/** End every session of an account (after its password is reset). */
export const endSessionsOf = (db: Queryable, accountId: string) => endSessions(db, 'account_id', accountId);
