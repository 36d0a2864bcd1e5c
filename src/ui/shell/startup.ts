import { startApp as startServices, type App } from '../../app';
import { getDatabase } from '../../store';
import type { Language } from '../i18n/language';
import { loadSeedPlans, type InvalidPlanFile } from './seed-plans';

export interface Started {
  app: App;
  language: Language;
  /** Example files refused while seeding (always empty once the library has been seeded). */
  seedProblems: readonly InvalidPlanFile[];
}

let started: Promise<Started> | null = null;

/**
 * Open the app's database and start the application services on it, loading the example plans only on the
 * very first start. Done once per page load: every caller shares the same promise.
 */
export function startApp(): Promise<Started> {
  started ??= (async () => {
    let seedProblems: readonly InvalidPlanFile[] = [];
    const { app, language } = await startServices(getDatabase(), async () => {
      const seeds = await loadSeedPlans();
      seedProblems = seeds.invalid;
      return seeds.plans.map((p) => p.plan);
    });
    return { app, language, seedProblems };
  })();
  return started;
}
