import type { RunEvent } from '../domain/run';
import { logPageOf, type RunLogFilter, type RunLogPage } from '../domain/run-log-filter';
import type { RunLogRepository } from '../store';

/** Where the audit view reads a run's log from: a page at a time, and who acted. */
export interface RunLogSource {
  /** The newest `limit` events that pass `filter` (oldest first), and how many pass it in all. */
  page(filter: RunLogFilter, limit: number): Promise<RunLogPage>;
  /** The names of the people who acted, sorted. */
  people(): Promise<string[]>;
}

/** The log of a run kept in this browser, read from the store's indexes. */
export function storedLog(repository: RunLogRepository, runId: string): RunLogSource {
  return {
    page: (filter, limit) => repository.page(runId, filter, limit),
    people: () => repository.people(runId),
  };
}

/** A log held in memory (a shared run's, with the actions still waiting for the server). */
export function eventsLog(events: readonly RunEvent[]): RunLogSource {
  return {
    page: (filter, limit) => Promise.resolve(logPageOf(events, filter, limit)),
    people: () => Promise.resolve([...new Set(events.map((e) => e.actor.name))].sort()),
  };
}
