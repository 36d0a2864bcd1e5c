import type { Plan } from '../domain/plan';
import type { RolloutDatabase } from './database';
import { addMissingBodies } from './directory-merge';
import { newRecord } from './records';

/** The settings key recording when the example plans were loaded (they are loaded once only). */
export const SEEDED_AT_KEY = 'seededAt';

/** Whether the example plans are still to be loaded: false once `seedOnFirstStart` has run. */
export async function needsSeeding(db: RolloutDatabase): Promise<boolean> {
  return (await db.settings.get(SEEDED_AT_KEY)) === undefined;
}

/**
 * On the first start, load the example plans into the library and their bodies into the directory, in
 * one transaction with bulk writes. A plan whose id the library already has is skipped (the user's plan
 * is never overwritten), and once done it is never done again, even if the user deletes the examples.
 */
export function seedOnFirstStart(db: RolloutDatabase, seeds: readonly Plan[]): Promise<{ seeded: number }> {
  const { plans, bodies, settings } = db;
  return db.transaction('rw', [plans, bodies, settings], async () => {
    if ((await settings.get(SEEDED_AT_KEY)) !== undefined) return { seeded: 0 };
    const now = db.now();
    const taken = new Set(
      await plans
        .where('id')
        .anyOf(seeds.map((p) => p.id))
        .primaryKeys(),
    );
    const fresh: Plan[] = [];
    for (const plan of seeds) {
      if (taken.has(plan.id)) continue;
      taken.add(plan.id);
      fresh.push(plan);
    }
    await plans.bulkAdd(fresh.map((p) => newRecord(p, now)));
    await addMissingBodies(bodies, seeds);
    await settings.put({ key: SEEDED_AT_KEY, value: now });
    return { seeded: fresh.length };
  });
}
