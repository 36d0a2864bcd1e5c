import { Dexie, type Collection } from 'dexie';
import type { RunEvent } from '../domain/run';
import { logPageOf, type RunLogFilter, type RunLogPage } from '../domain/run-log-filter';
import type { RolloutDatabase } from './database';
import { readRunEventRows } from './run-rows';

/** The index that reads the events of a run with one field of a filter, in the order of their numbers. */
const INDEXES = {
  taskId: '[runId+taskId+seq]',
  person: '[runId+actor.name+seq]',
  type: '[runId+type+seq]',
} as const;

/**
 * A run's log read the way the audit view shows it: a page of the newest events that pass a filter, read from
 * the indexes of the event table (only the events shown, or the few that pass the most selective field), never
 * the whole log.
 */
export class RunLogRepository {
  constructor(private readonly db: RolloutDatabase) {}

  /** The newest `limit` events of the run that pass `filter` (oldest first), and how many pass it in all. */
  async page(runId: string, filter: RunLogFilter, limit: number): Promise<RunLogPage> {
    const given = (Object.keys(filter) as (keyof RunLogFilter)[]).filter((k) => filter[k] !== undefined);
    if (given.length === 0) return this.newest(() => this.byField(runId, '[runId+seq]', []), limit);
    const only = given[0] as keyof RunLogFilter;
    if (given.length === 1 && only !== 'bodyId')
      return this.newest(() => this.byField(runId, INDEXES[only], [filter[only]]), limit);
    return logPageOf(await this.candidates(runId, filter), filter, limit);
  }

  /** The names of the people who acted on the run, read from the index alone. */
  async people(runId: string): Promise<string[]> {
    const keys = await this.db.runEvents
      .where('[runId+actor.name]')
      .between([runId, Dexie.minKey], [runId, Dexie.maxKey])
      .uniqueKeys();
    return keys.map((key) => String((key as unknown[])[1]));
  }

  /** The newest `limit` of the events a collection gives (made twice: a collection's methods change it). */
  private async newest(events: () => Collection<RunEvent, string>, limit: number): Promise<RunLogPage> {
    const [total, rows] = await Promise.all([events().count(), events().reverse().limit(limit).toArray()]);
    return { total, events: this.read(rows.reverse()) };
  }

  /** The events that pass the filter's most selective field (a body: as actor or as assignee), in order. */
  private async candidates(runId: string, filter: RunLogFilter): Promise<RunEvent[]> {
    if (filter.taskId !== undefined)
      return this.read(await this.byField(runId, INDEXES.taskId, [filter.taskId]).toArray());
    if (filter.bodyId !== undefined) {
      const [acted, assigned] = await Promise.all([
        this.byField(runId, '[runId+actor.bodyId+seq]', [filter.bodyId]).toArray(),
        this.byField(runId, '[runId+assigneeId+seq]', [filter.bodyId]).toArray(),
      ]);
      const bySeq = new Map([...acted, ...assigned].map((e) => [e.seq, e]));
      return this.read([...bySeq.values()].sort((a, b) => a.seq - b.seq));
    }
    const field = filter.person !== undefined ? 'person' : 'type';
    return this.read(await this.byField(runId, INDEXES[field], [filter[field]]).toArray());
  }

  /** The events of the run whose index key starts with `[runId, ...values]`, by number. */
  private byField(runId: string, index: string, values: unknown[]): Collection<RunEvent, string> {
    return this.db.runEvents
      .where(index)
      .between([runId, ...values, Dexie.minKey], [runId, ...values, Dexie.maxKey], true, true);
  }

  private read(rows: readonly unknown[]): RunEvent[] {
    const read = readRunEventRows(rows);
    this.db.report(read.problems);
    return read.records;
  }
}
