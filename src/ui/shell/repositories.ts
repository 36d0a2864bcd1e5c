import { useMemo } from 'react';
import { getDatabase, PlanRepository } from '../../store';

/** The plan library on the app's database (opened and seeded by `startApp` before any page shows). */
export function usePlanRepository(): PlanRepository {
  return useMemo(() => new PlanRepository(getDatabase()), []);
}
