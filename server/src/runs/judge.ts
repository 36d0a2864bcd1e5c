import type { Actor } from '../auth/sessions';
import type { Localized, Plan } from '../core';
import { SAY } from '../messages';

/** An issued run as the judge sees it: the frozen plan and who issued it. */
export interface Run {
  id: string;
  organisationId: string;
  planId: string;
  planRevision: number;
  plan: Plan;
  number: string | null;
  issuedOn: string | null;
  issuerAccountId: string;
  issuerBodyId: string;
  lastSeq: number;
  createdAt: string;
}

/** What a person asks to append: an action for a body, on a task of the run (or on the run as a whole). */
export interface ProposedEvent {
  type: string;
  bodyId: string;
  taskId: string | null;
  payload: Record<string, unknown>;
}

/** An event of the log, as stored. */
export interface RunEvent extends ProposedEvent {
  runId: string;
  seq: number;
  idempotencyKey: string;
  actorAccountId: string;
  createdAt: string;
}

export type Verdict = { ok: true } | { ok: false; reason: Localized };

/**
 * Decides whether `event` may follow the log of `run` when `actor` sends it. The server calls it inside the
 * transaction that appends, with the run's row locked, so `prior()` reads the log exactly as the event will
 * follow it; it is read only when the judge asks for it.
 */
export type Judge = (
  run: Run,
  prior: () => Promise<readonly RunEvent[]>,
  event: ProposedEvent,
  actor: Actor,
) => Verdict | Promise<Verdict>;

const refused = (reason: Localized): Verdict => ({ ok: false, reason });

/**
 * The first judge, until the runtime's replay judges the machine's states: the actor belongs to the run's
 * organisation and acts for their own body; an event on a task comes from its lead or a participant; an event
 * on the run as a whole comes from the issuing body.
 */
export const assigneeJudge: Judge = (run, _prior, event, actor) => {
  if (actor.organisationId !== run.organisationId) return refused(SAY.otherOrganisation);
  if (event.bodyId !== actor.bodyId) return refused(SAY.notYourBody(actor.bodyId, event.bodyId));
  if (event.taskId === null)
    return event.bodyId === run.issuerBodyId ? { ok: true } : refused(SAY.notIssuer(event.bodyId));
  const task = run.plan.tasks.find((t) => t.id === event.taskId);
  if (!task) return refused(SAY.unknownTask(event.taskId));
  const assigned = task.leadId === event.bodyId || task.participantIds.includes(event.bodyId);
  return assigned ? { ok: true } : refused(SAY.notAssigned(event.bodyId, task.code));
};
