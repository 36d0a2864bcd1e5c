import { useMemo } from 'react';
import { checkPlan } from '../../engine/check-plan';
import type { PlanRecord } from '../../store';
import type { Plan } from '../../domain/plan';
import { planVerdict, type PlanVerdict } from '../report/plan-messages';
import { errorDetail } from '../shell/error-detail';

/** A plan's overall verdict (its child plans looked up in the library), or why the check itself failed. */
export type LibraryVerdict = ({ checked: true } & PlanVerdict) | { checked: false; detail: string };

export function verdictOf(record: PlanRecord, plans: ReadonlyMap<string, Plan> = new Map()): LibraryVerdict {
  try {
    return { checked: true, ...planVerdict(checkPlan(record.plan, { plans })) };
  } catch (error) {
    return { checked: false, detail: errorDetail(error) };
  }
}

/** Verdicts by record revision: a plan is checked again only when it (or, if it links child plans, the library) changed. */
const cache = new Map<string, LibraryVerdict>();
const revisionKey = (r: PlanRecord) => `${r.id}@${r.revision}@${r.updatedAt}`;
const linksChildPlans = (r: PlanRecord) => r.plan.tasks.some((t) => t.childPlanId !== null);

/** Each record's verdict by id, computed once per revision (the cache keeps only the listed revisions). */
export function useVerdicts(records: readonly PlanRecord[]): ReadonlyMap<string, LibraryVerdict> {
  return useMemo(() => {
    const library = records.map(revisionKey).join(' ');
    const keyOf = (r: PlanRecord) => (linksChildPlans(r) ? `${revisionKey(r)}#${library}` : revisionKey(r));
    const keys = new Set(records.map(keyOf));
    for (const key of cache.keys()) if (!keys.has(key)) cache.delete(key);
    const plans = new Map(records.map((r) => [r.plan.id, r.plan]));
    return new Map(
      records.map((r) => {
        const key = keyOf(r);
        const verdict = cache.get(key) ?? verdictOf(r, plans);
        cache.set(key, verdict);
        return [r.id, verdict];
      }),
    );
  }, [records]);
}
