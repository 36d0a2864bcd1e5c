import type { RunAction, RunActor, RunEvent } from '../domain/run';
import { nextRunEvent, type RunState } from '../engine/run-state';
import { newUlid } from '../store';

/** The event of `action` by `actor`, next in the run's log, at `at`. */
export function eventOf(state: RunState, actor: RunActor, action: RunAction, at: Date): RunEvent {
  return nextRunEvent(state, actor, action, at, newUlid(at.getTime()));
}
