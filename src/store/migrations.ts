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
 * Version 5 → 6: the audit log left the cached state of runs (the event log is the audit). Remove it from each
 * stored state; the rest of the state stays as it was, so runs still open without replaying their logs.
 */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  await tx
    .table('runSnapshots')
    .toCollection()
    .modify((row: { state?: unknown }) => {
      if (typeof row.state === 'object' && row.state !== null && 'audit' in row.state)
        delete (row.state as { audit?: unknown }).audit;
    });
}
