export {
  DEFAULT_DATABASE_NAME,
  getDatabase,
  openDatabase,
  RolloutDatabase,
  type DatabaseOptions,
  type SettingRow,
} from './database';
export { DirectoryRepository } from './directory-repository';
export { PlanRepository, type ImportResult, type PlanHead } from './plan-repository';
export type { PlanRecord, RemovedPlan, RowProblem, SaveResult, VersionRecord } from './records';
export { SEEDED_AT_KEY, seedOnFirstStart } from './seed';
export { SettingsRepository } from './settings-repository';
export { VersionRepository } from './version-repository';
export { RunRepository, type IssueResult } from './run-repository';
export type { AppendResult, AttachmentRecord, RunSnapshotInput, RunSnapshotRecord } from './run-records';
export { newUlid } from './ulid';
