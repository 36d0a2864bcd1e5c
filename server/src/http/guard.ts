import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Role } from '../auth/sessions';
import { SAY } from '../messages';
import type { AppEnv, ServerDeps } from './env';
import { refuse } from './respond';

export const SESSION_COOKIE = 'rs_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Requests with an Origin header must come from the server's own origin or an allowed one. Browsers send
 * Origin on every cross-site request that can change something, so this stops a foreign page from signing
 * a person in or out (a login CSRF) before any session exists.
 */
export function sameOrigin(deps: ServerDeps): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (SAFE_METHODS.has(c.req.method) || origin === undefined) return next();
    const own = new URL(c.req.url).origin;
    if (origin === own || deps.allowedOrigins.includes(origin)) return next();
    return refuse(c, 403, 'foreign-origin', SAY.foreignOrigin(origin));
  };
}

/**
 * A signed-in person: the session cookie must open a live session, and every unsafe method must carry the
 * session's anti-forgery token in X-CSRF-Token (a synchronizer token kept with the session on the server,
 * handed to the page by sign-in and GET /api/session, which a foreign page cannot read).
 */
export function signedIn(deps: ServerDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const session = cookie ? await deps.sessions.find(cookie) : null;
    if (!session) return refuse(c, 401, 'not-signed-in', SAY.notSignedIn);
    if (!SAFE_METHODS.has(c.req.method) && c.req.header(CSRF_HEADER) !== session.csrfToken)
      return refuse(c, 403, 'csrf', SAY.badCsrf);
    c.set('session', session);
    return next();
  };
}

/** Refuse (and log) unless the actor has one of `roles`. */
export function requireRole(deps: ServerDeps, ...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { actor } = c.get('session');
    if (actor.roles.some((r) => roles.includes(r))) return next();
    const message = SAY.needsRole(roles);
    await logRefusal(deps, c, { action: `${c.req.method} ${c.req.routePath}`, reason: message });
    return refuse(c, 403, 'role', message);
  };
}

export async function logRefusal(
  deps: ServerDeps,
  c: Context<AppEnv>,
  refusal: { action: string; reason: unknown; runId?: string; request?: unknown },
): Promise<void> {
  const { actor } = c.get('session');
  await deps.db.query(
    `INSERT INTO refusals (organisation_id, account_id, run_id, action, reason, request)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      actor.organisationId,
      actor.accountId,
      refusal.runId ?? null,
      refusal.action,
      JSON.stringify(refusal.reason),
      refusal.request === undefined ? null : JSON.stringify(refusal.request),
    ],
  );
}
