import type { Transaction } from 'dexie';
import type { Plan } from '../domain/plan';
import { validatePlan } from '../domain/plan-parse';
import { addMissingBodies } from './directory-merge';
import { newRecord } from './records';

/**
 * Version 1 → 2: wrap each bare plan in a PlanRecord at revision 1 (the upgrade time stands for both
 * timestamps: version 1 kept none), and fill the new body directory from the plans that are valid. A row
 * that is not a valid plan is wrapped all the same, so nothing is lost: reads report it.
 */
export async function upgradeToV2(tx: Transaction, now: string): Promise<void> {
  const plans = tx.table('plans');
  const rows: unknown[] = await plans.toArray();
  await plans.bulkPut(rows.map((row) => newRecord(row as Plan, now)));
  const valid = rows.map((row) => validatePlan(row)).flatMap((r) => (r.ok ? [r.plan] : []));
  await addMissingBodies(tx.table('bodies'), valid);
}

/**
 * Version 5 → 6: cached run states change shape (a head and a part per body, no audit log). Drop the old ones;
 * they are a cache of the log, rebuilt at each run's next opening.
 */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  await tx.table('runSnapshots').clear();
}
