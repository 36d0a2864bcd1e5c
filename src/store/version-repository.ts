import type { Plan } from '../domain/plan';
import type { RolloutDatabase } from './database';
import type { VersionRecord } from './records';
import { readVersionRows } from './rows';

/** Snapshots of plans: named ones, and the automatic one of each editing session (`auto: true`). */
export class VersionRepository {
  constructor(private readonly db: RolloutDatabase) {}

  async snapshot(planId: string, name: string, plan: Plan, auto: boolean): Promise<VersionRecord> {
    const version = { planId, name, auto, createdAt: this.db.now(), plan };
    const id = await this.db.versions.add(version);
    return { id, ...version };
  }

  /** The readable snapshots of a plan, oldest first; unreadable ones are reported and skipped. */
  async list(planId: string): Promise<VersionRecord[]> {
    const read = readVersionRows(await this.db.versions.where('planId').equals(planId).toArray());
    this.db.report(read.problems);
    return read.records;
  }
}
