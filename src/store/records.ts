import type { Plan } from '../domain/plan';
import type { PlanProblem } from '../domain/problems';

/** A plan in the library: the plan itself and what the store knows about it. */
export interface PlanRecord {
  id: string;
  /** 1 when created, +1 on every save; a save from an older revision is a conflict. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  plan: Plan;
}

/** A stored row that failed its schema: it is skipped by every read and reported with its reasons. */
export interface RowProblem {
  table: string;
  key: string;
  problems: PlanProblem[];
}

/** A snapshot of a plan: named by the user, or taken automatically once per editing session. */
export interface VersionRecord {
  id: number;
  planId: string;
  name: string;
  auto: boolean;
  createdAt: string;
  plan: Plan;
}

export type SaveResult = { ok: true; record: PlanRecord } | { ok: false; conflict: PlanRecord };

/** What `remove` took away, kept by the caller so that undo can put it back. */
export interface RemovedPlan {
  record: PlanRecord;
  versions: VersionRecord[];
}

/** The first revision of a plan entering the library. */
export function newRecord(plan: Plan, now: string): PlanRecord {
  return { id: plan.id, revision: 1, createdAt: now, updatedAt: now, plan };
}
