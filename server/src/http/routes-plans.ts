import { Hono } from 'hono';
import { z } from 'zod';
import type { Queryable } from '../db/database';
import { validatePlan } from '../core';
import { SAY } from '../messages';
import type { AppEnv, ServerDeps } from './env';
import { requireRole } from './guard';
import { readBody, refuse } from './respond';

/** A plan in the organisation's library, as the browser store keeps it. */
export interface PlanRecord {
  id: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  plan: unknown;
}

const SavePlan = z.strictObject({ baseRevision: z.int().min(0), plan: z.unknown() });

const RECORD = `id, revision, plan, created_at AS "createdAt", updated_at AS "updatedAt"`;

export async function readPlan(
  db: Queryable,
  organisationId: string,
  id: string,
): Promise<PlanRecord | null> {
  const rows = await db.query<PlanRecord>(
    `SELECT ${RECORD} FROM plans WHERE organisation_id = $1 AND id = $2`,
    [organisationId, id],
  );
  return rows[0] ?? null;
}

/**
 * The library: list and read for everyone in the organisation; planners save. A save names the revision it
 * was edited from; when the stored plan has moved on, nothing is written and the stored record comes back as
 * the conflict (409), as the browser store does. A plan not stored yet is written at `baseRevision + 1`; the
 * very plan stored already (as JSON, whatever the order of its keys) is not written again: its record comes back.
 */
export function planRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();

  routes.get('/', async (c) => {
    const rows = await deps.db.query(
      `SELECT id, revision, plan->>'title' AS title, updated_at AS "updatedAt"
         FROM plans WHERE organisation_id = $1 ORDER BY id`,
      [c.get('session').actor.organisationId],
    );
    return c.json({ plans: rows });
  });

  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const record = await readPlan(deps.db, c.get('session').actor.organisationId, id);
    return record ? c.json(record) : refuse(c, 404, 'no-plan', SAY.noPlan(id));
  });

  routes.put('/:id', requireRole(deps, 'planner', 'admin'), async (c) => {
    const body = await readBody(c, SavePlan);
    if (!body.ok) return body.response;
    const parsed = validatePlan(body.value.plan);
    if (!parsed.ok)
      return c.json(
        { error: { code: 'invalid-plan', message: parsed.problems[0]?.message, problems: parsed.problems } },
        400,
      );
    const id = c.req.param('id');
    if (parsed.plan.id !== id) return refuse(c, 400, 'plan-id', SAY.planIdMismatch(id, parsed.plan.id));
    const { organisationId, accountId } = c.get('session').actor;
    const { baseRevision } = body.value;
    const saved = await deps.db.transaction(async (tx) => {
      const stored = await tx.query<PlanRecord>(
        `SELECT ${RECORD} FROM plans WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
        [organisationId, id],
      );
      const conflict = stored[0];
      if (conflict && conflict.revision !== baseRevision) return { ok: false as const, conflict };
      const rows = await tx.query<PlanRecord>(
        `INSERT INTO plans (organisation_id, id, revision, plan, updated_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organisation_id, id)
         DO UPDATE SET revision = EXCLUDED.revision, plan = EXCLUDED.plan, updated_at = now(),
                       updated_by = EXCLUDED.updated_by
           WHERE plans.plan IS DISTINCT FROM EXCLUDED.plan
         RETURNING ${RECORD}`,
        [organisationId, id, baseRevision + 1, JSON.stringify(parsed.plan), accountId],
      );
      return { ok: true as const, record: (rows[0] ?? conflict) as PlanRecord };
    });
    if (saved.ok) return c.json(saved.record);
    return refuse(c, 409, 'stale-revision', SAY.staleRevision(baseRevision, saved.conflict.revision), {
      conflict: saved.conflict,
    });
  });

  return routes;
}
