import type { RunEvent, RunEventType } from './run';

/** Which events of a run's log to show: each given field must hold (no field, every event). */
export interface RunLogFilter {
  /** The body that acted, or the body whose assignment it was. */
  bodyId?: string;
  taskId?: string;
  /** The name of the person who acted. */
  person?: string;
  type?: RunEventType;
}

/** Whether `event` passes `filter`. */
export function passesLogFilter(event: RunEvent, filter: RunLogFilter): boolean {
  const assigneeId = event.type === 'issue' ? null : event.assigneeId;
  const taskId = event.type === 'issue' ? null : event.taskId;
  return (
    (filter.bodyId === undefined || event.actor.bodyId === filter.bodyId || assigneeId === filter.bodyId) &&
    (filter.taskId === undefined || taskId === filter.taskId) &&
    (filter.person === undefined || event.actor.name === filter.person) &&
    (filter.type === undefined || event.type === filter.type)
  );
}

/** A page of a log: the newest events that pass a filter, oldest first, and how many pass it in all. */
export interface RunLogPage {
  total: number;
  events: RunEvent[];
}

/** The page of `events` (a whole log, in order) that `filter` and `limit` give. */
export function logPageOf(events: readonly RunEvent[], filter: RunLogFilter, limit: number): RunLogPage {
  const passing = events.filter((e) => passesLogFilter(e, filter));
  return { total: passing.length, events: passing.slice(Math.max(0, passing.length - limit)) };
}
