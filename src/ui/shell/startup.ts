import { getDatabase, seedOnFirstStart, type RolloutDatabase } from '../../store';
import type { Language } from '../i18n/language';
import { readLanguage } from './language-setting';
import { SEED_PLANS } from './seed-plans';

export interface Started {
  db: RolloutDatabase;
  language: Language;
}

let started: Promise<Started> | null = null;

/**
 * Open the database, load the example plans on the very first start, and read the saved language.
 * Done once per page load: every caller shares the same promise.
 */
export function startApp(): Promise<Started> {
  started ??= (async () => {
    const db = getDatabase();
    await seedOnFirstStart(
      db,
      SEED_PLANS.plans.map((p) => p.plan),
    );
    return { db, language: await readLanguage(db) };
  })();
  return started;
}
