export { DEFAULT_DATABASE_NAME, getDatabase, openDatabase, RolloutDatabase } from './database';
export { DirectoryRepository } from './directory-repository';
export { PlanRepository } from './plan-repository';
export type { PlanRecord, RemovedPlan, RowProblem, SaveResult } from './records';
export { needsSeeding, SEEDED_AT_KEY, seedOnFirstStart } from './seed';
export { SettingsRepository } from './settings-repository';
export { VersionRepository } from './version-repository';
export { RunRepository } from './run-repository';
export { newUlid } from './ulid';
