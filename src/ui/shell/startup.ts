import { getDatabase, needsSeeding, seedOnFirstStart, type RolloutDatabase } from '../../store';
import type { Language } from '../i18n/language';
import { readLanguage } from './language-setting';
import { loadSeedPlans, type InvalidPlanFile } from './seed-plans';

export interface Started {
  db: RolloutDatabase;
  language: Language;
  /** Example files refused while seeding (always empty once the library has been seeded). */
  seedProblems: readonly InvalidPlanFile[];
}

let started: Promise<Started> | null = null;

/** Loads the example plans only when the library has never been seeded, then seeds it with them. */
async function seed(db: RolloutDatabase): Promise<readonly InvalidPlanFile[]> {
  if (!(await needsSeeding(db))) return [];
  const seeds = await loadSeedPlans();
  await seedOnFirstStart(
    db,
    seeds.plans.map((p) => p.plan),
  );
  return seeds.invalid;
}

/**
 * Open the database, load the example plans on the very first start, and read the saved language.
 * Done once per page load: every caller shares the same promise.
 */
export function startApp(): Promise<Started> {
  started ??= (async () => {
    const db = getDatabase();
    const seedProblems = await seed(db);
    return { db, language: await readLanguage(db), seedProblems };
  })();
  return started;
}
