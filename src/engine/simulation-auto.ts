import { progressEvents } from './simulation-choices';
import type { SessionStep, SimulationSession } from './simulation-session';
import { assignmentKey } from './model';
import { seededRandom } from './random';
import type { RunEvent } from './verdict';

/** The chance that an approval is a return for rework instead (each assignment is returned at most once). */
const RETURN_RATE = 0.15;
/** The chance that a step takes the calendar to the next day. */
const NEXT_DAY_RATE = 0.3;

/**
 * A seeded scheduler for a session: at each call, one of the progress events the machines allow now,
 * chosen at random (an approval sometimes a return for rework). The same seed, from the same point, picks
 * the same events.
 */
export class AutoScheduler {
  private readonly random: () => number;

  constructor(readonly seed: number) {
    this.random = seededRandom(seed);
  }

  /** The next event and how many days it takes, or null when no body can move on by progress. */
  next(session: SimulationSession): { event: RunEvent; days: number } | null {
    const events = progressEvents(session);
    if (events.length === 0) return null;
    const picked = events[Math.floor(this.random() * events.length)] as RunEvent;
    const returnable =
      picked.type === 'APPROVE' && !wasReturned(session.steps, picked.assigneeId, picked.taskId);
    const event: RunEvent =
      returnable && this.random() < RETURN_RATE ? { ...picked, type: 'RETURN' } : picked;
    return { event, days: this.random() < NEXT_DAY_RATE ? 1 : 0 };
  }

  /** Fire the next event; the step, or null at the end. */
  step(session: SimulationSession): SessionStep | null {
    const next = this.next(session);
    return next ? session.fire(next.event, next.days) : null;
  }
}

function wasReturned(steps: readonly SessionStep[], assigneeId: string, taskId: string): boolean {
  const key = assignmentKey(assigneeId, taskId);
  return steps.some(
    (s) => s.event.type === 'RETURN' && assignmentKey(s.event.assigneeId, s.event.taskId) === key,
  );
}

/** Run a session to its end under a seeded scheduler (for tests, benchmarks and a whole run at once). */
export function runToEnd(session: SimulationSession, seed: number, limit = 100_000): SimulationSession {
  const scheduler = new AutoScheduler(seed);
  let more = true;
  while (more && session.steps.length < limit) more = scheduler.step(session) !== null;
  return session;
}
