import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ulid } from 'ulid';
import { z } from 'zod';
import { SAY } from '../messages';
import { RunActionSchema, vietnamDate, type Localized, type Plan } from '../core';
import { issuedRun } from '../runs/judge';
import { eventsSince, insertRun, listRuns, readRun } from '../runs/run-store';
import { settle } from '../runs/submit-event';
import type { AppEnv, ServerDeps } from './env';
import { logRefusal, requireRole } from './guard';
import { readPlan } from './routes-plans';
import { readBody, refuse } from './respond';
import { streamRun } from './run-stream';

/** Events are small: a report's text and links, never files. */
export const MAX_EVENT_BYTES = 64 * 1024;

const Issue = z.strictObject({
  planId: z.string().min(1).max(200),
  /** The library revision the issuer saw: the run is refused (409) when the library has moved on since. */
  planRevision: z.int().min(1).optional(),
  number: z.string().min(1).max(100).nullable().default(null),
  issuedOn: z.iso.date().nullable().default(null),
});

const Submit = z.strictObject({
  expectedSeq: z.int().min(0).nullable(),
  idempotencyKey: z.string().min(8).max(100),
  action: RunActionSchema,
});

/** Thrown to roll back a run whose issue the engine refused. */
class IssueRefused extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

const since = (value: string | undefined) => Math.max(0, Number.parseInt(value ?? '0', 10) || 0);

/** Runs of the person's organisation: issue, list, read with the events after a sequence number, act, watch. */
export function runRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();

  routes.get('/', async (c) =>
    c.json({ runs: await listRuns(deps.db, c.get('session').actor.organisationId) }),
  );

  routes.post('/', requireRole(deps, 'planner', 'admin'), async (c) => {
    const body = await readBody(c, Issue);
    if (!body.ok) return body.response;
    const actor = c.get('session').actor;
    const record = await readPlan(deps.db, actor.organisationId, body.value.planId);
    if (!record) return refuse(c, 404, 'no-plan', SAY.noPlan(body.value.planId));
    const seen = body.value.planRevision;
    if (seen !== undefined && seen !== record.revision)
      return refuse(c, 409, 'stale-revision', SAY.staleRevision(seen, record.revision), { conflict: record });
    const now = new Date();
    const id = ulid(now.getTime());
    try {
      const issued = await deps.db.transaction(async (tx) => {
        await insertRun(tx, {
          id,
          organisationId: actor.organisationId,
          planId: record.id,
          planRevision: record.revision,
          plan: record.plan as Plan,
          number: body.value.number,
          issuedOn: body.value.issuedOn ?? vietnamDate(now.toISOString()),
          issuerAccountId: actor.accountId,
          issuerBodyId: actor.bodyId,
        });
        const run = await deps.runs.lock(tx, id);
        if (!run) throw new Error(`The run ${id} just inserted cannot be read`);
        const submission = {
          runId: id,
          expectedSeq: 0,
          idempotencyKey: `issue-${id}`,
          action: { type: 'issue' as const },
        };
        const [result] = await settle(tx, deps.judge, run, [{ actor, submission }]);
        if (!result) throw new Error(`The issue of run ${id} was not judged`);
        if (result.status === 'refused') throw new IssueRefused(result.reason);
        if (result.status !== 'appended') throw new Error(`The issue of run ${id} was not appended`);
        return { run: { ...run, lastSeq: result.event.seq }, event: result.event };
      });
      return c.json({ run: issued.run, issued: issuedRun(issued.run), events: [issued.event] }, 201);
    } catch (error) {
      deps.judge.forget(id);
      if (!(error instanceof IssueRefused)) throw error;
      await logRefusal(deps, c, { action: 'issue', reason: error.reason, request: body.value });
      return refuse(c, 403, 'refused', error.reason);
    }
  });

  routes.get('/:id', async (c) => {
    const run = await readRun(deps.db, c.get('session').actor.organisationId, c.req.param('id'));
    if (!run) return refuse(c, 404, 'no-run', SAY.noRun(c.req.param('id')));
    const events = await eventsSince(deps.db, run.id, since(c.req.query('since')));
    return c.json({ run, issued: issuedRun(run), events });
  });

  routes.get('/:id/stream', async (c) => {
    const run = await readRun(deps.db, c.get('session').actor.organisationId, c.req.param('id'));
    if (!run) return refuse(c, 404, 'no-run', SAY.noRun(c.req.param('id')));
    return streamRun(c, deps, run, since(c.req.header('last-event-id') ?? c.req.query('since')));
  });

  routes.post(
    '/:id/events',
    bodyLimit({
      maxSize: MAX_EVENT_BYTES,
      onError: (c) => refuse(c, 413, 'too-large', SAY.tooLarge(MAX_EVENT_BYTES)),
    }),
    async (c) => {
      const body = await readBody(c, Submit);
      if (!body.ok) return body.response;
      const runId = c.req.param('id');
      const result = await deps.lanes.submit(c.get('session').actor, { runId, ...body.value });
      switch (result.status) {
        case 'appended':
          return c.json({ event: result.event }, 201);
        case 'replayed':
          return c.json({ event: result.event, replayed: true });
        case 'stale':
          return refuse(
            c,
            409,
            'stale-seq',
            SAY.staleSeq(body.value.expectedSeq ?? result.lastSeq, result.lastSeq),
            {
              lastSeq: result.lastSeq,
            },
          );
        case 'refused':
          return refuse(c, 403, 'refused', result.reason);
        case 'no-run':
          return refuse(c, 404, 'no-run', SAY.noRun(runId));
      }
    },
  );

  return routes;
}
