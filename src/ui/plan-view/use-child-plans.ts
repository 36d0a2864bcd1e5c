import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan } from '../../domain/plan';
import { useApp } from '../app-context';

/**
 * The library's plans by id, for looking up the child plans a plan links to (`PlanService.childPlansOf`).
 * Undefined while they are being read.
 */
export function useChildPlans(plan: Plan): ReadonlyMap<string, Plan> | undefined {
  const { plans } = useApp();
  return useLiveQuery(() => plans.childPlansOf(plan), [plans, plan]);
}
