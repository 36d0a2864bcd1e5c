import { RUN_SCHEMA_VERSION, type RunAction, type RunActor, type RunEvent } from '../domain/run';
import type { RunState } from '../engine/run-state';
import { newUlid } from '../store';

/** The event of `action` by `actor`, next in the run's log, at `at`. */
export function eventOf(state: RunState, actor: RunActor, action: RunAction, at: Date): RunEvent {
  return {
    ...action,
    schemaVersion: RUN_SCHEMA_VERSION,
    id: newUlid(at.getTime()),
    runId: state.run.id,
    seq: state.seq + 1,
    at: at.toISOString(),
    actor,
  } as RunEvent;
}
