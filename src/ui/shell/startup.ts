import { startApp as startServices, type App } from '../../app';
import { getDatabase } from '../../store';
import type { Language } from '../i18n/language';
import { SEED_PLANS } from './seed-plans';

export interface Started {
  app: App;
  language: Language;
}

let started: Promise<Started> | null = null;

/**
 * Open the app's database and start the application services on it (loading the example plans on the
 * very first start). Done once per page load: every caller shares the same promise.
 */
export function startApp(): Promise<Started> {
  started ??= startServices(
    getDatabase(),
    SEED_PLANS.plans.map((p) => p.plan),
  );
  return started;
}
