import { useMemo } from 'react';
import { checkPlan } from '../../engine/check-plan';
import type { PlanRecord } from '../../store';
import { stuckCount } from '../plan-view/plan-messages';
import { errorDetail } from '../../app/error-detail';

/** A plan's overall verdict: how many assigned bodies can get stuck, or why the check itself failed. */
export type LibraryVerdict = { checked: true; stuck: number } | { checked: false; detail: string };

export function verdictOf(record: PlanRecord): LibraryVerdict {
  try {
    return { checked: true, stuck: stuckCount(checkPlan(record.plan)) };
  } catch (error) {
    return { checked: false, detail: errorDetail(error) };
  }
}

/** Verdicts by record revision: a plan is checked again only when it was saved again. */
const cache = new Map<string, LibraryVerdict>();
const revisionKey = (r: PlanRecord) => `${r.id}@${r.revision}@${r.updatedAt}`;

/** Each record's verdict by id, computed once per revision (the cache keeps only the listed revisions). */
export function useVerdicts(records: readonly PlanRecord[]): ReadonlyMap<string, LibraryVerdict> {
  return useMemo(() => {
    const keys = new Set(records.map(revisionKey));
    for (const key of cache.keys()) if (!keys.has(key)) cache.delete(key);
    return new Map(
      records.map((r) => {
        const key = revisionKey(r);
        const verdict = cache.get(key) ?? verdictOf(r);
        cache.set(key, verdict);
        return [r.id, verdict];
      }),
    );
  }, [records]);
}
