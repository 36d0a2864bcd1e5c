import { monotonicFactory } from 'ulid';
import type { Actor } from '../auth/sessions';
import {
  applyRunEvent,
  compilePlanModel,
  initialRunState,
  nextRunEvent,
  RUN_SCHEMA_VERSION,
  type IssuedRun,
  type Localized,
  type PlanModel,
  type RunAction,
  type RunEvent,
  type RunState,
} from '../core';
import type { Queryable } from '../db/database';
import { eventsSince, type Run } from './run-store';

export type Verdict = { ok: true; event: RunEvent } | { ok: false; reason: Localized };

/** The run as the core knows it, built from the server's row. */
export const issuedRun = (run: Run): IssuedRun => ({
  schemaVersion: RUN_SCHEMA_VERSION,
  id: run.id,
  planId: run.planId,
  plan: run.plan,
  number: run.number,
  issuedOn: run.issuedOn,
  issuedAt: new Date(run.createdAt).toISOString(),
  issuedBy: { name: run.issuerName, bodyId: run.issuerBodyId },
  status: 'active',
});

/** How many runs an instance keeps replayed in memory (the least recently judged are dropped first). */
const KEPT_STATES = 200;

const newId = monotonicFactory();

/**
 * The server is the judge: every event is applied to the run's state by the engine the browser uses
 * (`applyRunEvent`, which checks the actor's role and asks the machines), and refused with the engine's
 * reason when it does not apply. Each instance keeps the replayed state (and the compiled model) of the runs
 * it judges, so judging costs one event, not the log: the state is built from the log on first use, caught up
 * with the events other instances appended, and rebuilt when it is ahead of the log (an append that did not
 * commit). Callers hold the run's row lock, so one run is judged by one instance at a time.
 */
export class RunJudge {
  private readonly states = new Map<string, { model: PlanModel; state: RunState | null }>();

  /** The run's state as of its last stored event (`run.lastSeq`, read under the lock), to judge the next ones. */
  async stateOf(tx: Queryable, run: Run): Promise<RunState> {
    let kept = this.states.get(run.id);
    this.states.delete(run.id);
    kept ??= { model: compilePlanModel(run.plan), state: null };
    this.states.set(run.id, kept);
    if (this.states.size > KEPT_STATES) this.states.delete(this.states.keys().next().value as string);
    if (!kept.state || kept.state.seq > run.lastSeq) kept.state = initialRunState(issuedRun(run), kept.model);
    const state = kept.state;
    if (state.seq < run.lastSeq)
      for (const { event } of await eventsSince(tx, run.id, state.seq)) {
        const applied = applyRunEvent(state, event);
        if (!applied.ok) throw new Error(`Run ${run.id}: stored event ${event.seq} does not apply`);
      }
    return state;
  }

  /** Build `action` by `actor` as the next event of `state` and apply it; the state keeps it when it applies. */
  next(state: RunState, actor: Actor, action: RunAction, at: Date): Verdict {
    const event = nextRunEvent(
      state,
      { name: actor.displayName, bodyId: actor.bodyId },
      action,
      at,
      newId(at.getTime()),
    );
    const applied = applyRunEvent(state, event);
    return applied.ok ? { ok: true, event } : { ok: false, reason: applied.message };
  }

  /** Drop the state of a run whose judged events may not have been stored. */
  forget(runId: string): void {
    const kept = this.states.get(runId);
    if (kept) kept.state = null;
  }
}
