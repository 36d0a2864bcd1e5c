import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan } from '../../domain/plan';
import { usePlanRepository } from '../shell/repositories';

const NONE: ReadonlyMap<string, Plan> = new Map();

/**
 * The library's plans by id, for looking up the child plans a plan links to; read only when it links one.
 * Undefined while they are being read.
 */
export function useChildPlans(plan: Plan): ReadonlyMap<string, Plan> | undefined {
  const repo = usePlanRepository();
  const links = plan.tasks.some((t) => t.childPlanId !== null);
  return useLiveQuery(
    async () => (links ? new Map((await repo.list()).records.map((r) => [r.plan.id, r.plan])) : NONE),
    [repo, links],
  );
}
