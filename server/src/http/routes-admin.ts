import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords';
import { endSessionsOf, ROLES } from '../auth/sessions';
import { isUniqueViolation } from '../db/database';
import { SAY } from '../messages';
import type { AppEnv, ServerDeps } from './env';
import { requireRole } from './guard';
import { readBody, refuse } from './respond';

const Password = z.string().min(10).max(200);
const NewBody = z.strictObject({ id: z.string().min(1).max(200), name: z.string().min(1).max(500) });
const NewAccount = z.strictObject({
  username: z.string().regex(/^[a-z0-9._-]{3,64}$/),
  displayName: z.string().min(1).max(200),
  bodyId: z.string().min(1).max(200),
  roles: z.array(z.enum(ROLES)).min(1),
  password: Password,
});

/** An organisation's administrator adds bodies and accounts and resets passwords, in their organisation only. */
export function adminRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireRole(deps, 'admin'));

  routes.post('/bodies', async (c) => {
    const body = await readBody(c, NewBody);
    if (!body.ok) return body.response;
    const { organisationId } = c.get('session').actor;
    try {
      await deps.db.query('INSERT INTO bodies (organisation_id, id, name) VALUES ($1, $2, $3)', [
        organisationId,
        body.value.id,
        body.value.name,
      ]);
    } catch (error) {
      if (isUniqueViolation(error)) return refuse(c, 409, 'body-taken', SAY.bodyTaken(body.value.id));
      throw error;
    }
    return c.json(body.value, 201);
  });

  routes.post('/accounts', async (c) => {
    const body = await readBody(c, NewAccount);
    if (!body.ok) return body.response;
    const { organisationId } = c.get('session').actor;
    const { username, displayName, bodyId, roles, password } = body.value;
    const known = await deps.db.query('SELECT 1 FROM bodies WHERE organisation_id = $1 AND id = $2', [
      organisationId,
      bodyId,
    ]);
    if (known.length === 0) return refuse(c, 400, 'unknown-body', SAY.unknownBody(bodyId));
    const id = randomUUID();
    try {
      await deps.db.query(
        `INSERT INTO accounts (id, organisation_id, body_id, username, display_name, password_hash, roles)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, organisationId, bodyId, username, displayName, await hashPassword(password), roles],
      );
    } catch (error) {
      if (isUniqueViolation(error)) return refuse(c, 409, 'username-taken', SAY.usernameTaken(username));
      throw error;
    }
    return c.json({ id, username, displayName, bodyId, roles }, 201);
  });

  routes.post('/accounts/:id/password', async (c) => {
    const body = await readBody(c, z.strictObject({ password: Password }));
    if (!body.ok) return body.response;
    const id = c.req.param('id');
    const ended = await deps.db.transaction(async (tx) => {
      const rows = await tx.query(
        'UPDATE accounts SET password_hash = $1 WHERE id = $2 AND organisation_id = $3 RETURNING id',
        [await hashPassword(body.value.password), id, c.get('session').actor.organisationId],
      );
      return rows.length > 0 ? endSessionsOf(tx, id) : null;
    });
    if (!ended) return refuse(c, 404, 'no-account', SAY.noAccount(id));
    deps.sessions.forget(ended);
    return c.body(null, 204);
  });

  return routes;
}
