import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { passwordMatches } from '../auth/passwords';
import { endSession, startSession } from '../auth/sessions';
import { SAY } from '../messages';
import type { AppEnv, ServerDeps } from './env';
import { SESSION_COOKIE, signedIn } from './guard';
import { readBody, refuse } from './respond';

const SignIn = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

/** POST /api/session signs in, GET says who is signed in (and their CSRF token), DELETE signs out. */
export function sessionRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();

  routes.post('/', async (c) => {
    const body = await readBody(c, SignIn);
    if (!body.ok) return body.response;
    const key = body.value.username.toLowerCase();
    const wait = deps.limiter.retryAfter(key);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return refuse(c, 429, 'rate-limited', SAY.tooManyAttempts(wait));
    }
    const rows = await deps.db.query<{ id: string; password_hash: string }>(
      'SELECT id, password_hash FROM accounts WHERE lower(username) = $1',
      [key],
    );
    const account = rows[0];
    if (!(await passwordMatches(account?.password_hash ?? null, body.value.password)) || !account) {
      deps.limiter.failed(key);
      return refuse(c, 401, 'wrong-password', SAY.wrongPassword);
    }
    deps.limiter.succeeded(key);
    const session = await startSession(deps.db, account.id);
    deps.sessions.remember(session);
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: deps.secureCookies,
      path: '/',
      maxAge: 7 * 24 * 3600,
    });
    return c.json({ csrfToken: session.csrfToken });
  });

  routes.use('*', signedIn(deps));

  routes.get('/', (c) => {
    const { actor, csrfToken } = c.get('session');
    return c.json({ actor, csrfToken });
  });

  routes.delete('/', async (c) => {
    deps.sessions.forget(await endSession(deps.db, c.get('session').tokenHash));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  return routes;
}
