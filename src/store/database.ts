import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Body } from '../domain/body';
import type { Run, RunEvent } from '../domain/run';
import { upgradeToV2, upgradeToV6 } from './migrations';
import type { PlanRecord, RowProblem, VersionRecord } from './records';
import type { AttachmentRecord, RunSnapshotPartRow, RunSnapshotRecord } from './run-records';
import type { OutboxEntry, SharedRunRecord } from './shared-run-records';
import { STORES_V1, STORES_V2, STORES_V3, STORES_V4, STORES_V5, STORES_V6 } from './schema';

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface DatabaseOptions {
  /** The clock for every timestamp the store writes (ISO 8601). */
  now?: () => string;
  /** Told of every row a read skips because it fails its schema (plan reads also return theirs). */
  onRowProblem?: (problem: RowProblem) => void;
}

export const DEFAULT_DATABASE_NAME = 'rollout-studio';

/** The browser's IndexedDB database of the app. Read and write it through the repositories. */
export class RolloutDatabase extends Dexie {
  declare plans: Table<PlanRecord, string>;
  declare bodies: Table<Body, string>;
  /** Ids are given by the database (auto-increment). */
  declare versions: EntityTable<VersionRecord, 'id'>;
  declare settings: Table<SettingRow, string>;
  declare runs: Table<Run, string>;
  /** Append-only: a row is added once and never changed or deleted. */
  declare runEvents: Table<RunEvent, string>;
  /** The heads of cached run states (`parts` is kept in `runSnapshotParts`). */
  declare runSnapshots: Table<Omit<RunSnapshotRecord, 'parts'>, string>;
  declare runSnapshotParts: Table<RunSnapshotPartRow, [string, string]>;
  declare attachments: Table<AttachmentRecord, string>;
  /** Actions on shared runs waiting to be accepted by the server, oldest key first. */
  declare outbox: Table<OutboxEntry, string>;
  declare sharedRuns: Table<SharedRunRecord, string>;
  readonly now: () => string;
  private readonly onRowProblem: (problem: RowProblem) => void;

  constructor(name: string = DEFAULT_DATABASE_NAME, options: DatabaseOptions = {}) {
    super(name);
    this.now = options.now ?? (() => new Date().toISOString());
    this.onRowProblem =
      options.onRowProblem ??
      ((problem) => console.warn('Rollout Studio: skipped a row that fails its schema', problem));
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx) => upgradeToV2(tx, this.now()));
    this.version(3).stores(STORES_V3);
    this.version(4).stores(STORES_V4);
    this.version(5).stores(STORES_V5);
    this.version(6)
      .stores(STORES_V6)
      .upgrade((tx) => upgradeToV6(tx));
  }

  /** Pass on the problems of a read (each skipped row once per read). */
  report(problems: readonly RowProblem[]): void {
    for (const problem of problems) this.onRowProblem(problem);
  }
}

export function openDatabase(
  name: string = DEFAULT_DATABASE_NAME,
  options: DatabaseOptions = {},
): RolloutDatabase {
  return new RolloutDatabase(name, options);
}

let appDatabase: RolloutDatabase | null = null;

/** The app's one database, created on first use (Dexie opens it on the first query). */
export function getDatabase(): RolloutDatabase {
  appDatabase ??= openDatabase();
  return appDatabase;
}
